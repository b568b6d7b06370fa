using System.Xml.Linq;

namespace Revista.Jats;

// aff and aff-alternatives (JATS Tag Library: aff, institution-wrap, institution-id, country).
public sealed partial class JatsReader
{
    /// <summary>
    /// Affiliations of an article-meta or front-stub: aff elements directly in it or in its contrib-groups, each aff of an
    /// aff-alternatives (one per language, sharing the wrapper's id, which is what xrefs point at). An aff written inside
    /// a contrib belongs to that person only and is read into <see cref="JatsContributor.InlineAffiliations"/> instead.
    /// </summary>
    private List<JatsAffiliation> ReadAffiliations(XElement? meta)
    {
        var containers = Children(meta, "contrib-group").Prepend(meta).OfType<XElement>();
        var affiliations = new List<JatsAffiliation>();
        foreach (var element in containers.SelectMany(c => c.Elements()).OrderBy(e => e, DocumentOrder.Instance))
        {
            if (Is(element, "aff"))
            {
                affiliations.Add(ReadAffiliation(element, null));
            }
            else if (Is(element, "aff-alternatives"))
            {
                var id = Clean(element.Attribute("id")?.Value);
                affiliations.AddRange(Children(element, "aff").Select(aff => ReadAffiliation(aff, id)));
            }
        }
        return affiliations;
    }

    private JatsAffiliation ReadAffiliation(XElement aff, string? wrapperId)
    {
        var institutions = Descendants(aff, "institution")
            .Where(i => !IsOriginal(i))
            .Select(Plain).OfType<string>().ToList();
        var country = Descendants(aff, "country").FirstOrDefault();
        return new JatsAffiliation
        {
            Id = wrapperId ?? Clean(aff.Attribute("id")?.Value),
            Label = Plain(Child(aff, "label")),
            Text = AffiliationText(aff) ?? "",
            Institutions = institutions,
            Country = Plain(country),
            CountryCode = Clean(country?.Attribute("country")?.Value)?.ToUpperInvariant(),
            InstitutionIds = [.. Descendants(aff, "institution-id").Select(ReadInstitutionId).OfType<JatsId>()],
            Language = LanguageOf(aff),
        };
    }

    /// <summary>
    /// The affiliation as a reader sees it, without its label: SciELO's institution content-type="original" when present
    /// (the text as the author wrote it); the text as written when the aff carries its own punctuation; otherwise, for a
    /// purely tagged aff (institution, addr-line, country with nothing between them), the parts joined with commas.
    /// </summary>
    private string? AffiliationText(XElement aff)
    {
        if (Descendants(aff, "institution").FirstOrDefault(IsOriginal) is { } original)
            return Plain(original);
        bool Skip(XElement e) => Is(e, "label") || Is(e, "email") || Is(e, "institution-id") || Is(e, "xref");
        var hasOwnText = aff.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value));
        if (hasOwnText)
            return TidyPunctuation(PlainWithout(aff, Skip));
        var parts = new List<string>();
        CollectAffiliationParts(aff, Skip, parts);
        return parts.Count == 0 ? null : TidyPunctuation(string.Join(", ", parts));
    }

    private void CollectAffiliationParts(XElement element, Func<XElement, bool> skip, List<string> parts)
    {
        foreach (var child in element.Elements().Where(e => !skip(e)))
        {
            // Wrappers without text of their own (addr-line with city/state, institution-wrap) contribute their parts.
            var isWrapper = child.Elements().Any() && !child.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value));
            if (isWrapper && (Is(child, "addr-line") || Is(child, "institution-wrap") || Is(child, "address")))
                CollectAffiliationParts(child, skip, parts);
            else if (PlainWithout(child, skip) is { } text)
                parts.Add(text);
        }
    }

    private static string? TidyPunctuation(string? text)
    {
        if (text is null)
            return null;
        var tidy = text.Replace(" ,", ",", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal)
            .Replace(" ;", ";", StringComparison.Ordinal).Replace(",,", ",", StringComparison.Ordinal)
            .Trim(' ', ',', ';');
        return tidy.Length == 0 ? null : tidy;
    }

    private static bool IsOriginal(XElement institution) =>
        string.Equals(institution.Attribute("content-type")?.Value, "original", StringComparison.OrdinalIgnoreCase);

    /// <summary>institution-id by type; a ROR id is kept as the full https://ror.org/… URL (the form ROR itself asks for).</summary>
    private static JatsId? ReadInstitutionId(XElement id)
    {
        var value = Plain(id);
        if (value is null)
            return null;
        var type = Clean(id.Attribute("institution-id-type")?.Value)?.ToLowerInvariant() ?? "unknown";
        if (type == "ror" || value.Contains("ror.org/", StringComparison.OrdinalIgnoreCase))
        {
            var bare = value[(value.LastIndexOf('/') + 1)..];
            return new JatsId("ror", "https://ror.org/" + bare);
        }
        return new JatsId(type, value);
    }

    /// <summary>Orders elements from different parents by their position in the document.</summary>
    private sealed class DocumentOrder : IComparer<XElement>
    {
        public static readonly DocumentOrder Instance = new();

        public int Compare(XElement? x, XElement? y) => XNode.CompareDocumentOrder(x, y);
    }
}
