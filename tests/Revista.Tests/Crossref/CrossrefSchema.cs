using System.Diagnostics;
using Revista.Tests.Infrastructure;

namespace Revista.Tests.Crossref;

/// <summary>
/// The Crossref 5.4.0 deposit schema at ../shared/schemas/crossref-5.4.0 and Debian's xmllint, which validates against
/// it. Loading the schema (it imports JATS 1.3 and MathML 3) takes seconds, so every file of a test goes to one xmllint run.
/// </summary>
internal static class CrossrefSchema
{
    public const string MissingSchema =
        "../shared/schemas/crossref-5.4.0 not found: the Crossref deposit schema sits beside the repository in CI (see ../shared/README.md); these tests need it.";

    public const string MissingXmllint = "xmllint not found: install Debian's libxml2-utils (scripts/test does) to validate Crossref deposits.";

    public static string Require()
    {
        var folder = SharedFolder.Find(Path.Combine("schemas", "crossref-5.4.0"), "crossref5.4.0.xsd");
        if (folder is null)
            Assert.Skip(MissingSchema);
        if (!File.Exists("/usr/bin/xmllint") && !File.Exists("/usr/local/bin/xmllint"))
            Assert.Skip(MissingXmllint);
        return Path.Combine(folder, "crossref5.4.0.xsd");
    }

    /// <summary>Validates the files with <c>xmllint --nonet --noout --schema</c>; returns xmllint's errors and a "fails to validate" line per invalid file (empty when all are valid).</summary>
    public static async Task<IReadOnlyList<string>> InvalidAsync(IReadOnlyList<string> files)
    {
        var schema = Require();
        var start = new ProcessStartInfo("xmllint", ["--nonet", "--noout", "--schema", schema, .. files])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var xmllint = Process.Start(start)!;
        var errors = xmllint.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await xmllint.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await xmllint.WaitForExitAsync(TestContext.Current.CancellationToken);
        var lines = (await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Schema-loading notes (imports of w3.org copies the schema also ships locally) are warnings, not verdicts.
        var verdicts = lines.Where(l => !l.Contains("warning", StringComparison.OrdinalIgnoreCase) && !l.StartsWith("I/O error", StringComparison.Ordinal)
            && !l.Contains("Skipping", StringComparison.Ordinal)).ToList();
        var validated = verdicts.Count(l => l.EndsWith(" validates", StringComparison.Ordinal));
        Assert.True(validated + verdicts.Count(l => l.EndsWith(" fails to validate", StringComparison.Ordinal)) == files.Count,
            "xmllint did not judge every file:\n" + string.Join('\n', lines.Take(40)));
        return [.. verdicts.Where(l => !l.EndsWith(" validates", StringComparison.Ordinal))];
    }
}
