namespace Revista.Citations;

/// <summary>
/// The inline rich text citeproc-js accepts in CSL-JSON fields: &lt;i&gt;, &lt;b&gt;, &lt;sup&gt;, &lt;sub&gt;,
/// &lt;span style="font-variant:small-caps;"&gt; (or &lt;sc&gt;) and &lt;span class="nocase"&gt;. Anything else stays literal
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
    ];

    public static CslOut Parse(string text)
    {
        var position = 0;
        var kids = ParseUntil(text, ref position, null, false);
        return kids.Count == 1 ? kids[0] : new CslOut(kids, null);
    }

    private static List<CslOut> ParseUntil(string text, ref int position, string? close, bool noCase)
    {
        var kids = new List<CslOut>();
        var start = position;
        while (position < text.Length)
        {
            if (text[position] != '<')
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
                if (string.CompareOrdinal(text, position, open, 0, open.Length) != 0 || text.IndexOf(tagClose, position + open.Length, StringComparison.Ordinal) < 0)
                    continue;
                Flush(text, start, position, kids, noCase);
                position += open.Length;
                var inner = ParseUntil(text, ref position, tagClose, noCase || tagNoCase);
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

    private static void Flush(string text, int start, int end, List<CslOut> kids, bool noCase)
    {
        if (end > start)
            kids.Add(new CslOut(text[start..end]) { NoCase = noCase });
    }
}
