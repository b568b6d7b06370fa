using System.Text;
using System.Text.Json;
using Revista.Citations;

namespace Revista.Tests.Citations;

/// <summary>
/// Runs a CSL test-suite fixture through our processor the way the citeproc-js harness does: items registered in
/// input order (or in order of first citation), citations rendered as HTML one per line, bibliographies as the
/// csl-bib-body HTML block.
/// </summary>
public static class CslSuiteRunner
{
    public static string Run(CslFixture fixture, Func<string, CslLocale?> locales)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(locales);
        var style = CslStyle.Parse(fixture.Sections["CSL"], fixture.Name + ".csl");
        var english = locales("en-US") ?? throw new InvalidOperationException("en-US locale missing");
        var locale = style.DefaultLocale is { } tag ? locales(tag) ?? english : english;
        var processor = new CslProcessor(style, locale, english);
        var items = CslItem.ParseJson(fixture.Sections["INPUT"], fixture.Name);
        var citations = Citations(fixture);
        var document = processor.Document(RegistrationOrder(items, citations, fixture));
        if (fixture.Mode == "bibliography")
        {
            foreach (var (cites, note) in citations)
                document.Cite(cites, html: true, note);
            var bibliography = document.Bibliography();
            var sb = new StringBuilder("<div class=\"csl-bib-body\">\n");
            foreach (var e in bibliography.Entries)
                sb.Append("  <div class=\"csl-entry\">").Append(e.Html).Append("</div>\n");
            return sb.Append("</div>").ToString();
        }
        if (citations.Count == 0)
            return document.Cite(items.Select(i => new CslCite(i.Id)).ToList(), html: true);
        var lines = new List<string>();
        foreach (var (cites, note) in citations)
            lines.Add(document.Cite(cites, html: true, note));
        if (fixture.Sections.ContainsKey("CITATIONS"))
            return string.Join('\n', lines.Select((l, i) => (i == lines.Count - 1 ? ">>" : "..") + "[" + i + "] " + l));
        return string.Join('\n', lines);
    }

    private static IEnumerable<CslItem> RegistrationOrder(IReadOnlyList<CslItem> items, List<(List<CslCite> Cites, int Note)> citations, CslFixture fixture)
    {
        if (fixture.Sections.TryGetValue("BIBENTRIES", out var entries))
        {
            using var doc = JsonDocument.Parse(entries);
            var last = doc.RootElement.EnumerateArray().LastOrDefault();
            if (last.ValueKind == JsonValueKind.Array)
            {
                var ids = last.EnumerateArray().Select(e => e.ToString()).ToList();
                return ids.Select(id => items.FirstOrDefault(i => i.Id == id)).OfType<CslItem>().ToList();
            }
        }
        if (citations.Count == 0)
            return items;
        var order = citations.SelectMany(c => c.Cites).Select(c => c.Id).Distinct().ToList();
        var byId = items.ToDictionary(i => i.Id);
        return order.Where(byId.ContainsKey).Select(id => byId[id]).Concat(items.Where(i => !order.Contains(i.Id)));
    }

    private static List<(List<CslCite> Cites, int Note)> Citations(CslFixture fixture)
    {
        var result = new List<(List<CslCite>, int)>();
        if (fixture.Sections.TryGetValue("CITATION-ITEMS", out var citationItems))
        {
            using var doc = JsonDocument.Parse(citationItems);
            foreach (var citation in doc.RootElement.EnumerateArray())
                result.Add((citation.EnumerateArray().Select(Cite).ToList(), 0));
        }
        else if (fixture.Sections.TryGetValue("CITATIONS", out var citationsJson))
        {
            using var doc = JsonDocument.Parse(citationsJson);
            foreach (var entry in doc.RootElement.EnumerateArray())
            {
                var citation = entry[0];
                var note = citation.TryGetProperty("properties", out var p) && p.TryGetProperty("noteIndex", out var n) && n.TryGetInt32(out var ni) ? ni : 0;
                result.Add((citation.GetProperty("citationItems").EnumerateArray().Select(Cite).ToList(), note));
            }
        }
        return result;
    }

    private static CslCite Cite(JsonElement e)
    {
        string? S(string key) => e.TryGetProperty(key, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Number ? v.GetRawText() : null : null;
        bool B(string key) => e.TryGetProperty(key, out var v) && (v.ValueKind == JsonValueKind.True || v.ValueKind == JsonValueKind.Number && v.GetRawText() != "0");
        return new CslCite(S("id") ?? "")
        {
            Locator = S("locator"),
            Label = S("label"),
            Prefix = S("prefix"),
            Suffix = S("suffix"),
            SuppressAuthor = B("suppress-author"),
            AuthorOnly = B("author-only"),
        };
    }
}
