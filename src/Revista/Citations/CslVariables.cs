using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Revista.Citations;

/// <summary>Variable values as CSL sees them: cite-level variables, numeric tests, page ranges, typographic quotes.</summary>
internal static partial class CslVariables
{
    public static string? Value(CslContext ctx, string variable)
    {
        switch (variable)
        {
            case "locator":
                return ctx.Cite?.Locator is { Length: > 0 } l ? l : null;
            case "citation-number":
                return ctx.CitationNumber > 0 ? ctx.CitationNumber.ToString(CultureInfo.InvariantCulture) : null;
            case "year-suffix":
                return ctx.YearSuffix;
            case "first-reference-note-number":
                return ctx.Cite?.NoteNumber > 0 && ctx.Position != CslPosition.First ? ctx.Cite.NoteNumber.ToString(CultureInfo.InvariantCulture) : null;
            default:
                return ctx.Item.Get(variable);
        }
    }

    public static bool HasValue(CslContext ctx, string variable)
    {
        if (ctx.IsSuppressed(variable))
            return false;
        return Value(ctx, variable) is not null || ctx.Item.GetNames(variable) is not null || ctx.Item.GetDate(variable) is not null;
    }

    /// <summary>
    /// CSL 1.0.2 "is-numeric": digits, optionally with letter prefixes/suffixes ("2a", "L2"), and lists or ranges of them
    /// joined by commas, ampersands or hyphens ("2-4", "1, 3 and 5").
    /// </summary>
    public static bool IsNumeric(string? value) => value is not null && NumericPattern().IsMatch(value);

    [GeneratedRegex(@"^\s*[A-Za-z]*\d+[A-Za-z]*(\s*(?:[-–,&]|and)\s*[A-Za-z]*\d+[A-Za-z]*)*\s*$")]
    private static partial Regex NumericPattern();

    /// <summary>
    /// Typographic apostrophes and double quotes from plain data, as citeproc-js renders them (Authors' Reply →
    /// Authors’ Reply; straight double quotes → the locale's quotes).
    /// </summary>
    public static string Typographic(string text, CslTerms terms)
    {
        if (text.IndexOf('\'') < 0 && text.IndexOf('"') < 0)
            return text;
        var sb = new StringBuilder(text.Length);
        var open = true;
        foreach (var c in text)
        {
            if (c == '\'')
                sb.Append('’');
            else if (c == '"')
            {
                sb.Append(open ? terms.Term("open-quote") ?? "“" : terms.Term("close-quote") ?? "”");
                open = !open;
            }
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>CSL 1.0.2 Appendix V page-range formats, with the locale's page-range-delimiter.</summary>
    public static string FormatPageRange(string value, string? format, CslTerms terms)
    {
        var delimiter = terms.Term("page-range-delimiter") ?? "–";
        return PageRangePattern().Replace(value, m =>
        {
            var first = m.Groups[1].Value;
            var last = m.Groups[3].Value;
            // Ranges whose ends carry different letter prefixes ("N110-P5", "110-N6") are left as written.
            if (Prefix(first) != Prefix(last))
                return m.Value;
            if (format is null)
                return first + delimiter + last;
            return Prefix(first) == "roman" ? first + delimiter + last : first + delimiter + Shorten(first, last, format);
        });
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])([A-Za-z]*\d+|[ivxlcdm]+)\s*([-–]+)\s*([A-Za-z]*\d+|[ivxlcdm]+)(?![A-Za-z0-9])")]
    private static partial Regex PageRangePattern();

    private static string Prefix(string page)
    {
        if (page.All(c => "ivxlcdm".Contains(c, StringComparison.Ordinal)))
            return "roman";
        var i = 0;
        while (i < page.Length && !char.IsDigit(page[i]))
            i++;
        return page[..i];
    }

    private static string Shorten(string first, string last, string format)
    {
        var prefixLength = 0;
        while (prefixLength < first.Length && !char.IsDigit(first[prefixLength]))
            prefixLength++;
        var lastPrefix = 0;
        while (lastPrefix < last.Length && !char.IsDigit(last[lastPrefix]))
            lastPrefix++;
        if (first[..prefixLength] != last[..lastPrefix])
            return last;
        var a = first[prefixLength..];
        var b = last[lastPrefix..];
        if (b.Length < a.Length)
            b = a[..(a.Length - b.Length)] + b;
        if (b.Length != a.Length || format == "expanded")
            return last[..lastPrefix] + b;
        switch (format)
        {
            case "minimal":
                return Minimal(a, b, 1);
            case "minimal-two":
                return Minimal(a, b, 2);
            case "chicago" or "chicago-15" or "chicago-16":
                return Chicago(a, b, format);
            default:
                return b;
        }
    }

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
