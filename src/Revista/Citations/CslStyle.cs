using System.Xml.Linq;

namespace Revista.Citations;

/// <summary>
/// A parsed CSL 1.0.2 style: an immutable tree of rendering elements, built once and shared by every processor and
/// thread that formats with it.
/// </summary>
public sealed class CslStyle
{
    private readonly Dictionary<string, List<CslNode>> _macros = new(StringComparer.Ordinal);

    private CslStyle(XElement root, string sourceName)
    {
        var ns = root.Name.Namespace;
        StyleAttributes = Attributes(root);
        Class = root.Attr("class") ?? "in-text";
        DefaultLocale = root.Attr("default-locale");
        var info = root.Element(ns + "info");
        Title = info?.Element(ns + "title")?.Value.Trim() ?? sourceName;
        Id = info?.Element(ns + "id")?.Value.Trim() ?? "";
        PageRangeFormat = root.Attr("page-range-format");
        Locales = root.Elements(ns + "locale").Select(CslLocale.From).ToList();

        // Macros first, so that layouts and other macros can name them in any order.
        var macroElements = root.Elements(ns + "macro").ToList();
        foreach (var m in macroElements)
            _macros[m.Attr("name") ?? ""] = [];
        foreach (var m in macroElements)
            _macros[m.Attr("name") ?? ""].AddRange(CslNode.ParseChildren(m, this));

        var citation = root.Element(ns + "citation");
        if (citation is null)
            throw new CslFormatException($"{sourceName} has no <citation> element; every CSL style needs one (CSL 1.0.2 \"Citation\").");
        CitationAttributes = Attributes(citation);
        Citation = new CslLayout(citation.Element(ns + "layout"), this);
        CitationSort = Keys(citation, ns);

        var bibliography = root.Element(ns + "bibliography");
        HasBibliography = bibliography is not null;
        BibliographyAttributes = bibliography is null ? [] : Attributes(bibliography);
        Bibliography = new CslLayout(bibliography?.Element(ns + "layout"), this);
        BibliographySort = bibliography is null ? [] : Keys(bibliography, ns);
        UsesYearSuffixVariable = root.Descendants().Any(d => d.Attr("variable") == "year-suffix");
        DisambiguateConditionCount = root.Descendants().Count(d => d.Attr("disambiguate") == "true");
        UsesPositionConditions = root.Descendants().Any(d => d.Attr("position") is not null);
        foreach (var name in root.Descendants().Select(d => d.Attr("macro")).OfType<string>())
        {
            if (!_macros.ContainsKey(name))
                throw new CslFormatException($"{sourceName} calls macro \"{name}\", which the style does not define; add <macro name=\"{name}\"> or fix the name.");
        }
    }

    public string Title { get; }

    /// <summary>The number of cs:if/cs:else-if disambiguate="true" tests in the style.</summary>
    internal int DisambiguateConditionCount { get; }

    /// <summary>The style renders cites differently by position (cs:if position=…): a later cite may take a shorter form.</summary>
    internal bool UsesPositionConditions { get; }
    public string Id { get; }

    /// <summary>"in-text" or "note".</summary>
    public string Class { get; }

    public string? DefaultLocale { get; }
    public bool HasBibliography { get; }

    internal IReadOnlyDictionary<string, string> StyleAttributes { get; }
    internal IReadOnlyDictionary<string, string> CitationAttributes { get; }
    internal IReadOnlyDictionary<string, string> BibliographyAttributes { get; }
    internal CslLayout Citation { get; }
    internal CslLayout Bibliography { get; }
    internal IReadOnlyList<CslSortKey> CitationSort { get; }
    internal IReadOnlyList<CslSortKey> BibliographySort { get; }
    internal IReadOnlyList<CslLocale> Locales { get; }
    internal string? PageRangeFormat { get; }
    internal bool UsesYearSuffixVariable { get; }

    /// <summary>Parses a .csl file's text. Errors are <see cref="CslFormatException"/>s naming the source.</summary>
    public static CslStyle Parse(string xml, string sourceName)
    {
        var root = CslXml.Parse(xml, sourceName);
        if (root.Name.LocalName != "style")
            throw new CslFormatException($"{sourceName}: root element is <{root.Name.LocalName}>, expected a CSL <style>.");
        var ns = root.Name.Namespace;
        if (root.Element(ns + "citation") is null && root.Element(ns + "info")?.Elements(ns + "link").Any(l => l.Attr("rel") == "independent-parent") == true)
            throw new CslFormatException($"{sourceName} is a dependent style (it only points to a parent style); use the parent style named in its <link rel=\"independent-parent\">.");
        return new CslStyle(root, sourceName);
    }

    internal IReadOnlyList<CslNode> Macro(string name) => _macros.TryGetValue(name, out var m) ? m : [];

    private static Dictionary<string, string> Attributes(XElement e) =>
        e.Attributes().Where(a => !a.IsNamespaceDeclaration).ToDictionary(a => a.Name.LocalName, a => a.Value, StringComparer.Ordinal);

    private static List<CslSortKey> Keys(XElement parent, XNamespace ns) =>
        parent.Element(ns + "sort")?.Elements(ns + "key").Select(CslSortKey.From).ToList() ?? [];
}
