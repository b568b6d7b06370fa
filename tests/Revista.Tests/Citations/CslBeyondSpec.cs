using System.Text.Json;
using System.Text.RegularExpressions;

namespace Revista.Tests.Citations;

/// <summary>
/// Failing fixtures whose expected output is citeproc-js behaviour that CSL 1.0.2 does not specify, recognised by
/// what the fixture asks for (never by its name), each with the reason the report prints.
/// </summary>
public static partial class CslBeyondSpec
{
    public const string Rule =
        "A failing fixture is reported as beyond CSL 1.0.2 (not counted as pass or fail) only when it (a) expects " +
        "citeproc-js's diagnostic text \"[CSL STYLE ERROR: ...]\" (CSL 1.0.2 defines no error output), (b) renders " +
        "citation-label for an item that has none (CSL 1.0.2 Appendix IV: citation-label \"may be assigned by the CSL " +
        "processor\"; the trigraph algorithm is citeproc-js's), (c) differs from our output only in letter case where the " +
        "style asks for text-case=\"sentence\" (CSL 1.0.2 \"Text-case\": for mixed-case strings only a lower-case first " +
        "word is capitalised and other words keep their case; citeproc-js lowercases them), or (d) replays citation clusters and our rendered " +
        "citations equal the expected ones, differing only in the \">>\"/\"..\" marks of citeproc-js's update list (an " +
        "API of citeproc-js, not rendering).";

    /// <summary>Why the fixture's failure is outside CSL 1.0.2, or null when it is a real failure.</summary>
    public static string? Reason(CslFixture fixture, string expected, string actual)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        if (expected.Contains("[CSL STYLE ERROR:", StringComparison.Ordinal))
            return "citeproc-js diagnostic text";
        if (fixture.Sections["CSL"].Contains("\"citation-label\"", StringComparison.Ordinal) && LacksLabel(fixture.Sections["INPUT"]))
            return "generated citation-label (trigraph)";
        if (fixture.Sections["CSL"].Contains("text-case=\"sentence\"", StringComparison.Ordinal)
            && string.Equals(expected.Trim(), actual.Trim(), StringComparison.OrdinalIgnoreCase))
            return "sentence case of a mixed-case string";
        if (fixture.Sections.ContainsKey("CITATIONS") && Unmarked(expected) == Unmarked(actual))
            return "citeproc-js update marks only";
        return null;
    }

    private static bool LacksLabel(string input)
    {
        using var json = JsonDocument.Parse(input);
        return json.RootElement.ValueKind == JsonValueKind.Array
            && json.RootElement.EnumerateArray().Any(i => i.ValueKind == JsonValueKind.Object && !i.TryGetProperty("citation-label", out _));
    }

    private static string Unmarked(string result) => Marks().Replace(result.Replace("\r\n", "\n", StringComparison.Ordinal).Trim(), "");

    [GeneratedRegex(@"^(>>|\.\.)", RegexOptions.Multiline)]
    private static partial Regex Marks();
}
