using System.Collections.Frozen;
using System.Text;

namespace Revista.Citations;

/// <summary>
/// Superscript characters become sup elements of their base letters in HTML output, one per character, as citeproc-js
/// writes them ("1ʳᵉ" → "1&lt;sup&gt;r&lt;/sup&gt;&lt;sup&gt;e&lt;/sup&gt;"), so that every font shows them. The set is
/// the Unicode characters with a &lt;super&gt; compatibility decomposition in the blocks where ordinal indicators and
/// phonetic modifiers live (Latin-1, Spacing Modifier Letters, Phonetic Extensions, Superscripts, Letterlike Symbols,
/// Kanbun), read from the decomposition itself, plus four superscript forms Unicode leaves undecomposed.
/// </summary>
internal static class CslSuperscripts
{
    private static readonly (char First, char Last)[] Blocks =
    [
        ('\u00AA', '\u00AA'), ('\u00B2', '\u00B3'), ('\u00B9', '\u00BA'), ('\u02B0', '\u02B8'), ('\u02E0', '\u02E4'),
        ('\u1D2C', '\u1D61'), ('\u2070', '\u207F'), ('\u2120', '\u2120'), ('\u2122', '\u2122'), ('\u3192', '\u319F'),
    ];

    private static readonly FrozenDictionary<char, string> Map = Build();

    public static bool TryGet(char c, out string plain) => Map.TryGetValue(c, out plain!);

    private static FrozenDictionary<char, string> Build()
    {
        var map = new Dictionary<char, string>
        {
            ['\u02C0'] = "\u0294", // MODIFIER LETTER GLOTTAL STOP: ʔ
            ['\u02C1'] = "\u0295", // MODIFIER LETTER REVERSED GLOTTAL STOP: ʕ
            ['\u06E5'] = "\u0648", // ARABIC SMALL WAW: و
            ['\u06E6'] = "\u064A", // ARABIC SMALL YEH: ي
        };
        foreach (var (first, last) in Blocks)
        {
            for (var c = first; c <= last; c++)
            {
                var s = c.ToString();
                var plain = s.Normalize(NormalizationForm.FormKD);
                if (plain != s)
                    map[c] = plain;
            }
        }
        return map.ToFrozenDictionary();
    }
}
