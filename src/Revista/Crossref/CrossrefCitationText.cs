using System.Text.RegularExpressions;
using System.Xml.Linq;
using Revista.Articles;
using Revista.Citations;
using Revista.Jats;

namespace Revista.Crossref;

/// <summary>
/// unstructured_citation for each reference: a mixed-citation is the publisher's own citation string and is kept as
/// written; an element-citation has no punctuation of its own (its text is the tagged parts run together), so it is
/// formatted in Vancouver (nlm-citation-sequence) by our CSL processor.
/// </summary>
internal static partial class CrossrefCitationText
{
    private const string Style = "nlm-citation-sequence";

    /// <summary>The citation text of each of <paramref name="references"/>, in their order.</summary>
    public static IReadOnlyList<string> Of(XDocument source, JatsArticle jats, IReadOnlyList<JatsReference> references)
    {
        var structured = StructuredIds(source);
        var texts = references.Select(r => r.Text).ToList();
        var formatted = references.Select((r, i) => (Reference: r, Index: i)).Where(p => p.Reference.Id is { } id && structured.Contains(id)).ToList();
        if (formatted.Count == 0)
            return texts;
        var rows = ArticleRows.References(jats with { References = [.. formatted.Select(p => p.Reference)] });
        var records = rows.Select(CitationRecords.FromReference).Select((record, i) => record with { Id = "r" + i }).ToList();
        try
        {
            var items = CslItem.ParseJson(CslJsonWriter.Write(records), "references");
            var entries = CslCatalog.Processor(Style, "en-US").Bibliography(items).Entries.ToDictionary(e => e.Id, e => e.Text);
            for (var i = 0; i < formatted.Count; i++)
            {
                if (entries.GetValueOrDefault("r" + i) is { Length: > 0 } text)
                    texts[formatted[i].Index] = CitationNumber().Replace(text, "");
            }
        }
        catch (CslFormatException)
        {
            // The tagged text is still the reference, only unpunctuated.
        }
        return texts;
    }

    /// <summary>ids of the refs whose citation is an element-citation (or NLM 2.x/3.0 nlm-citation).</summary>
    private static HashSet<string> StructuredIds(XDocument source)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var ns = source.Root?.Name.Namespace ?? XNamespace.None;
        foreach (var reference in source.Descendants(ns + "ref"))
        {
            if (reference.Attribute("id")?.Value.Trim() is { Length: > 0 } id
                && reference.Elements().Any(e => e.Name == ns + "element-citation" || e.Name == ns + "nlm-citation")
                && !reference.Elements(ns + "mixed-citation").Any())
                ids.Add(id);
        }
        return ids;
    }

    [GeneratedRegex(@"^\s*\d+\.\s*")]
    private static partial Regex CitationNumber();
}
