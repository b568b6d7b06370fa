using System.Text;
using System.Xml.Linq;

namespace Revista.Jats;

// ref-list/ref (JATS Tag Library: ref, element-citation, mixed-citation; NLM: nlm-citation, citation).
public sealed partial class JatsReader
{
    private static readonly string[] StructuredCitations = ["element-citation", "nlm-citation", "citation", "mixed-citation"];
    private static readonly string[] WrittenCitations = ["mixed-citation", "citation", "element-citation", "nlm-citation"];

    /// <summary>
    /// Every ref in document order, wherever its ref-list is (back, nested ref-lists, sections, sub-articles); those of a
    /// sub-article carry its id.
    /// </summary>
    private IReadOnlyList<JatsReference> ReadReferences() => [.. All("ref").Select(ReadReference)];

    /// <summary>
    /// Structured fields come from the first element-citation (or NLM nlm-citation/citation, else mixed-citation); the
    /// text as written from the first mixed-citation when there is one (SciELO gives both), else from that same citation.
    /// </summary>
    private JatsReference ReadReference(XElement reference)
    {
        var citations = reference.Elements()
            .SelectMany(e => Is(e, "citation-alternatives") ? e.Elements() : [e])
            .Where(e => e.Name.Namespace == ns && StructuredCitations.Contains(e.Name.LocalName))
            .ToList();
        var structured = FirstOf(citations, StructuredCitations);
        var written = FirstOf(citations, WrittenCitations);
        var label = Plain(Child(reference, "label")) ?? Plain(Child(written, "label"));
        bool IsLabel(XElement e) => Is(e, "label");
        var text = written is null ? PlainWithout(reference, IsLabel) ?? ""
            : Is(written, "element-citation") || Is(written, "nlm-citation") ? TidyPunctuation(SpacedText(written, IsLabel)) ?? ""
            : CitationText(written, IsLabel);
        var html = written is null ? "" : JatsInline.ToHtml(written);
        if (label is not null)
        {
            // SciELO splits "1. Author…" into <label>1</label> and a citation starting ". Author…".
            text = text.TrimStart('.', ',', ';', ' ');
            html = html.TrimStart().StartsWith(". ", StringComparison.Ordinal) ? html.TrimStart()[2..] : html;
        }
        var fields = structured is null ? new JatsReference() : ReadCitation(structured);
        return fields with
        {
            Id = Clean(reference.Attribute("id")?.Value),
            Label = label,
            Text = text,
            Html = html,
            SubArticleId = SubArticleIdOf(reference),
        };
    }

    /// <summary>
    /// The citation's text as written. Inside a name the parts are usually adjacent tags with no space between them
    /// (PLOS writes &lt;surname&gt;Zuckerkandl&lt;/surname&gt;&lt;given-names&gt;E&lt;/given-names&gt;), and a reader sees "Zuckerkandl E".
    /// </summary>
    private string CitationText(XElement citation, Func<XElement, bool> skip)
    {
        var builder = new StringBuilder();
        void Walk(XElement element)
        {
            foreach (var node in element.Nodes())
            {
                if (node is XText text)
                {
                    builder.Append(text.Value);
                }
                else if (node is XElement child && !skip(child))
                {
                    if (Is(child, "name") || (Is(child, "string-name") && child.HasElements))
                    {
                        if (builder.Length > 0 && char.IsLetterOrDigit(builder[^1]))
                            builder.Append(' ');
                        builder.AppendJoin(' ', child.Elements().Select(Plain).OfType<string>());
                    }
                    else
                    {
                        Walk(child);
                    }
                }
            }
        }
        Walk(citation);
        return Clean(builder.ToString()) ?? "";
    }

    private static XElement? FirstOf(List<XElement> citations, string[] preference)
    {
        foreach (var name in preference)
        {
            if (citations.FirstOrDefault(c => c.Name.LocalName == name) is { } found)
                return found;
        }
        return null;
    }

