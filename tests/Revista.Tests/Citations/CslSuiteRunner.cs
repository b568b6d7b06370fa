using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Revista.Citations;

namespace Revista.Tests.Citations;

/// <summary>
/// Runs a CSL test-suite fixture through our processor the way the citeproc-js harness does: items registered in
/// input order (or in order of first citation), citations rendered as HTML one per line, bibliographies as the
/// csl-bib-body HTML block. CITATIONS fixtures describe a document edited step by step (each citation inserted between
/// the citations listed before and after it, with their note numbers); the result is the document after the last step,
/// the citations that last step changed marked "&gt;&gt;", the others "..".
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
        var items = Items(fixture);
        if (fixture.Sections.ContainsKey("CITATIONS"))
            return RunDocument(fixture, processor, items);
        var citations = CitationItems(fixture);
        var document = processor.Document(RegistrationOrder(items, citations.SelectMany(c => c.Cites), fixture));
        if (fixture.Mode == "bibliography")
        {
            foreach (var (cites, note) in citations)
                document.Cite(cites, html: true, note);
            return BibliographyHtml(document);
        }
        if (citations.Count == 0)
            return document.Cite(items.Select(i => new CslCite(i.Id)).ToList(), html: true);
        return string.Join('\n', citations.Select(c => document.Cite(c.Cites, html: true, c.Note)));
    }

    private static string BibliographyHtml(CslDocument document)
    {
        var sb = new StringBuilder("<div class=\"csl-bib-body\">\n");
        foreach (var e in document.Bibliography().Entries)
            sb.Append("  <div class=\"csl-entry\">").Append(e.Html).Append("</div>\n");
        return sb.Append("</div>").ToString();
    }

    /// <summary>
    /// The harness keys items by id: an item without one still gets one, and a repeated id replaces the earlier item
    /// (keeping its place).
    /// </summary>
    private static List<CslItem> Items(CslFixture fixture)
    {
        var array = JsonNode.Parse(fixture.Sections["INPUT"])!.AsArray();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject o && !o.ContainsKey("id"))
                o["id"] = "ITEM-" + (i + 1);
        }
        var items = new List<CslItem>();
        foreach (var item in CslItem.ParseJson(array.ToJsonString(), fixture.Name))
        {
            var existing = items.FindIndex(i => i.Id == item.Id);
            if (existing >= 0)
                items[existing] = item;
            else
                items.Add(item);
        }
        return items;
    }

    private static string RunDocument(CslFixture fixture, CslProcessor processor, List<CslItem> items)
    {
        var versions = new Dictionary<string, (List<CslCite> Cites, int Note)>(StringComparer.Ordinal);
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var current = new List<(string Id, string Text)>();
        string? changedId = null;
        CslDocument? document = null;
        using var doc = JsonDocument.Parse(fixture.Sections["CITATIONS"]);
        foreach (var step in doc.RootElement.EnumerateArray())
        {
            previous = current.ToDictionary(c => c.Id, c => c.Text, StringComparer.Ordinal);
            var citation = step[0];
            var id = citation.GetProperty("citationID").GetString()!;
            versions[id] = (citation.GetProperty("citationItems").EnumerateArray().Select(Cite).ToList(), NoteIndex(citation));
            var order = new List<(string Id, int Note)>();
            foreach (var pair in step[1].EnumerateArray())
                order.Add((pair[0].GetString()!, pair[1].GetInt32()));
            order.Add((id, versions[id].Note));
            foreach (var pair in step[2].EnumerateArray())
                order.Add((pair[0].GetString()!, pair[1].GetInt32()));
            document = processor.Document(RegistrationOrder(items, order.SelectMany(o => versions[o.Id].Cites), fixture));
            current = order.Select(o => (o.Id, document.Cite(versions[o.Id].Cites, html: true, o.Note))).ToList();
            changedId = id;
        }
        if (fixture.Mode == "bibliography")
            return document is null ? "" : BibliographyHtml(document);
        return string.Join('\n', current.Select((c, i) =>
            (c.Id == changedId || !previous.TryGetValue(c.Id, out var before) || before != c.Text ? ">>" : "..") + "[" + i + "] " + c.Text));
    }

    private static IEnumerable<CslItem> RegistrationOrder(IReadOnlyList<CslItem> items, IEnumerable<CslCite> cites, CslFixture fixture)
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
        var order = cites.Select(c => c.Id).Distinct().ToList();
        if (order.Count == 0)
            return items;
        var byId = items.ToDictionary(i => i.Id);
        return order.Where(byId.ContainsKey).Select(id => byId[id]).Concat(items.Where(i => !order.Contains(i.Id))).ToList();
    }

    private static List<(List<CslCite> Cites, int Note)> CitationItems(CslFixture fixture)
    {
        var result = new List<(List<CslCite>, int)>();
        if (fixture.Sections.TryGetValue("CITATION-ITEMS", out var citationItems))
        {
            using var doc = JsonDocument.Parse(citationItems);
            foreach (var citation in doc.RootElement.EnumerateArray())
                result.Add((citation.EnumerateArray().Select(Cite).ToList(), 0));
        }
        return result;
    }

    private static int NoteIndex(JsonElement citation) =>
        citation.TryGetProperty("properties", out var p) && p.TryGetProperty("noteIndex", out var n) && n.TryGetInt32(out var ni) ? ni : 0;

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
