namespace Revista.Citations;

/// <summary>
/// Locator labels written into the locator itself ("vol. 1, fol. 186", "367-368, fig. 333"): the locale's abbreviated
/// locator terms (CSL 1.0.2 Appendix II, locators) found at the start of a word and followed by a number. A locator that
/// opens with one already names its label, so cs:label adds none; otherwise the label's plural is judged on the part
/// before the first written label, which is the part the label names.
/// </summary>
internal static class CslLocatorLabel
{
    private static readonly string[] Locators =
    [
        "act", "appendix", "article-locator", "book", "canon", "chapter", "column", "elocation", "equation", "figure",
        "folio", "issue", "line", "note", "opus", "page", "paragraph", "part", "rule", "scene", "section", "sub-verbo",
        "supplement", "table", "timestamp", "title-locator", "verse", "version", "volume",
    ];

    /// <summary>Where the first written label starts, or -1.</summary>
    public static int FirstAt(string locator, CslTerms terms)
    {
        var first = -1;
        foreach (var name in Locators)
        {
            foreach (var plural in (ReadOnlySpan<bool>)[false, true])
            {
                // Only abbreviations (ending in a period) are read as labels: a bare word may be part of the locator.
                if (terms.Term(name, "short", plural) is not { Length: > 1 } abbreviation || abbreviation[^1] != '.')
                    continue;
                for (var at = locator.IndexOf(abbreviation, StringComparison.Ordinal); at >= 0 && (first < 0 || at < first);
                     at = locator.IndexOf(abbreviation, at + 1, StringComparison.Ordinal))
                {
                    if (StartsWord(locator, at) && NumberFollows(locator, at + abbreviation.Length))
                    {
                        first = at;
                        break;
                    }
                }
            }
        }
        return first;
    }

    private static bool StartsWord(string s, int at) => at == 0 || char.IsWhiteSpace(s[at - 1]);

    private static bool NumberFollows(string s, int at)
    {
        while (at < s.Length && char.IsWhiteSpace(s[at]))
            at++;
        return at < s.Length && char.IsDigit(s[at]);
    }
}
