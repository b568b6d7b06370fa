using System.Diagnostics;
using System.Text.Json.Nodes;
using Revista.Citations;
using Revista.Tests.Infrastructure;

namespace Revista.Tests.Citations;

/// <summary>
/// citation-js 0.8.2 (npm, installed into tests/Revista.Tests/node_modules by ./scripts/test): an independent parser that
/// reads our RIS, BibTeX and CSL-JSON back, so a test sees what a reference manager would.
/// </summary>
internal static class CitationJs
{
    private static readonly Lazy<string?> ProjectFolder = new(() =>
        SharedFolder.RepositoryRoot() is { } root ? Path.Combine(root, "tests", "Revista.Tests") : null);

    /// <summary>Our export of <paramref name="records"/> in the citation-js format named ris, bibtex or csl.</summary>
    public static string Write(string format, IEnumerable<CitationRecord> records) => format switch
    {
        "ris" => RisWriter.Write(records),
        "bibtex" => BibTexWriter.Write(records),
        "csl" => CslJsonWriter.Write(records),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "ris, bibtex or csl"),
    };

    /// <summary>The items citation-js reads from <paramref name="text"/>; format is ris, bibtex or csl.</summary>
    public static async Task<JsonArray> ReadAsync(string text, string format)
    {
        var folder = ProjectFolder.Value ?? throw new InvalidOperationException("Revista.slnx not found above " + AppContext.BaseDirectory);
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@citation-js", "plugin-ris")))
            Assert.Fail("citation-js is not installed in tests/Revista.Tests/node_modules: run ./scripts/test (it runs npm ci there).");
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, text, TestContext.Current.CancellationToken);
            var start = new ProcessStartInfo("node", [Path.Combine(folder, "Citations", "read-with-citation-js.cjs"), file, format])
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await node.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(node.ExitCode == 0, $"citation-js could not read the {format}: {await error}\n{text}");
            return JsonNode.Parse(await output)!.AsArray();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
