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
                // Spaces around a locator are typing slips (" 666"): the style places it.
                return ctx.Cite?.Locator?.Trim() is { Length: > 0 } l ? l : null;
            case "citation-number":
                return ctx.CitationNumber > 0 ? ctx.CitationNumber.ToString(CultureInfo.InvariantCulture) : null;
            case "year-suffix":
                return ctx.YearSuffix;
            case "first-reference-note-number":
                return ctx.Cite?.NoteNumber > 0 && ctx.Position != CslPosition.First ? ctx.Cite.NoteNumber.ToString(CultureInfo.InvariantCulture) : null;
            case "page-first":
                // CSL 1.0.2 "page-first": the first page of the range when the item has no page-first of its own.
                return ctx.Item.Get(variable) ?? CslPageRange.First(ctx.Item.Get("page"));
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
    /// <param name="text">Plain text from the data.</param>
    /// <param name="terms">The locale, for its quotation marks.</param>
    /// <param name="quotesParsed">
    /// The text's quote pairs were already read as quotation markup (<see cref="CslMarkup.Parse"/>): a double quote
    /// left over has no partner ("Positive Obligations " …) and stays as typed.
    /// </param>
    public static string Typographic(string text, CslTerms terms, bool quotesParsed = false)
    {
        // French typography: the spaces just inside guillemets are narrow no-break spaces, so « and » never end up
        // alone at a line break.
        if (text.Contains('«', StringComparison.Ordinal) || text.Contains('»', StringComparison.Ordinal))
            text = GuillemetClose().Replace(GuillemetOpen().Replace(text, "«\u202F"), "\u202F»");
        if (text.IndexOf('\'') < 0 && text.IndexOf('"') < 0)
            return text;
        var sb = new StringBuilder(text.Length);
        var open = true;
        foreach (var c in text)
        {
            if (c == '\'')
                sb.Append('’');
            else if (c == '"' && !quotesParsed)
            {
                sb.Append(open ? terms.Term("open-quote") ?? "“" : terms.Term("close-quote") ?? "”");
                open = !open;
            }
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The ampersand joining the numbers of a page list ("213 &amp; 235") is the locale's "and" symbol term, as citeproc-js
    /// renders it.
    /// </summary>
    public static string LocalizeAmpersand(string value, CslTerms terms) =>
        terms.Term("and", "symbol") is { Length: > 0 } and && and != "&" ? AmpersandPattern().Replace(value, " " + and + " ") : value;

    [GeneratedRegex(@"\s*&\s*")]
    private static partial Regex AmpersandPattern();

    [GeneratedRegex(@"«[ \u00A0]+")]
    private static partial Regex GuillemetOpen();

    [GeneratedRegex(@"[ \u00A0]+»")]
    private static partial Regex GuillemetClose();
}
