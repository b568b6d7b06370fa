namespace Revista.Citations;

/// <summary>
/// The inline rich text citeproc-js accepts in CSL-JSON fields: &lt;i&gt;, &lt;b&gt;, &lt;sup&gt;, &lt;sub&gt;,
/// &lt;span style="font-variant:small-caps;"&gt; (or &lt;sc&gt;), &lt;span class="nocase"&gt; and &lt;span class="nodecor"&gt;
/// (upright, normal weight and variant inside formatted text). Anything else stays literal
/// text (and is encoded on output), so data can never inject markup. Small capitals, superscripts and subscripts are
/// typography the author chose, so text-case leaves their content alone as citeproc-js does.
/// </summary>
internal static class CslMarkup
{
    private static readonly (string Open, string Close, CslLook Look, bool NoCase)[] Tags =
    [
        ("<i>", "</i>", new CslLook { FontStyle = "italic" }, false),
        ("<b>", "</b>", new CslLook { FontWeight = "bold" }, false),
        ("<sup>", "</sup>", new CslLook { VerticalAlign = "sup" }, true),
        ("<sub>", "</sub>", new CslLook { VerticalAlign = "sub" }, true),
        ("<sc>", "</sc>", new CslLook { FontVariant = "small-caps" }, true),
        ("<span style=\"font-variant:small-caps;\">", "</span>", new CslLook { FontVariant = "small-caps" }, true),
        ("<span class=\"nocase\">", "</span>", CslLook.None, true),
        ("<span class=\"nodecor\">", "</span>", new CslLook { FontStyle = "normal", FontWeight = "normal", FontVariant = "normal" }, true),
    ];

    private static readonly CslLook Quoted = new() { Quotes = true };

    /// <param name="text">The field's text.</param>
    /// <param name="quotes">
    /// Also read straight quotation marks around words ('…' and "…") as quotation markup, so that they are set with the
    /// locale's quotes, alternate with the quotes around them and take punctuation-in-quote (CSL 1.0.2 "Quotes"; a
    /// single quote inside a word stays an apostrophe).
    /// </param>
    public static CslOut Parse(string text, bool quotes = false)
    {
        var position = 0;
        var kids = ParseUntil(text, ref position, null, false, quotes);
        return kids.Count == 1 ? kids[0] : new CslOut(kids, null);
    }

    /// <summary><see cref="Parse"/>, then <see cref="Typeset"/>: a field's rich text as it is set in the output.</summary>
    public static CslOut ParseTypographic(string text, CslTerms terms, bool quotes) => Typeset(Parse(text, quotes), terms, quotes);

    /// <summary>
    /// Sets the plain runs of parsed rich text typographically (<see cref="CslVariables.Typographic"/>); with
    /// <paramref name="quotesParsed"/>, straight quotes left over had no partner and stay as typed.
    /// </summary>
    public static CslOut Typeset(CslOut rich, CslTerms terms, bool quotesParsed)
    {
        foreach (var leaf in rich.Leaves())
            leaf.Text = CslVariables.Typographic(leaf.Text ?? "", terms, quotesParsed);
        return rich;
    }

    private static List<CslOut> ParseUntil(string text, ref int position, string? close, bool noCase, bool quotes)
    {
        var kids = new List<CslOut>();
        var start = position;
        while (position < text.Length)
        {
            var c = text[position];
            if (quotes && c is '\'' or '"')
            {
                if (close is not null && close[0] == c && IsClosingQuote(text, position))
                {
                    Flush(text, start, position, kids, noCase);
                    position++;
                    return kids;
                }
                if (IsOpeningQuote(text, position) && FindClosingQuote(text, position + 1, c) > position + 1)
                {
                    Flush(text, start, position, kids, noCase);
                    position++;
                    var quoted = ParseUntil(text, ref position, c.ToString(), noCase, quotes);
                    kids.Add(new CslOut(quoted, null, Quoted));
                    start = position;
                    continue;
                }
            }
            if (c != '<')
            {
                position++;
                continue;
            }
            if (close is not null && string.CompareOrdinal(text, position, close, 0, close.Length) == 0)
            {
                Flush(text, start, position, kids, noCase);
                position += close.Length;
                return kids;
            }
            var matched = false;
            foreach (var (open, tagClose, look, tagNoCase) in Tags)
            {
                var openLength = OpenLength(text, position, open);
                if (openLength < 0 || text.IndexOf(tagClose, position + openLength, StringComparison.Ordinal) < 0)
                    continue;
                Flush(text, start, position, kids, noCase);
                position += openLength;
                var inner = ParseUntil(text, ref position, tagClose, noCase || tagNoCase, quotes);
                kids.Add(new CslOut(inner, null, look));
                start = position;
                matched = true;
                break;
            }
            if (!matched)
                position++;
        }
        Flush(text, start, position, kids, noCase);
        return kids;
    }

    /// <summary>
    /// The length of the opening tag <paramref name="open"/> at <paramref name="at"/>, or -1. A style attribute is CSS,
    /// where spaces may follow ':' and ';' ("font-variant: small-caps;").
    /// </summary>
    private static int OpenLength(string text, int at, string open)
    {
        var i = at;
        for (var k = 0; k < open.Length; k++, i++)
        {
            if (k > 0 && open[k - 1] is ':' or ';')
            {
                while (i < text.Length && text[i] == ' ')
                    i++;
            }
            if (i >= text.Length || text[i] != open[k])
                return -1;
        }
        return i - at;
    }

    /// <summary>An opening quote starts the text or follows a space or an opening bracket, and precedes a non-space.</summary>
    private static bool IsOpeningQuote(string text, int at) =>
        (at == 0 || char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '(' or '[' or '{' or '“' or '‘' or '"' or '\'' or '>')
        && at + 1 < text.Length && !char.IsWhiteSpace(text[at + 1]);

    /// <summary>A closing quote follows a non-space and ends the text or precedes a space or punctuation (not a letter).</summary>
    private static bool IsClosingQuote(string text, int at) =>
        at > 0 && !char.IsWhiteSpace(text[at - 1])
        && (at + 1 == text.Length || !char.IsLetterOrDigit(text[at + 1]));

    private static int FindClosingQuote(string text, int from, char quote)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == quote && i > from && IsClosingQuote(text, i))
                return i;
        }
        return -1;
    }

    private static void Flush(string text, int start, int end, List<CslOut> kids, bool noCase)
    {
        if (end > start)
            kids.Add(new CslOut(text[start..end]) { NoCase = noCase });
    }
}
