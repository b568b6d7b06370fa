using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Revista.Tests.Citations;

/// <summary>
/// citation-js 0.8.2 (npm, installed into tests/Revista.Tests/node_modules by ./scripts/test): an independent parser that
/// reads our RIS, BibTeX and CSL-JSON back, so a test sees what a reference manager would.
/// </summary>
internal static class CitationJs
{
    private static readonly Lazy<string?> ProjectFolder = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Revista.slnx")))
            dir = dir.Parent;
        return dir is null ? null : Path.Combine(dir.FullName, "tests", "Revista.Tests");
    });

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
