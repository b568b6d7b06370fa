using System.Globalization;
using System.Net;
using System.Text;

namespace Revista.Web.Articles;

/// <summary>
/// One figure (JATS fig) or table (table-wrap) of the full text as the renderer wrote it: label, caption, image with
/// its width, height and alt text, file size and download link are all in <see cref="Html"/> already.
/// </summary>
/// <param name="Key">The figure's URL segment: its XML id, or its number among the figures when the JATS gave none.</param>
/// <param name="ElementId">The id of the figure element in the full text, the anchor of its place in the text.</param>
/// <param name="Language">The language of the caption (a translation borrows the original's figures).</param>
public sealed record ArticleFigure(string Key, string? ElementId, string Label, string Html, string Language);

/// <summary>
/// The figures and tables of a pre-rendered full text, read from the fragment itself: it is the one source that holds
/// every figure in order, in the language being read, with alt text and captions (ArticleAsset rows hold files, not
/// figures: a fig with alternatives has several, a table none). It is the renderer's own balanced output
/// (fig → figure.fig, table-wrap → figure.table-wrap), so a scan for those classes is exact.
/// </summary>
public sealed record ArticleFigures(IReadOnlyList<ArticleFigure> Figures, IReadOnlyList<ArticleFigure> Tables)
{
    private const string BorrowedMarker = "<div class=\"borrowed\"";

    public static ArticleFigures Of(FragmentOutline fullText, string originalLanguage) =>
        new(Read(fullText, "fig", originalLanguage), Read(fullText, "table-wrap", originalLanguage));

    /// <summary>The figure with URL segment <paramref name="key"/> and its neighbours in the order of the text.</summary>
    public (ArticleFigure? Previous, ArticleFigure Figure, ArticleFigure? Next)? Find(string key)
    {
        for (var i = 0; i < Figures.Count; i++)
        {
            if (string.Equals(Figures[i].Key, key, StringComparison.Ordinal))
                return (i > 0 ? Figures[i - 1] : null, Figures[i], i + 1 < Figures.Count ? Figures[i + 1] : null);
        }
        return null;
    }

    /// <summary>The path of a figure's own page under the article's path.</summary>
    public static string PagePath(string articlePath, ArticleFigure figure) =>
        articlePath + "/figures/" + Uri.EscapeDataString(figure.Key);

    /// <summary>
    /// <paramref name="html"/> with a link to each figure's own page at the end of its caption: the figure viewer of
    /// site.js opens from it (with the dialog's <paramref name="closeText"/> and <paramref name="pageText"/>), and
    /// without script it is an ordinary link.
    /// </summary>
    public static string WithFigureLinks(string html, string articlePath, string linkText, string closeText, string pageText)
    {
        var spans = FragmentBlocks.Spans(html, "figure", "fig").ToList();
        if (spans.Count == 0)
            return html;
        var result = new StringBuilder(html.Length + spans.Count * 160);
        var copied = 0;
        var number = 0;
        foreach (var (start, end, id) in spans)
        {
            number++;
            var figure = new ArticleFigure(KeyOf(id, number), id, "", "", "");
            var closing = html.LastIndexOf("</figcaption>", end, end - start, StringComparison.Ordinal);
            var insertAt = closing >= 0 ? closing : end - "</figure>".Length;
            result.Append(html, copied, insertAt - copied);
            result.Append("<p class=\"figure-view\">");
            result.Append("<a href=\"").Append(WebUtility.HtmlEncode(PagePath(articlePath, figure))).Append('"');
            if (id is not null)
            {
                result.Append(" data-figure=\"").Append(WebUtility.HtmlEncode(id))
                    .Append("\" data-close=\"").Append(WebUtility.HtmlEncode(closeText))
                    .Append("\" data-page=\"").Append(WebUtility.HtmlEncode(pageText)).Append('"');
            }
            result.Append('>').Append(WebUtility.HtmlEncode(linkText)).Append("</a></p>\n");
            copied = insertAt;
        }
        result.Append(html, copied, html.Length - copied);
        return result.ToString();
    }

    private static List<ArticleFigure> Read(FragmentOutline fullText, string className, string originalLanguage)
    {
        var html = fullText.Html;
        var borrowedAt = html.IndexOf(BorrowedMarker, StringComparison.Ordinal);
        var figures = new List<ArticleFigure>();
        foreach (var (start, end, id) in FragmentBlocks.Spans(html, "figure", className))
        {
            var language = borrowedAt >= 0 && start > borrowedAt ? originalLanguage : fullText.Language;
            var block = html[start..end];
            figures.Add(new ArticleFigure(KeyOf(id, figures.Count + 1), id, LabelOf(block), block, language));
        }
        return figures;
    }

    // XML ids are NCNames, which never start with a digit, so a number cannot collide with an id.
    private static string KeyOf(string? id, int number) =>
        id ?? number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The text of the first label span (JATS label), decoded: Razor encodes it again where it is shown.</summary>
    private static string LabelOf(string block)
    {
        const string open = "<span class=\"label\">";
        var at = block.IndexOf(open, StringComparison.Ordinal);
        if (at < 0)
            return "";
        var text = new StringBuilder();
        var depth = 1;
        var inTag = false;
        for (var i = at + open.Length; i < block.Length; i++)
        {
            var c = block[i];
            if (c == '<')
            {
                if (string.CompareOrdinal(block, i, "</span>", 0, 7) == 0 && --depth == 0)
                    break;
                if (string.CompareOrdinal(block, i, "<span", 0, 5) == 0)
                    depth++;
                inTag = true;
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                text.Append(c);
            }
        }
        return WebUtility.HtmlDecode(text.ToString()).Trim();
    }
}
