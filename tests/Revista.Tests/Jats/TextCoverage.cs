using System.Text;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Revista.Jats;

namespace Revista.Tests.Jats;

/// <summary>
/// How much of an article's text reaches the reader: the share of word tokens (runs of Unicode letters and digits,
/// case-folded, compared as multisets) of the source's titles, abstracts, body, back matter and sub-articles that
/// appear in the visible text of the rendered fragments plus the title and abstract HTML JatsInline makes for the
/// page (which shows those parts from the reader's data, outside the fragments).
/// </summary>
/// <remarks>
/// Source text the page deliberately does not show as text is not counted: alt-text (it becomes the img alt),
/// the alternatives a browser is not given (TeX or an image beside MathML; the structured element-citation beside
/// the mixed-citation of the same ref), MathML annotations, the LaTeX preamble around a formula, index terms and
/// glyph data, and the front matter of sub-articles except their titles, contributors and abstracts.
/// </remarks>
internal static class TextCoverage
{
    private static readonly XNamespace MathML = "http://www.w3.org/1998/Math/MathML";

    public sealed record Result(string Name, int SourceTokens, int FoundTokens, IReadOnlyList<string> Missing)
    {
        public double Coverage => SourceTokens == 0 ? 1 : (double)FoundTokens / SourceTokens;
    }

    public static Result Measure(string name, XDocument document, RenderedArticle rendered)
    {
        var (source, visible) = Texts(document, rendered);
        var wanted = Count(Tokens(source));
        var have = Count(Tokens(visible));
        var found = 0;
        var total = 0;
        var missing = new List<string>();
        foreach (var (token, count) in wanted)
        {
            total += count;
            var present = Math.Min(count, have.GetValueOrDefault(token));
            found += present;
            if (present < count) missing.Add($"{token}×{count - present}");
        }

        return new Result(name, total, found, missing);
    }

    /// <summary>The source text counted and the visible text it is looked for in.</summary>
    public static (string Source, string Visible) Texts(XDocument document, RenderedArticle rendered)
    {
        var source = new StringBuilder();
        var shownByPage = new StringBuilder();
        ArticleSource(document.Root!, source, shownByPage, isMainOrTranslation: true);
        var parser = new HtmlParser();
        var visible = new StringBuilder();
        foreach (var fragment in rendered.Fragments) VisibleText(parser, fragment.Html, visible);
        VisibleText(parser, shownByPage.ToString(), visible);
        return (source.ToString(), visible.ToString());
    }

    /// <summary>Titles and abstracts (which the page shows via JatsInline), body, back, floats and sub-articles.</summary>
    private static void ArticleSource(XElement article, StringBuilder source, StringBuilder shownByPage, bool isMainOrTranslation)
    {
        var front = article.Element("front-stub") ?? article.Element("front");
        var meta = front?.Element("article-meta") ?? front;
        if (meta is not null)
        {
            foreach (var group in meta.Elements("title-group"))
            {
                foreach (var title in group.Descendants())
                {
                    if (title.Name.LocalName is not ("article-title" or "subtitle" or "trans-title" or "trans-subtitle")) continue;
                    Walk(title, source);
                    if (isMainOrTranslation) shownByPage.Append("<p>").Append(JatsInline.ToHtml(title)).Append("</p>");
                }
            }

            foreach (var abstractElement in meta.Elements())
            {
                if (abstractElement.Name.LocalName is not ("abstract" or "trans-abstract")) continue;
                Walk(abstractElement, source);
                if (!isMainOrTranslation) continue;
                if (abstractElement.Element("title") is { } heading) shownByPage.Append("<h2>").Append(JatsInline.ToHtml(heading)).Append("</h2>");
                if (abstractElement.Element("label") is { } label) shownByPage.Append("<p>").Append(JatsInline.ToHtml(label)).Append("</p>");
                shownByPage.Append("<div>").Append(JatsInline.ToBlockHtml(abstractElement)).Append("</div>");
            }

            if (!isMainOrTranslation)
            {
                // Peer review and replies: the renderer shows who wrote them.
                foreach (var contrib in meta.Descendants("contrib"))
                {
                    foreach (var part in contrib.Elements())
                    {
                        if (part.Name.LocalName is "name" or "string-name" or "collab" or "role" or "anonymous" or "name-alternatives") Walk(part, source);
                    }
                }
            }
        }

        foreach (var part in article.Elements())
        {
            switch (part.Name.LocalName)
            {
                case "body" or "back" or "floats-group":
                    Walk(part, source);
                    break;
                case "sub-article" or "response":
                    var parentLanguage = Language(article, "en");
                    var translation = SubArticleKind.IsTranslation(part, Language(part, parentLanguage), parentLanguage, (string?)article.Attribute("article-type"));
                    ArticleSource(part, source, shownByPage, translation);
                    break;
            }
        }
    }

