namespace Revista.Tests.Citations;

/// <summary>
/// One CSL test-suite fixture (humans/*.txt): sections delimited by ">>===== NAME =====>>" and "&lt;&lt;===== NAME
/// =====&lt;&lt;" (MODE, RESULT, CSL, INPUT, CITATION-ITEMS, CITATIONS, BIBENTRIES …).
/// </summary>
public sealed record CslFixture(string Name, IReadOnlyDictionary<string, string> Sections)
{
    /// <summary>The section name: the file-name prefix before the first underscore ("name", "date", "sort" …).</summary>
    public string Group => Name.Split('_')[0];

    public string? Mode => Sections.GetValueOrDefault("MODE")?.Trim();

    public bool IsRunnable => Mode is "citation" or "bibliography" && Sections.ContainsKey("RESULT")
        && Sections.ContainsKey("CSL") && Sections.ContainsKey("INPUT");

    public static CslFixture Read(string path)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var lines = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            // Most headers have five '=' a side; a few fixtures use four (">>==== CITATIONS ====>>").
            if (line.StartsWith(">>====", StringComparison.Ordinal) && line.EndsWith("====>>", StringComparison.Ordinal))
            {
                current = line.Trim('>', '=', ' ');
                lines.Clear();
            }
            else if (current is not null && line.StartsWith("<<====", StringComparison.Ordinal) && line.EndsWith("====<<", StringComparison.Ordinal))
            {
                sections[current] = string.Join('\n', lines);
                current = null;
            }
            else if (current is not null)
                lines.Add(line);
        }
        return new CslFixture(Path.GetFileNameWithoutExtension(path), sections);
    }
}
