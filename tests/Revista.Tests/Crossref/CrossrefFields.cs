using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Revista.Tests.Crossref;

/// <summary>
/// The fields of a journal_article record that the oracle comparison looks at, read by local name so that our 5.4.0
/// deposits and eLife's 5.5.0 ones read alike. Text is compared with white space collapsed.
/// </summary>
internal static partial class CrossrefFields
{
    public static IReadOnlyDictionary<string, string> Of(XElement article)
    {
        var journal = article.Parent!;
        var contributors = Children(article, "contributors").SelectMany(c => c.Elements()).Where(c => RoleOf(c) == "author").ToList();
        return new Dictionary<string, string>
        {
            ["doi"] = Text(Path(article, "doi_data", "doi")),
            ["title"] = Text(Path(article, "titles", "title")),
            ["contributors"] = string.Join("; ", contributors.Select(Name)),
            ["orcids"] = string.Join("; ", contributors.Select(c => Text(Children(c, "ORCID").FirstOrDefault()).Replace("http://", "https://", StringComparison.Ordinal))),
            ["affiliations"] = string.Join("; ", contributors.Select(c => string.Join(" | ",
                Children(c, "affiliations").SelectMany(a => Children(a, "institution")).Select(i => Text(Children(i, "institution_name").FirstOrDefault()))))),
            ["online date"] = Date(article.Elements().FirstOrDefault(e => e.Name.LocalName == "publication_date" && (string?)e.Attribute("media_type") == "online")),
            ["volume"] = Text(Path(journal, "journal_issue", "journal_volume", "volume")),
            ["issue"] = Text(Path(journal, "journal_issue", "issue")),
            ["pages"] = Text(Path(article, "pages", "first_page")) + "-" + Text(Path(article, "pages", "last_page")),
            ["item number"] = Text(Path(article, "publisher_item", "item_number")),
            ["licences"] = string.Join(" ", article.Descendants().Where(e => e.Name.LocalName == "license_ref" && (string?)e.Attribute("applies_to") is null or "vor")
                .Select(e => Text(e)).Distinct().Order(StringComparer.Ordinal)),
            ["funding"] = string.Join("; ", article.Descendants().Where(e => e.Name.LocalName == "assertion" && (string?)e.Attribute("name") == "fundgroup").Select(Fundgroup)),
            // Without white space: MathML indented in the source reads "m p m" in one and "mpm" in the other.
            ["abstract"] = WhiteSpace().Replace(Text(article.Elements().FirstOrDefault(e => e.Name.LocalName == "abstract" && e.Attribute("abstract-type") is null)), ""),
            ["citation DOIs"] = Children(article, "citation_list").SelectMany(l => Children(l, "citation")).Count(c => Children(c, "doi").Any())
                .ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>contributor_role (5.4.0) or role/@type (5.5.0's new form).</summary>
    private static string? RoleOf(XElement contributor) =>
        (string?)contributor.Attribute("contributor_role") ?? (string?)Children(contributor, "role").FirstOrDefault()?.Attribute("type");

    private static string Name(XElement contributor) => contributor.Name.LocalName == "person_name"
        ? (Text(Children(contributor, "given_name").FirstOrDefault()) + " " + Text(Children(contributor, "surname").FirstOrDefault())).Trim()
        : Text(contributor);

    private static string Fundgroup(XElement group)
    {
        var funder = Children(group, "assertion").FirstOrDefault(a => (string?)a.Attribute("name") == "funder_name");
        var name = funder is null ? "" : Collapse(string.Concat(funder.Nodes().OfType<XText>().Select(t => t.Value)));
        var id = funder is null ? "" : Text(Children(funder, "assertion").FirstOrDefault()).Replace("https://dx.doi.org/", "https://doi.org/", StringComparison.Ordinal).Replace("http://dx.doi.org/", "https://doi.org/", StringComparison.Ordinal);
        var awards = Children(group, "assertion").Where(a => (string?)a.Attribute("name") == "award_number").Select(Text);
        return $"{name} [{id}] {string.Join(",", awards)}".Trim();
    }

    private static string Date(XElement? date) => date is null
        ? ""
        : string.Join("-", DateParts.Select(part => Text(Children(date, part).FirstOrDefault())).Where(p => p.Length > 0));

    private static readonly string[] DateParts = ["year", "month", "day"];

    private static IEnumerable<XElement> Children(XElement? element, string name) =>
        element?.Elements().Where(e => e.Name.LocalName == name) ?? [];

    private static XElement? Path(XElement element, params string[] names)
    {
        XElement? current = element;
        foreach (var name in names)
            current = Children(current, name).FirstOrDefault();
        return current;
    }

    private static string Text(XElement? element) => element is null ? "" : Collapse(element.Value);

    public static string Collapse(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
