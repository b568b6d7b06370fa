using Microsoft.Data.Sqlite;
using Revista.Tests.Storage;
using Revista.Web.Commands;
using static Revista.Tests.Ingest.JatsFixtures;

namespace Revista.Tests.Cli;

/// <summary>`revista import` as a user runs it: report lines, summary, exit codes, idempotence.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("revista-cli-").FullName;

    private string Data => Path.Combine(_folder, "data");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Imports_then_reports_unchanged_on_a_second_run()
    {
        var zip = WriteZip(_folder, "a.zip", ("article.xml", Utf8(Article())), ("fig1.png", ImageBytes.Png(4, 3)));

        var first = await RunAsync("import", zip, "--data", Data);
        var second = await RunAsync("import", zip, "--data", Data);

        Assert.Equal(0, first.Exit);
        Assert.Matches(@"^imported +.*a\.zip:article\.xml \(10\.5555/test\.1, ", first.Lines[0]);
        Assert.StartsWith("1 articles: 1 imported, 0 updated, 0 unchanged, 0 failed", first.Lines[^1], StringComparison.Ordinal);
        Assert.Equal(0, second.Exit);
        Assert.StartsWith("unchanged", second.Lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1 articles: 0 imported, 0 updated, 1 unchanged, 0 failed", second.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_article_fails_alone_and_the_exit_code_says_so()
    {
        WriteFile(_folder, "batch/good.xml", Article(doi: "10.5555/good"));
        WriteFile(_folder, "batch/bad.xml", "<article><front>");

        var run = await RunAsync("import", Path.Combine(_folder, "batch"), "--data", Data);

        Assert.Equal(1, run.Exit);
        Assert.Contains(run.Lines, l => l.StartsWith("failed", StringComparison.Ordinal) && l.Contains("bad.xml is not well-formed XML", StringComparison.Ordinal)
            && l.Contains("(line 1, column", StringComparison.Ordinal));
        Assert.Contains(run.Lines, l => l.StartsWith("imported", StringComparison.Ordinal) && l.Contains("good.xml", StringComparison.Ordinal));
        Assert.Contains("1 imported, 0 updated, 0 unchanged, 1 failed", run.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_path_is_a_usage_error()
    {
        var run = await RunAsync("import", Path.Combine(_folder, "nope.xml"), "--data", Data);

        Assert.Equal(2, run.Exit);
        Assert.Contains("no such file or folder", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Data));
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "x.xml", "--no-such-option")]
    [InlineData("frobnicate")]
    public async Task Wrong_words_are_a_usage_error(params string[] args)
    {
        var run = await RunAsync(args);

        Assert.Equal(2, run.Exit);
        Assert.Contains("revista --help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_neither_xml_nor_zip_fails_with_advice()
    {
        var pdf = Path.Combine(_folder, "paper.pdf");
        await File.WriteAllTextAsync(pdf, "%PDF-1.4", TestContext.Current.CancellationToken);

        var run = await RunAsync("import", pdf, "--data", Data);

        Assert.Equal(1, run.Exit);
        Assert.Contains("not a .xml file or a .zip package", run.Lines[0], StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string[] Lines, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RevistaCommandLine.InvokeAsync(args, output, error);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (exit, lines, error.ToString());
    }
}
