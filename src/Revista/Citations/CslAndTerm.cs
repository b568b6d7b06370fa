namespace Revista.Citations;

/// <summary>
/// How the "and" term joins the last two names. CSL 1.0.2 ("Name", attribute and) names the term but not its spacing;
/// a word such as "and", "y" or "και" stands between spaces, but a conjunction written joined to its neighbours has none
/// added: the Hebrew ו is a prefix that is never a word of its own, and Chinese and Japanese ("和", "と") set no spaces
/// between words. Such a term carries whatever spacing it wants in its own text ("ו&#8200;").
/// </summary>
internal static class CslAndTerm
{
    /// <summary>The text between the last two names: the delimiter if it precedes the term, then the term, spaced or not.</summary>
    public static string Join(string term, string? delimiter) =>
        IsJoined(term) ? (delimiter ?? "") + term : (delimiter ?? " ") + term + " ";

    public static bool IsJoined(string term)
    {
        if (term.Length == 0)
            return false;
        var c = term[0];
        return c == '\u05D5' // HEBREW LETTER VAV, the conjunction prefix
            || c is >= '\u3040' and <= '\u30FF' // Hiragana, Katakana
            || c is >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF'; // CJK ideographs
    }
}
