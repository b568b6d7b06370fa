using System.Xml.Linq;
using Revista.Citations;

namespace Revista.Tests.Citations;

/// <summary>
/// Which CSL test-suite sections the shipped styles exercise: each section is tied to the style element or attribute it
/// tests, and a section counts as used when any shipped style contains that element or attribute.
/// </summary>
public static class CslSuiteSections
{
    private static readonly Dictionary<string, (string? Element, string? Attribute)> Features = new(StringComparer.Ordinal)
    {
        ["affix"] = (null, "prefix"),
        ["collapse"] = (null, "collapse"),
        ["condition"] = ("choose", null),
        ["date"] = ("date", null),
        ["decorations"] = (null, "font-style"),
        ["disambiguate"] = (null, "disambiguate-add-year-suffix"),
        ["display"] = (null, "display"),
        ["etal"] = ("et-al", null),
        ["flipflop"] = (null, "font-variant"),
        ["group"] = ("group", null),
        ["label"] = ("label", null),
        ["locale"] = ("locale", null),
        ["locator"] = (null, "locator"),
        ["magic"] = (null, "subsequent-author-substitute"),
        ["name"] = ("name", null),
        ["nameattr"] = (null, "et-al-min"),
        ["nameorder"] = (null, "name-as-sort-order"),
        ["number"] = ("number", null),
        ["page"] = (null, "page-range-format"),
        ["plural"] = (null, "plural"),
        ["position"] = (null, "position"),
        ["punctuation"] = (null, "quotes"),
        ["quotes"] = (null, "quotes"),
        ["sort"] = ("sort", null),
        ["substitute"] = ("substitute", null),
        ["textcase"] = (null, "text-case"),
        ["variables"] = (null, "variable"),
    };

    private static readonly Lazy<IReadOnlySet<string>> Used = new(() =>
    {
        var styles = CslCatalog.StyleNames.Select(n =>
        {
            using var stream = typeof(CslCatalog).Assembly.GetManifestResourceStream("Revista.Citations.Styles." + n + ".csl")!;
            return XDocument.Load(stream);
        }).ToList();
        return Features.Where(f => styles.Any(s => s.Descendants().Any(e =>
                f.Value.Element is { } element ? e.Name.LocalName == element : e.Attribute(f.Value.Attribute!) is not null)))
            .Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
    });

    public static IReadOnlySet<string> UsedByShippedStyles => Used.Value;
}