    private static string Language(XElement e, string fallback) =>
        e.Attribute(XNamespace.Xml + "lang")?.Value.Trim().ToLowerInvariant() is { Length: > 0 } lang ? lang : fallback;

    private static void Walk(XElement e, StringBuilder source)
    {
        foreach (var node in e.Nodes())
        {
            if (node is XText text)
            {
                source.Append(text.Value).Append(' ');
                continue;
            }

            if (node is not XElement child) continue;
            var name = child.Name.LocalName;
            if (child.Name.Namespace == MathML && name is "annotation" or "annotation-xml") continue;
            if (child.Name.Namespace == MathML && name == "semantics")
            {
                if (child.Elements().FirstOrDefault() is { } presentation) Walk(presentation, source);
                continue;
            }

            switch (name)
            {
                case "alt-text" or "index-term" or "index-term-range-end" or "glyph-data":
                    continue;
                case "alternatives":
                    var shown = child.Elements().FirstOrDefault(c => c.Name.LocalName == "table")
                        ?? child.Elements().FirstOrDefault(c => c.Name.LocalName == "math")
                        ?? child.Elements().FirstOrDefault(c => c.Name.LocalName == "tex-math");
                    if (shown?.Name.LocalName == "tex-math") source.Append(WithoutPreamble(shown.Value)).Append(' ');
                    else if (shown is not null) Walk(shown, source);
                    else if (child.Elements().All(c => c.Name.LocalName is not ("graphic" or "inline-graphic"))) Walk(child, source);
                    continue;
                case "tex-math":
                    source.Append(WithoutPreamble(child.Value)).Append(' ');
                    continue;
                case "element-citation" or "nlm-citation" when child.Parent?.Element("mixed-citation") is not null:
                    continue;
            }

            Walk(child, source);
        }
    }

    private static string WithoutPreamble(string tex)
    {
        var begin = tex.IndexOf("\\begin{document}", StringComparison.Ordinal);
        if (begin < 0) return tex;
        var end = tex.IndexOf("\\end{document}", begin, StringComparison.Ordinal);
        return end < 0 ? tex[(begin + 16)..] : tex[(begin + 16)..end];
    }

    /// <summary>Text a reader sees: element text, not attribute values (alt, href, title).</summary>
    private static void VisibleText(HtmlParser parser, string html, StringBuilder visible)
    {
        var document = parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        foreach (var node in document.Body!.Descendants())
        {
            if (node is IText text) visible.Append(text.Data).Append(' ');
        }
    }

    public static IEnumerable<string> Tokens(string text)
    {
        var token = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                token.Append(Rune.ToLowerInvariant(rune).ToString());
                continue;
            }

            if (token.Length == 0) continue;
            yield return token.ToString();
            token.Clear();
        }

        if (token.Length > 0) yield return token.ToString();
    }

    private static Dictionary<string, int> Count(IEnumerable<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens) counts[token] = counts.GetValueOrDefault(token) + 1;
        return counts;
    }
}
