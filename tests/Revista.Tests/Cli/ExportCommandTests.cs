using System.CommandLine;
using System.Xml.Linq;
using Revista.Tests.Crossref;
using Revista.Web.Commands;

namespace Revista.Tests.Cli;

/// <summary>`revista export` as a user runs it: selectors, formats, files and folders, clear errors and exit codes.</summary>
public sealed class ExportCommandTests(ExportData data) : IClassFixture<ExportData>
{
    private static readonly XNamespace Cr = "http://www.crossref.org/schema/5.4.0";

    private string[] Crossref(params string[] more) =>
        ["export", "crossref", "--data", data.Data, "--base-url", "https://journals.example.org/", "--email", "deposits@example.org", .. more];

    [Fact]
    public async Task Crossref_deposit_of_one_article_goes_to_stdout_with_the_clock_s_timestamp()
    {
        var run = await RunAsync(Crossref("--article", "1"));

        Assert.Equal(0, run.Exit);
        var deposit = XDocument.Parse(run.Output);
        Assert.Equal("20260304050607890", deposit.Root!.Element(Cr + "head")!.Element(Cr + "timestamp")!.Value);
        Assert.Equal("Test Press", deposit.Descendants(Cr + "depositor_name").Single().Value);
        var doiData = deposit.Descendants(Cr + "doi_data").Single();
        Assert.Equal("10.5555/test.1", doiData.Element(Cr + "doi")!.Value);
        Assert.Matches("^https://journals.example.org/[a-z0-9-]+/articles/1$", doiData.Element(Cr + "resource")!.Value);
    }

    [Fact]
    public async Task Crossref_deposit_of_everything_registers_the_translation_doi_too_and_writes_a_file()
    {
        var file = Path.Combine(data.Folder, "everything.xml");

        var run = await RunAsync(Crossref("--output", file, "--depositor", "Consorcio", "--registrant", "Ediciones"));

        Assert.Equal(0, run.Exit);
        Assert.Equal("", run.Output);
        var deposit = XDocument.Load(file);
        Assert.Equal(["10.5555/test.1", "10.5555/rp.2025.017", "10.5555/rp.2025.017.en"], deposit.Descendants(Cr + "doi_data").Select(d => d.Element(Cr + "doi")!.Value));
        Assert.Equal(("Consorcio", "Ediciones"), (deposit.Descendants(Cr + "depositor_name").Single().Value, deposit.Descendants(Cr + "registrant").Single().Value));
        Assert.Equal(2, deposit.Descendants(Cr + "journal").Count());
        // The translation's page is the article page in the site's Spanish/English interface when it has that language.
        Assert.EndsWith("/articles/2", deposit.Descendants(Cr + "resource").Last().Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crossref_needs_an_email_and_a_base_url()
    {
        var noEmail = await RunAsync("export", "crossref", "--data", data.Data, "--base-url", "https://journals.example.org");
        var noBase = await RunAsync("export", "crossref", "--data", data.Data, "--email", "deposits@example.org");
        var badBase = await RunAsync("export", "crossref", "--data", data.Data, "--email", "deposits@example.org", "--base-url", "journals.example.org");

        Assert.Equal((2, 2, 2), (noEmail.Exit, noBase.Exit, badBase.Exit));
        Assert.Contains("--email is required", noEmail.Error, StringComparison.Ordinal);
        Assert.Contains("--base-url is required", noBase.Error, StringComparison.Ordinal);
        Assert.Contains("is not an absolute http(s) address", badBase.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_ids_bad_dates_and_two_selectors_are_usage_errors()
    {
        var article = await RunAsync(Crossref("--article", "999"));
        var issue = await RunAsync("export", "ris", "--data", data.Data, "--issue", "999");
        var date = await RunAsync("export", "ris", "--data", data.Data, "--since", "31/12/2025");
        var both = await RunAsync("export", "ris", "--data", data.Data, "--article", "1", "--issue", "1");
        var notNumber = await RunAsync("export", "ris", "--data", data.Data, "--article", "one");

        Assert.Equal((2, 2, 2, 2, 2), (article.Exit, issue.Exit, date.Exit, both.Exit, notNumber.Exit));
        Assert.Contains("no article with id 999 (--article)", article.Error, StringComparison.Ordinal);
        Assert.Contains("no issue with id 999 (--issue)", issue.Error, StringComparison.Ordinal);
        Assert.Contains("write it as YYYY-MM-DD", date.Error, StringComparison.Ordinal);
        Assert.Contains("at most one of --article, --issue and --since", both.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Since_selects_what_changed_from_that_day_and_nothing_is_a_failure()
    {
        var recent = await RunAsync("export", "csl-json", "--data", data.Data, "--since", "2000-01-01");
        var future = await RunAsync("export", "csl-json", "--data", data.Data, "--since", "2999-01-01");

        Assert.Equal(0, recent.Exit);
        Assert.Contains("10.5555/rp.2025.017", recent.Output, StringComparison.Ordinal);
        Assert.Contains("10.5555/test.1", recent.Output, StringComparison.Ordinal);
        Assert.Equal(1, future.Exit);
        Assert.Contains("no published article matches", future.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ris", "TY  - JOUR")]
    [InlineData("bibtex", "@article{")]
    [InlineData("csl-json", "\"type\": \"article-journal\"")]
    [InlineData("enw", "%0 Journal Article")]
    [InlineData("nbib", "TI  - ")]
    public async Task Citation_formats_write_every_published_article(string format, string marker)
    {
        var run = await RunAsync("export", format, "--data", data.Data, "--base-url", "https://journals.example.org");

        Assert.Equal(0, run.Exit);
        Assert.Contains(marker.Split(' ')[0], run.Output, StringComparison.Ordinal);
        Assert.Contains("10.5555/test.1", run.Output, StringComparison.Ordinal);
        Assert.Contains("10.5555/rp.2025.017", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jats_of_one_article_is_the_stored_source_and_several_need_a_folder()
    {
        var one = await RunAsync("export", "jats", "--data", data.Data, "--article", "1");
        var many = await RunAsync("export", "jats", "--data", data.Data);
        var folder = Directory.CreateDirectory(Path.Combine(data.Folder, "jats-out")).FullName;
        var intoFolder = await RunAsync("export", "jats", "--data", data.Data, "--output", folder);

        Assert.Equal(0, one.Exit);
        Assert.Equal(File.ReadAllText(data.FirstSource), one.Output);
        Assert.Equal(2, many.Exit);
        Assert.Contains("give --output FOLDER", many.Error, StringComparison.Ordinal);
        Assert.Equal(0, intoFolder.Exit);
        Assert.Equal(2, Directory.GetFiles(folder, "*-?.xml").Length);
        Assert.Equal(File.ReadAllBytes(data.FirstSource), File.ReadAllBytes(Directory.GetFiles(folder, "*-1.xml").Single()));
    }

    [Fact]
    public async Task A_folder_as_output_of_a_single_file_format_is_a_usage_error()
    {
        var run = await RunAsync("export", "ris", "--data", data.Data, "--output", data.Folder);

        Assert.Equal(2, run.Exit);
        Assert.Contains("is a folder; give a file name", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The command line with export on a fixed clock (the same one the deposit tests use).</summary>
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand();
        root.Options.Add(RevistaCommandLine.Data);
        root.Subcommands.Add(ExportCommand.Create(output, error, new FixedClock(CrossrefFixtures.Clock)));
        var parsed = root.Parse(args);
        var exit = parsed.Errors.Count > 0
            ? RevistaCommandLine.UsageError
            : await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
