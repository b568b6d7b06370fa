using System.Globalization;
using System.Text.RegularExpressions;

namespace Revista.Citations;

/// <summary>
/// CSL 1.0.2 Appendix V page-range formats (expanded, minimal, minimal-two, chicago, chicago-15, chicago-16) with the
/// locale's page-range-delimiter. A page is an optional prefix (any letters and digits ending in a letter: "N", "S",
/// "8n") followed by its number; a range is shortened only when both ends share the prefix. A range whose ends carry
/// different prefixes is no range the formats can describe: it keeps its hyphen and loses the spaces around it
/// ("N110 - 5" → "N110-5"), as citeproc-js writes it. A backslash-escaped hyphen ("3\-B") is a literal hyphen.
/// </summary>
internal static partial class CslPageRange
{
    public static string Format(string value, string? format, CslTerms terms)
    {
        var delimiter = terms.Term("page-range-delimiter") ?? "–";
        var text = RangePattern().Replace(value, m =>
        {
            var first = m.Groups["first"].Value;
            var last = m.Groups["last"].Value;
            if (IsRoman(first) && IsRoman(last))
                return first + delimiter + last;
            if (IsRoman(first) || IsRoman(last))
                return m.Value;
            var (firstPrefix, firstNumber) = Split(first);
            var (lastPrefix, lastNumber) = Split(last);
            if (firstPrefix != lastPrefix)
            {
                // A bare number after a prefixed one keeps its hyphen; other mixes are kept as written but tightened.
                return first + "-" + last;
            }
            if (format is null)
                return first + delimiter + last;
            var expanded = Expand(firstNumber, lastNumber);
            if (format == "expanded" || expanded.Length != firstNumber.Length)
                return first + delimiter + firstPrefix + expanded;
            var shortened = Shorten(firstNumber, expanded, format);
            return first + delimiter + (shortened.Length == expanded.Length ? firstPrefix + expanded : shortened);
        });
        return text.Replace("\\-", "-", StringComparison.Ordinal);
    }

    /// <summary>The first page of a page range or list ("22-45" → "22"), for the page-first variable.</summary>
    public static string? First(string? page)
    {
        if (string.IsNullOrWhiteSpace(page))
            return null;
        var m = FirstPattern().Match(page);
        return m.Success ? m.Value.Trim() : page.Trim();
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}\\])(?<first>[\p{L}\p{N}]*\d|[ivxlcdm]+)\s*(?<!\\)[-–]+\s*(?<last>[\p{L}\p{N}]*\d|[ivxlcdm]+)(?![\p{L}\p{N}])")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"^[^-–,&]+")]
    private static partial Regex FirstPattern();

    private static bool IsRoman(string page) => page.Length > 0 && page.All(c => "ivxlcdm".Contains(c, StringComparison.Ordinal));

    private static (string Prefix, string Number) Split(string page)
    {
        var i = page.Length;
        while (i > 0 && char.IsAsciiDigit(page[i - 1]))
            i--;
        return (page[..i], page[i..]);
    }

    /// <summary>"110-5" means 110–115: the missing leading digits come from the first page.</summary>
    private static string Expand(string first, string last) =>
        last.Length < first.Length ? first[..(first.Length - last.Length)] + last : last;

    private static string Shorten(string a, string b, string format) => format switch
    {
        "minimal" => Minimal(a, b, 1),
        "minimal-two" => Minimal(a, b, 2),
        "chicago" or "chicago-15" or "chicago-16" => Chicago(a, b, format),
        _ => b,
    };

    private static string Minimal(string a, string b, int keep)
    {
        var i = 0;
        while (i < a.Length - 1 && a[i] == b[i])
            i++;
        var digits = Math.Max(b.Length - i, Math.Min(keep, b.Length));
        return b[^digits..];
    }

    private static string Chicago(string a, string b, string format)
    {
        var n = int.Parse(a, CultureInfo.InvariantCulture);
        if (n < 100 || n % 100 == 0)
            return b;
        if (n % 100 < 10)
            return Minimal(a, b, 1);
        // "chicago" is the 15th-edition rule: four-digit ranges changing three or more digits are written in full.
        if (format is "chicago" or "chicago-15" && a.Length == 4 && a[..1] != b[..1])
            return b;
        if (format is "chicago" or "chicago-15" && a.Length == 4)
        {
            var shortened = Minimal(a, b, 2);
            return shortened.Length == 3 ? b : shortened;
        }
        return Minimal(a, b, 2);
    }
}