    private JatsReference ReadCitation(XElement citation)
    {
        var authors = new List<JatsName>();
        var editors = new List<JatsName>();
        var hasEtAl = false;
        foreach (var child in citation.Elements())
        {
            if (Is(child, "person-group"))
            {
                var type = Clean(child.Attribute("person-group-type")?.Value)?.ToLowerInvariant() ?? "author";
                var target = type switch
                {
                    "author" => authors,
                    "editor" => editors,
                    _ => null,
                };
                foreach (var member in child.Elements())
                {
                    if (Is(member, "etal") && type == "author")
                        hasEtAl = true;
                    else if (target is not null && ReadName(member) is { } name)
                        target.Add(name);
                }
            }
            else if (Is(child, "etal"))
            {
                hasEtAl = true;
            }
            else if (ReadName(child) is { } name)
            {
                // PLOS mixed-citations put the author names directly in the citation, without person-group.
                authors.Add(name);
            }
        }

        var (firstPage, lastPage) = Pages(citation);
        var doi = ReadCitationDoi(citation);
        return new JatsReference
        {
            PublicationType = (Clean(citation.Attribute("publication-type")?.Value) ?? Clean(citation.Attribute("citation-type")?.Value))?.ToLowerInvariant(),
            Authors = authors,
            Editors = editors,
            HasEtAl = hasEtAl,
            ArticleTitle = FirstPlain(citation, "article-title", "chapter-title", "data-title", "part-title"),
            Source = FirstPlain(citation, "source"),
            Year = FirstPlain(citation, "year") ?? Plain(Child(Child(citation, "date"), "year")),
            Volume = FirstPlain(citation, "volume"),
            Issue = FirstPlain(citation, "issue"),
            FirstPage = firstPage,
            LastPage = lastPage,
            ElocationId = FirstPlain(citation, "elocation-id"),
            Publisher = FirstPlain(citation, "publisher-name"),
            PublisherLocation = FirstPlain(citation, "publisher-loc"),
            Doi = doi,
            Pmid = PubId(citation, "pmid"),
            Pmcid = PubId(citation, "pmcid") ?? PubId(citation, "pmc"),
            Uri = ReadCitationUri(citation),
        };
    }

    /// <summary>name, string-name (tagged or not) or collab as a reference name; null for anything else.</summary>
    private JatsName? ReadName(XElement element)
    {
        if (Is(element, "name") || (Is(element, "string-name") && Child(element, "surname") is not null))
        {
            var surname = Plain(Child(element, "surname"));
            var given = Plain(Child(element, "given-names"));
            return surname is null && given is null ? null : new JatsName(surname, given, Plain(Child(element, "suffix")), null);
        }
        if (Is(element, "string-name"))
            return Plain(element) is { } literal ? new JatsName(literal, null, null, null) : null;
        if (Is(element, "collab"))
            return Plain(element) is { } collab ? new JatsName(null, null, null, collab) : null;
        return null;
    }

    private string? FirstPlain(XElement citation, params string[] names)
    {
        foreach (var name in names)
        {
            if (Plain(Child(citation, name)) is { } value)
                return value;
        }
        return null;
    }

    /// <summary>fpage/lpage, or a page-range ("112-9", "e12–e20") split at its first dash.</summary>
    private (string? First, string? Last) Pages(XElement citation)
    {
        var first = FirstPlain(citation, "fpage");
        var last = FirstPlain(citation, "lpage");
        if (first is null && FirstPlain(citation, "page-range") is { } range)
        {
            var dash = range.IndexOfAny(['-', '–', '—']);
            first = Clean(dash < 0 ? range : range[..dash]);
            last ??= dash < 0 ? null : Clean(range[(dash + 1)..]);
        }
        return (first, last);
    }

    private string? PubId(XElement citation, string type) =>
        Descendants(citation, "pub-id")
            .Where(p => string.Equals(Clean(p.Attribute("pub-id-type")?.Value), type, StringComparison.OrdinalIgnoreCase))
            .Select(Plain)
            .FirstOrDefault(v => v is not null);

    /// <summary>pub-id doi, else a doi.org link (ext-link, uri), else a DOI written in a comment or an object-id.</summary>
    private string? ReadCitationDoi(XElement citation)
    {
        if (BareDoi(PubId(citation, "doi")) is { } doi)
            return doi;
        foreach (var link in citation.Descendants().Where(e => Is(e, "ext-link") || Is(e, "uri")))
        {
            var target = Href(link) ?? Plain(link);
            var isDoiLink = string.Equals(link.Attribute("ext-link-type")?.Value, "doi", StringComparison.OrdinalIgnoreCase)
                || (target?.Contains("doi.org/", StringComparison.OrdinalIgnoreCase) ?? false);
            if (isDoiLink && BareDoi(target) is { } linked)
                return linked;
        }
        foreach (var comment in Descendants(citation, "comment"))
        {
            var text = Plain(comment);
            if (text is not null && text.Contains("doi", StringComparison.OrdinalIgnoreCase) && BareDoi(text) is { } commented)
                return commented;
        }
        return Descendants(citation, "object-id")
            .Where(o => string.Equals(o.Attribute("pub-id-type")?.Value, "doi", StringComparison.OrdinalIgnoreCase))
            .Select(o => BareDoi(Plain(o)))
            .FirstOrDefault(d => d is not null);
    }

    /// <summary>The first web link of the citation that is not just its DOI.</summary>
    private string? ReadCitationUri(XElement citation) =>
        citation.Descendants()
            .Where(e => Is(e, "uri") || (Is(e, "ext-link") && !string.Equals(e.Attribute("ext-link-type")?.Value, "doi", StringComparison.OrdinalIgnoreCase)))
            .Select(link => Href(link) ?? Plain(link))
            .FirstOrDefault(link => link is not null && !link.Contains("doi.org/", StringComparison.OrdinalIgnoreCase)
                && (link.Contains("://", StringComparison.Ordinal) || link.StartsWith("www.", StringComparison.OrdinalIgnoreCase)));
}
