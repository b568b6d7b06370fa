namespace Revista.Web.Articles;

/// <summary>
/// Figures, tables and the reference list cut out of a rendered fragment. A JATS translation sub-article usually points
/// its xrefs at the parent's fig, table-wrap and ref elements instead of repeating them (JATS4R translations
/// recommendation), so the translated page borrows them from the original fragment to keep every link working.
/// Works on the renderer's own output, whose block elements are always balanced.
/// </summary>
internal static class FragmentBlocks
{
    private static readonly (string Tag, string Class)[] Borrowable =
        [("figure", "fig"), ("figure", "table-wrap"), ("section", "ref-list")];

    /// <summary>The original's figures, tables and reference list that <paramref name="translation"/> links to but lacks.</summary>
    public static string Borrowed(string translation, string original)
    {
        var borrowed = new System.Text.StringBuilder();
        foreach (var (tag, className) in Borrowable)
        {
            foreach (var (id, html) in Blocks(original, tag, className))
            {
                var wanted = tag == "section"
                    ? !translation.Contains("class=\"" + className + "\"", StringComparison.Ordinal)
                    : id is not null && !translation.Contains(" id=\"" + id + "\"", StringComparison.Ordinal)
                        && translation.Contains("href=\"#" + id + "\"", StringComparison.Ordinal);
                if (wanted)
                    borrowed.Append(html).Append('\n');
            }
        }
        return borrowed.ToString();
    }

    /// <summary>Each <paramref name="tag"/> element with exactly the class <paramref name="className"/>, in document order, with its id.</summary>
    internal static IEnumerable<(string? Id, string Html)> Blocks(string html, string tag, string className) =>
        Spans(html, tag, className).Select(span => (span.Id, html[span.Start..span.End]));

    /// <summary>Where each such element starts and ends (just after its closing tag) in <paramref name="html"/>.</summary>
    internal static IEnumerable<(int Start, int End, string? Id)> Spans(string html, string tag, string className)
    {
        var marker = "class=\"" + className + "\"";
        var open = "<" + tag;
        var close = "</" + tag + ">";
        var from = 0;
        while (true)
        {
            var at = html.IndexOf(marker, from, StringComparison.Ordinal);
            if (at < 0)
                yield break;
            var start = html.LastIndexOf('<', at);
            if (start < 0 || string.CompareOrdinal(html, start, open, 0, open.Length) != 0)
            {
                from = at + marker.Length;
                continue;
            }
            var end = MatchingClose(html, start + open.Length, open, close);
            if (end < 0)
                yield break;
            yield return (start, end, IdOf(html[start..html.IndexOf('>', start)]));
            from = end;
        }
    }

    private static int MatchingClose(string html, int from, string open, string close)
    {
        var depth = 1;
        while (depth > 0)
        {
            var nextOpen = html.IndexOf(open, from, StringComparison.Ordinal);
            var nextClose = html.IndexOf(close, from, StringComparison.Ordinal);
            if (nextClose < 0)
                return -1;
            if (nextOpen >= 0 && nextOpen < nextClose && html.Length > nextOpen + open.Length && html[nextOpen + open.Length] is ' ' or '>')
            {
                depth++;
                from = nextOpen + open.Length;
            }
            else
            {
                depth--;
                from = nextClose + close.Length;
            }
        }
        return from;
    }

    private static string? IdOf(string tag)
    {
        const string idAttribute = " id=\"";
        var at = tag.IndexOf(idAttribute, StringComparison.Ordinal);
        if (at < 0)
            return null;
        var start = at + idAttribute.Length;
        var end = tag.IndexOf('"', start);
        return end < 0 ? null : tag[start..end];
    }
}
