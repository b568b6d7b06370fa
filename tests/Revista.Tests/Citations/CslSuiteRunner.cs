using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Revista.Citations;

namespace Revista.Tests.Citations;

/// <summary>
/// Runs a CSL test-suite fixture through our processor the way the citeproc-js harness does: items registered in
/// input order (or in order of first citation), citations rendered as HTML one per line, bibliographies as the
/// csl-bib-body HTML block.
/// </summary>
public static class CslSuiteRunner
{
    public static string Run(CslFixture fixture, Func<string, CslLocale?> locales, Func<string, string?>? primaryDialect = null)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(locales);
        var style = CslStyle.Parse(fixture.Sections["CSL"], fixture.Name + ".csl");
        var english = locales("en-US") ?? throw new InvalidOperationException("en-US locale missing");
        // CSL 1.0.2 "Locale Fallback": the tag's file, else its language's primary dialect, else en-US (the style's
        // cs:locale elements for the tag still apply, so the processor is told the tag asked for).
        var tag = style.DefaultLocale;
        var found = tag is null ? null : locales(tag) ?? (primaryDialect?.Invoke(tag) is { } dialect ? locales(dialect) : null);
        var processor = new CslProcessor(style, found ?? english, english, found is null ? tag : null);
        var items = CslItem.ParseJson(HarnessInput(fixture.Sections["INPUT"]), fixture.Name);
        if (fixture.Sections.TryGetValue("CITATIONS", out var citationsJson))
            return RunClusters(fixture, processor, items, citationsJson);
        var citations = CitationItems(fixture);
        var document = processor.Document(RegistrationOrder(items, citations, fixture));
        if (fixture.Mode == "bibliography")
        {
            foreach (var (cites, note) in citations)
                document.Cite(cites, html: true, note);
            return BibliographyHtml(document);
        }
        // Without CITATION-ITEMS the citeproc-js harness cites every item once, in the order of its sorted registry (the
        // bibliography's sort), not in input order (test-suite issue 66).
        if (citations.Count == 0)
            return document.Cite(document.ItemsInBibliographyOrder.Select(i => new CslCite(i.Id)).ToList(), html: true);
        return string.Join('\n', citations.Select(c => document.Cite(c.Cites, html: true, c.Note)));
    }

    /// <summary>
    /// The citeproc-js harness is lenient with fixture input where our reader is strict: an item without an id is
    /// given "ITEM-n" (its 1-based position), and an id given twice keeps the later item in the earlier one's place.
    /// </summary>
    private static string HarnessInput(string json)
    {
        if (JsonNode.Parse(json) is not JsonArray array)
            return json;
        var kept = new List<JsonNode?>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject item)
            {
                kept.Add(array[i]?.DeepClone());
                continue;
            }
            var copy = (JsonObject)item.DeepClone();
            if (!copy.ContainsKey("id"))
                copy["id"] = "ITEM-" + (i + 1).ToString(CultureInfo.InvariantCulture);
            var id = copy["id"]!.ToString();
            if (positions.TryGetValue(id, out var at))
                kept[at] = copy;
            else
            {
                positions[id] = kept.Count;
                kept.Add(copy);
            }
        }
        return new JsonArray([.. kept]).ToJsonString();
    }

    private static string BibliographyHtml(CslDocument document)
    {
        var sb = new StringBuilder("<div class=\"csl-bib-body\">\n");
        foreach (var e in document.Bibliography().Entries)
            sb.Append("  <div class=\"csl-entry\">").Append(e.Html).Append("</div>\n");
        return sb.Append("</div>").ToString();
    }

    /// <summary>
    /// CITATIONS fixtures replay citeproc-js processCitationCluster calls: each call inserts a citation between the
    /// citations listed before and after it (with their note numbers), and the document is re-rendered. The result lists
    /// every citation in document order, marked "&gt;&gt;" when the last call inserted or changed it and ".." otherwise.
    /// </summary>
    private static string RunClusters(CslFixture fixture, CslProcessor processor, IReadOnlyList<CslItem> items, string citationsJson)
    {
        using var doc = JsonDocument.Parse(citationsJson);
        var clusters = new Dictionary<string, List<CslCite>>(StringComparer.Ordinal);
        var order = new List<(string Id, int Note)>();
        Dictionary<string, string> previous = new(StringComparer.Ordinal);
        Dictionary<string, string> current = new(StringComparer.Ordinal);
        CslDocument? document = null;
        // citeproc-js re-renders (and reports) a citation whose items' citation numbers moved, even when its text did not.
        var numbered = fixture.Sections["CSL"].Contains("citation-number", StringComparison.Ordinal);
        Dictionary<string, int> numbers = new(StringComparer.Ordinal);
        Dictionary<string, int> previousNumbers = numbers;
        string? lastId = null;
        var step = 0;
        foreach (var entry in doc.RootElement.EnumerateArray())
        {
            var citation = entry[0];
            var id = citation.TryGetProperty("citationID", out var cid) ? cid.ToString() : "CITATION-" + step.ToString(CultureInfo.InvariantCulture);
            step++;
            var note = citation.TryGetProperty("properties", out var p) && p.TryGetProperty("noteIndex", out var n) && n.TryGetInt32(out var ni) ? ni : 0;
            // processCitationCluster works positions out itself, whatever the items say.
            clusters[id] = citation.GetProperty("citationItems").EnumerateArray().Select(e => Cite(e) with { Position = null }).ToList();
            static IEnumerable<(string, int)> Neighbours(JsonElement list) => list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(x => (x[0].ToString(), x.GetArrayLength() > 1 && x[1].TryGetInt32(out var v) ? v : 0))
                : [];
            order = [.. Neighbours(entry[1]), (id, note), .. Neighbours(entry[2])];
            order = order.Where(o => clusters.ContainsKey(o.Id)).ToList();
            previous = current;
            previousNumbers = numbers;
            var flat = order.Select(o => (clusters[o.Id], o.Note)).ToList();
            // Only the cited items are registered by processCitationCluster (uncited ones take no part in disambiguation).
            document = processor.Document(RegistrationOrder(items, flat, fixture, citedOnly: fixture.Mode != "bibliography"));
            current = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (cid2, cnote) in order)
                current[cid2] = document.Cite(clusters[cid2], html: true, cnote);
            numbers = items.ToDictionary(i => i.Id, i => document.CitationNumber(i.Id), StringComparer.Ordinal);
            lastId = id;
        }
        if (fixture.Mode == "bibliography")
            return document is null ? "" : BibliographyHtml(document);
        return string.Join('\n', order.Select((o, i) =>
            (o.Id == lastId || previous.GetValueOrDefault(o.Id) != current[o.Id]
                || numbered && clusters[o.Id].Any(c => previousNumbers.GetValueOrDefault(c.Id) != numbers.GetValueOrDefault(c.Id)) ? ">>" : "..") + "[" + i.ToString(CultureInfo.InvariantCulture) + "] " + current[o.Id]));
    }

    private static IEnumerable<CslItem> RegistrationOrder(IReadOnlyList<CslItem> items, List<(List<CslCite> Cites, int Note)> citations, CslFixture fixture,
        bool citedOnly = false)
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
        var cited = order.Where(byId.ContainsKey).Select(id => byId[id]);
        return citedOnly ? cited : cited.Concat(items.Where(i => !order.Contains(i.Id)));
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
            // citeproc-js numbers positions 0 first, 1 subsequent, 2 ibid, 3 ibid-with-locator.
            Position = e.TryGetProperty("position", out var p) && p.TryGetInt32(out var n) && n is >= 0 and <= 3
                ? n switch { 0 => CslPosition.First, 1 => CslPosition.Subsequent, 2 => CslPosition.Ibid, _ => CslPosition.IbidWithLocator }
                : null,
        };
    }
}
