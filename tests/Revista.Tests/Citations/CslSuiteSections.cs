namespace Revista.Tests.Citations;

/// <summary>Test-suite sections exercised by the features the six shipped styles use (see CslSuiteSectionsTests).</summary>
public static class CslSuiteSections
{
    public static readonly IReadOnlySet<string> UsedByShippedStyles = new HashSet<string>(StringComparer.Ordinal)
    {
        "affix", "collapse", "condition", "date", "decorations", "disambiguate", "display", "etal", "group", "label",
        "locale", "locator", "name", "nameattr", "nameorder", "number", "page", "plural", "position", "punctuation",
        "quotes", "sort", "substitute", "textcase", "variables",
    };
}
