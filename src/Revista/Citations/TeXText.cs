using System.Globalization;
using System.Text;

namespace Revista.Citations;

/// <summary>
/// Unicode text as TeX source for BibTeX fields. The ten TeX specials are escaped; Latin letters with diacritics become
/// accent commands in braces ("{\'e}"), which classic 8-bit BibTeX sorts and prints correctly; anything else (Greek,
/// CJK) stays UTF-8, which biber and modern LaTeX read.
/// </summary>
public static class TeXText
{
    private static readonly Dictionary<char, string> Specials = new()
    {
        ['\\'] = "\\textbackslash{}",
        ['{'] = "\\{",
        ['}'] = "\\}",
        ['$'] = "\\$",
        ['&'] = "\\&",
        ['%'] = "\\%",
        ['#'] = "\\#",
        ['_'] = "\\_",
        ['^'] = "\\textasciicircum{}",
        ['~'] = "\\textasciitilde{}",
        ['ß'] = "{\\ss}",
        ['æ'] = "{\\ae}",
        ['Æ'] = "{\\AE}",
        ['œ'] = "{\\oe}",
        ['Œ'] = "{\\OE}",
        ['ø'] = "{\\o}",
        ['Ø'] = "{\\O}",
        ['ł'] = "{\\l}",
        ['Ł'] = "{\\L}",
        ['ı'] = "{\\i}",
        ['–'] = "--",
        ['—'] = "---",
        ['\u00A0'] = "~",
    };

    // Combining marks (Unicode block U+0300) and the TeX accent command for each.
    private static readonly Dictionary<char, string> Accents = new()
    {
        ['\u0300'] = "`",
        ['\u0301'] = "'",
        ['\u0302'] = "^",
        ['\u0303'] = "~",
        ['\u0304'] = "=",
        ['\u0306'] = "u",
        ['\u0307'] = ".",
        ['\u0308'] = "\"",
        ['\u030A'] = "r",
        ['\u030B'] = "H",
        ['\u030C'] = "v",
        ['\u0327'] = "c",
        ['\u0328'] = "k",
    };

    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 16);
        foreach (var rune in CitationText.OneLine(value).EnumerateRunes())
        {
            if (rune.IsBmp && Specials.TryGetValue((char)rune.Value, out var special))
                text.Append(special);
            else if (rune.IsAscii)
                text.Append((char)rune.Value);
            else
                AppendLetter(text, rune);
        }
        return text.ToString();
    }

    /// <summary>The ASCII letters and digits of <paramref name="value"/>, diacritics dropped (for keys).</summary>
    public static string AsciiLetters(string value) =>
        string.Concat(value.Normalize(NormalizationForm.FormD).Where(char.IsAsciiLetterOrDigit));

    private static void AppendLetter(StringBuilder text, Rune rune)
    {
        var parts = rune.ToString().Normalize(NormalizationForm.FormD);
        if (parts.Length == 2 && char.IsAsciiLetter(parts[0]) && Accents.TryGetValue(parts[1], out var accent))
        {
            // Letter accents take an argument ("\c{c}"); symbol accents attach directly ("\'e"). A plain i, not "\i":
            // LaTeX prints both alike, but BibTeX readers such as citation-js read "\'\i" as a dotless i with a loose accent.
            var letter = parts[0].ToString();
            text.Append(char.IsAsciiLetter(accent[0]) ? $"{{\\{accent}{{{letter}}}}}" : $"{{\\{accent}{letter}}}");
            return;
        }
        // Invisible format characters (zero-width joiners, bidi marks) would survive as stray bytes in a .bib file.
        if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.Format)
            text.Append(rune.ToString());
    }
}
