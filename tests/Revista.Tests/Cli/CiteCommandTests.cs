using Revista.Web.Commands;

namespace Revista.Tests.Cli;

/// <summary>`revista cite` as a user runs it: one entry per line, text or HTML, clear errors and exit codes.</summary>
public sealed class CiteCommandTests : IDisposable
{
    private const string TwoItems = """
        [
          {"id": "b", "type": "article-journal", "title": "Second study", "container-title": "Journal of Tests",
           "author": [{"family": "Zapata", "given": "Luz María"}], "issued": {"date-parts": [[2021, 3]]}, "volume": "4", "page": "10-19"},
          {"id": "a", "type": "article-journal", "title": "First study", "container-title": "Journal of Tests",
           "author": [{"family": "Abreu", "given": "Ana"}, {"family": "Brito", "given": "Bea"}], "issued": {"date-parts": [[2020]]}}
        ]
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("revista-cite-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Formats_a_bibliography_one_entry_per_line_in_style_order()
    {
        var file = Write("refs.json", TwoItems);

        var run = await RunAsync("cite", "--style", "apa", "--locale", "en-US", file);

        Assert.Equal(0, run.Exit);
        Assert.Equal(2, run.Lines.Length);
        Assert.Equal("Abreu, A., & Brito, B. (2020). First study. Journal of Tests.", run.Lines[0]);
        Assert.Equal("Zapata, L. M. (2021). Second study. Journal of Tests, 4, 10–19.", run.Lines[1]);
    }

    [Fact]
    public async Task Html_format_encodes_and_marks_up_each_entry()
    {
        var file = Write("refs.json", TwoItems);

        var run = await RunAsync("cite", "--style", "apa", "--locale", "es-ES", "--format", "html", file);

        Assert.Equal(0, run.Exit);
        Assert.Equal("<div class=\"csl-entry\">Abreu, A., &#38; Brito, B. (2020). First study. <i>Journal of Tests</i>.</div>", run.Lines[0]);
    }

    [Fact]
    public async Task Numbered_styles_keep_citation_order()
    {
        var file = Write("refs.json", TwoItems);

        var run = await RunAsync("cite", "--style", "nlm-citation-sequence", "--locale", "es-ES", file);

        Assert.Equal(0, run.Exit);
        Assert.StartsWith("1. Zapata LM. Second study. Journal of Tests. marzo de 2021;4:10-9.", run.Lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2. Abreu A, Brito B. First study.", run.Lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--style", "vancouver-x", "--locale", "en-US", "unknown style \"vancouver-x\"")]
    [InlineData("--style", "apa", "--locale", "xx-YY", "unknown locale \"xx-YY\"")]
    public async Task Unknown_style_or_locale_is_a_usage_error_that_lists_the_choices(string o1, string v1, string o2, string v2, string message)
    {
        var file = Write("refs.json", TwoItems);

        var run = await RunAsync("cite", o1, v1, o2, v2, file);

        Assert.Equal(2, run.Exit);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("Use one of:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_json_fails_with_the_place_and_exit_code_1()
    {
        var file = Write("broken.json", "[{\"id\": \"a\", \"type\": \"book\",,}");

        var run = await RunAsync("cite", "--style", "apa", file);

        Assert.Equal(1, run.Exit);
        Assert.Contains("broken.json is not valid JSON", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 1", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_without_id_is_bad_input()
    {
        var file = Write("noid.json", "[{\"type\": \"book\", \"title\": \"X\"}]");

        var run = await RunAsync("cite", "--style", "apa", file);

        Assert.Equal(1, run.Exit);
        Assert.Contains("item 1 has no \"id\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_or_style_option_is_a_usage_error()
    {
        var missingFile = await RunAsync("cite", "--style", "apa", Path.Combine(_folder, "nope.json"));
        var missingStyle = await RunAsync("cite", Write("refs.json", TwoItems));

        Assert.Equal(2, missingFile.Exit);
        Assert.Contains("no such file", missingFile.Error, StringComparison.Ordinal);
        Assert.Equal(2, missingStyle.Exit);
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
