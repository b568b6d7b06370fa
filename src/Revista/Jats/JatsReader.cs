using System.Xml;
using System.Xml.Linq;

namespace Revista.Jats;

/// <summary>
/// Reads a parsed JATS (1.0–1.4) or NLM (2.x, 3.0) article into <see cref="JatsArticle"/>. Tolerant by design: a
/// missing optional part leaves its field empty, never an exception. Element names are looked up in the root's
/// namespace, so files that put JATS in a default namespace read the same as plain ones.
/// </summary>
public sealed partial class JatsReader
{
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";
    private static readonly XNamespace MathML = "http://www.w3.org/1998/Math/MathML";
    private static readonly XName XmlLang = XNamespace.Xml + "lang";

    private readonly XNamespace ns;
    private readonly XElement root;
    private readonly string language;
    private readonly Dictionary<XElement, string> subArticleIds = [];
    private readonly List<XElement> subArticles = [];
    private readonly Dictionary<string, List<XElement>> elementsByName = [];
    private readonly List<XElement> assetElements = [];
    private Dictionary<string, XElement>? footnotesById;

    /// <summary>Elements gathered in one walk over the document (each extra full walk costs as much as the rest of a small reader).</summary>
    private static readonly HashSet<string> IndexedElements =
        ["ref", "fig", "table-wrap", "disp-formula", "supplementary-material", "fn", "sub-article", "response"];

    private JatsReader(XElement root)
    {
        this.root = root;
        ns = root.Name.Namespace;
        language = LanguageOf(root) ?? "en";
        foreach (var element in root.Descendants())
        {
            if (element.Name.Namespace != ns)
                continue;
            var name = element.Name.LocalName;
            if (AssetElements.Contains(name))
                assetElements.Add(element);
            if (!IndexedElements.Contains(name))
                continue;
            if (!elementsByName.TryGetValue(name, out var list))
                elementsByName[name] = list = [];
            list.Add(element);
            if (name is "sub-article" or "response")
            {
                subArticles.Add(element);
                subArticleIds[element] = Clean(element.Attribute("id")?.Value) ?? "sub-article-" + subArticles.Count;
            }
        }
    }

    /// <summary>Reads the article; throws <see cref="JatsFormatException"/> only when the root is not &lt;article&gt;.</summary>
    public static JatsArticle Read(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.Root ?? throw new JatsFormatException("The XML document has no root element; expected <article>.");
        if (root.Name.LocalName != "article")
        {
            var info = (IXmlLineInfo)root;
            throw new JatsFormatException(
                $"The XML is not a JATS article: root element is <{root.Name.LocalName}>; expected <article> "
                + "(JATS 1.x or NLM Journal Publishing/Archiving 2.x–3.0). Import the article's JATS XML, not another format.",
                info.HasLineInfo() ? info.LineNumber : null, info.HasLineInfo() ? info.LinePosition : null);
        }
        return new JatsReader(root).ReadArticle();
    }

    private JatsArticle ReadArticle()
    {
        var front = Child(root, "front");
        var meta = Child(front, "article-meta");
        var titleGroup = Child(meta, "title-group");
        var authorNotes = Child(meta, "author-notes");
        var subjects = ReadSubjects(Child(meta, "article-categories"));
        return new JatsArticle
        {
            DtdVersion = Clean(root.Attribute("dtd-version")?.Value),
            Language = language,
            ArticleType = Clean(root.Attribute("article-type")?.Value),
            Journal = ReadJournal(Child(front, "journal-meta")),
            Ids = ReadIds(meta),
            Subjects = subjects,
            Section = SectionOf(Child(meta, "article-categories")),
            Title = RichText(Child(titleGroup, "article-title")),
            Subtitle = OptionalRichText(Child(titleGroup, "subtitle")),
            TransTitles = ReadTransTitles(titleGroup),
            Contributors = ReadContributors(meta, authorNotes),
            Affiliations = ReadAffiliations(meta),
            AuthorNotes = ReadAuthorNotes(authorNotes),
            PubDates = [.. Children(meta, "pub-date").Select(ReadDate)],
            HistoryDates = [.. Children(Child(meta, "history"), "date").Select(ReadDate)],
            Volume = Plain(Child(meta, "volume")),
            Issue = Plain(Child(meta, "issue")),
            FirstPage = Plain(Child(meta, "fpage")),
            LastPage = Plain(Child(meta, "lpage")),
            ElocationId = Plain(Child(meta, "elocation-id")),
            Permissions = ReadPermissions(Child(meta, "permissions")),
            Abstracts = ReadAbstracts(meta, language),
            KeywordGroups = ReadKeywordGroups(meta, language),
            Funding = ReadFunding(meta),
            FundingStatement = ReadFundingStatement(meta),
            References = ReadReferences(),
            Figures = ReadFigures(),
            Tables = ReadTables(),
            Formulas = ReadFormulas(),
            Supplements = ReadSupplements(),
            Footnotes = ReadFootnotes(Child(root, "back")),
            AssetReferences = ReadAssetReferences(),
            SubArticles = ReadSubArticles(),
            Notes = ReadNotes(front, meta),
            RelatedArticles = ReadRelatedArticles(meta),
        };
    }

    private static IReadOnlyList<JatsId> ReadIdsOf(IEnumerable<XElement> ids) =>
    [
        .. ids
            .Select(id => (Type: Clean(id.Attribute("pub-id-type")?.Value)?.ToLowerInvariant() ?? "unknown", Value: Plain(id)))
            .Where(id => id.Value is not null)
            .Select(id => new JatsId(id.Type, id.Type == "doi" ? BareDoi(id.Value!) ?? id.Value! : id.Value!)),
    ];

    private IReadOnlyList<JatsId> ReadIds(XElement? meta) => ReadIdsOf(Children(meta, "article-id"));

    /// <summary>Every element of that name in the article's namespace, in document order.</summary>
    private List<XElement> All(string localName) => elementsByName.GetValueOrDefault(localName) ?? [];

    /// <summary>The id of the nearest enclosing sub-article or response; null in the main article.</summary>
    private string? SubArticleIdOf(XElement element)
    {
        for (var parent = element.Parent; parent is not null; parent = parent.Parent)
        {
            if (subArticleIds.TryGetValue(parent, out var id))
                return id;
        }
        return null;
    }

    /// <summary>Every fn of the document by id (contributors point at author-notes and back-matter footnotes alike).</summary>
    private Dictionary<string, XElement> FootnotesById => footnotesById ??= All("fn")
        .Where(n => n.Attribute("id") is not null)
        .GroupBy(n => n.Attribute("id")!.Value)
        .ToDictionary(g => g.Key, g => g.First());

    private XName N(string localName) => ns + localName;

    private XElement? Child(XElement? parent, string localName) => parent?.Element(N(localName));

    private IEnumerable<XElement> Children(XElement? parent, string localName) =>
        parent is null ? [] : parent.Elements(N(localName));

    private IEnumerable<XElement> Descendants(XElement? parent, string localName) =>
        parent is null ? [] : parent.Descendants(N(localName));

    private bool Is(XElement element, string localName) => element.Name.LocalName == localName && element.Name.Namespace == ns;

    private static string? Href(XElement? element) =>
        Clean(element?.Attribute(XLink + "href")?.Value ?? element?.Attribute("href")?.Value);
}
