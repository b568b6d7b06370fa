using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Revista.Jats;

namespace Revista.Tests.Jats;

/// <summary>
/// Second line of defence, checked at test time: an independent sanitizer (HtmlSanitizer) configured with our
/// allow-list of tags, attributes, URL schemes and classes finds nothing to remove in what the renderer writes,
/// on the whole corpus and on hostile input. Running it at import would cost more than rendering itself (measured
/// below), so the renderer's own encoding is the production defence and this test keeps it honest.
/// </summary>
public sealed class JatsHtmlSanitizerTests
{
    private static readonly string[] Tags =
    [
        "section", "aside", "div", "p", "h2", "h3", "h4", "h5", "h6", "span", "a", "i", "b", "sup", "sub", "code", "pre",
        "u", "s", "abbr", "ruby", "rt", "br", "hr", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "figure",
        "figcaption", "img", "video", "audio", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "col", "colgroup",
    ];

    private static readonly string[] Attributes =
    [
        "id", "class", "href", "rel", "src", "alt", "width", "height", "loading", "decoding", "download", "colspan",
        "rowspan", "scope", "span", "type", "lang", "controls", "preload",
    ];

    private static readonly string[] Classes =
    [
        "abstract", "ack", "aff", "app", "app-group", "array", "attrib", "bio", "boxed-text", "caption", "caption-title",
        "chem-struct", "chem-struct-wrap", "code", "contributors", "def-list", "disp-formula", "disp-formula-group",
        "disp-quote", "download", "fig", "fig-group", "fn", "fn-group", "fn-list", "glossary", "graphic", "head",
        "inline-formula", "inline-graphic", "label", "list-item", "list-labelled", "list-simple", "list-title",
        "long-desc", "media", "missing-asset", "named-content", "notes", "object-id", "option", "overline", "p",
        "permissions", "preformat", "qa", "ref", "ref-list", "references", "related", "roman", "sans-serif", "sc", "sig",
        "sig-block", "speaker", "speech", "statement", "styled-content", "sub-article", "supplementary-material",
        "table-scroll", "table-wrap", "table-wrap-foot", "table-wrap-group", "tex", "title", "verse-group", "verse-line",
        "align-left", "align-center", "align-right", "align-justify", "align-char", "valign-top", "valign-middle",
        "valign-bottom", "valign-baseline", "xref", "xref-bibr", "xref-fig", "xref-table", "xref-fn", "xref-disp-formula",
        "xref-supplementary-material", "xref-app", "xref-sec", "xref-aff", "xref-corresp", "xref-boxed-text",
        "xref-list", "xref-statement", "xref-chem",
    ];

    /// <summary>A sanitizer allowing exactly what the renderer may write, recording anything it would remove.</summary>
    internal static (HtmlSanitizer Sanitizer, List<string> Removed) Sanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>([.. Tags, .. JatsHtml.Writer.MathElements], StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>([.. Attributes, .. JatsHtml.Writer.MathAttributes], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "ftp", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedClasses = new HashSet<string>(Classes, StringComparer.Ordinal),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        var sanitizer = new HtmlSanitizer(options) { AllowDataAttributes = false };
        var removed = new List<string>();
        sanitizer.RemovingTag += (_, e) => removed.Add($"tag <{e.Tag.NodeName}> ({e.Reason})");
        sanitizer.RemovingAttribute += (_, e) => removed.Add($"attribute {e.Attribute.Name}=\"{e.Attribute.Value}\" on <{e.Tag.NodeName}> ({e.Reason})");
        sanitizer.RemovingCssClass += (_, e) => removed.Add($"class {e.CssClass} on <{e.Tag.NodeName}> ({e.Reason})");
        sanitizer.RemovingStyle += (_, e) => removed.Add($"style {e.Style.Name} on <{e.Tag.NodeName}> ({e.Reason})");
        sanitizer.RemovingComment += (_, e) => removed.Add("comment " + e.Comment.Data);
        return (sanitizer, removed);
    }

    /// <summary>The HTML as an HTML parser rebuilds and re-serialises it (the sanitizer's output differs from ours only by that).</summary>
    private static string Reserialised(HtmlParser parser, string html)
    {
        var document = parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        return document.Body!.InnerHtml;
    }

    [Fact]
    public void Sanitizer_finds_nothing_to_remove_in_any_rendered_corpus_article()
    {
        var folder = JatsHtmlCorpus.RequireFolder();
        var output = TestContext.Current.TestOutputHelper!;
        var (sanitizer, removed) = Sanitizer();
        var parser = new HtmlParser();
        var failures = new List<string>();
        var renderTime = TimeSpan.Zero;
        var sanitizeTime = TimeSpan.Zero;
        foreach (var path in JatsHtmlCorpus.Files())
        {
            XDocument document;
            try
            {
                document = JatsHtmlCorpus.Load(path);
            }
            catch (JatsFormatException)
            {
                continue;
            }

            var clock = Stopwatch.StartNew();
            var rendered = JatsHtml.Render(document, JatsHtmlCorpus.ResolveEverything);
            renderTime += clock.Elapsed;
            foreach (var fragment in rendered.Fragments)
            {
                removed.Clear();
                clock.Restart();
                var sanitized = sanitizer.Sanitize(fragment.Html);
                sanitizeTime += clock.Elapsed;
                var name = Path.GetRelativePath(folder, path) + " [" + fragment.Language + "]";
                failures.AddRange(removed.Distinct().Select(r => $"{name}: would remove {r}"));
                if (removed.Count == 0 && sanitized != Reserialised(parser, fragment.Html)) failures.Add($"{name}: sanitizer output differs");
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"render {renderTime.TotalMilliseconds:0} ms, HtmlSanitizer {sanitizeTime.TotalMilliseconds:0} ms on the same fragments"));
        Assert.Empty(failures.Take(50));
    }

    [Theory]
    [InlineData("<p>Before <script>alert(1)</script> after</p>")]
    [InlineData("<p><ext-link xlink:href=\"javascript:alert(1)\">click</ext-link></p>")]
    [InlineData("<p><ext-link xlink:href=\"data:text/html;base64,PHNjcmlwdD4=\">data</ext-link></p>")]
    [InlineData("<p><ext-link xlink:href=\" JaVaScRiPt:alert(1)\">mixed case</ext-link></p>")]
    [InlineData("<p><uri>vbscript:msgbox(1)</uri></p>")]
    [InlineData("<p><xref ref-type=\"bibr\" rid='x\" onmouseover=\"alert(1)'>1</xref></p>")]
    [InlineData("<sec id='s1\" onclick=\"alert(1)'><title>&lt;img src=x onerror=alert(1)&gt;</title><p>&lt;/p&gt;&lt;script&gt;</p></sec>")]
    [InlineData("<p><inline-formula><mml:math><mml:mi onclick=\"alert(1)\" style=\"color:red\" href=\"javascript:alert(1)\" xlink:href=\"javascript:alert(1)\">x</mml:mi><mml:maction actiontype=\"toggle\"><mml:mi>a</mml:mi><mml:mi>b</mml:mi></mml:maction><mml:annotation-xml encoding=\"text/html\"><script>alert(1)</script></mml:annotation-xml></mml:math></inline-formula></p>")]
    [InlineData("<fig id=\"f1\"><label>Figure 1</label><caption><title>\"&gt;&lt;svg onload=alert(1)&gt;</title></caption><graphic xlink:href=\"x&quot; onerror=&quot;alert(1)\"/></fig>")]
    [InlineData("<table-wrap><table><tr><td colspan=\"2 onclick=alert(1)\" style=\"background:url(javascript:alert(1))\" align=\"left\" valign=\"top\">cell</td></tr></table></table-wrap>")]
    [InlineData("<p><email>a@b.org\"onmouseover=\"x</email> <email>javascript:alert(1)//@x</email></p>")]
    public void Sanitizer_finds_nothing_to_remove_in_hostile_input(string body)
    {
        var (sanitizer, removed) = Sanitizer();
        var document = XDocument.Parse(
            "<article xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:mml=\"http://www.w3.org/1998/Math/MathML\"><body>"
            + body + "</body></article>");
        var rendered = JatsHtml.Render(document, href => new AssetLink("/assets/" + Uri.EscapeDataString(href), 10, "image/png", 1, 1));
        var html = rendered.Fragments[0].Html;

        var sanitized = sanitizer.Sanitize(html);

        Assert.Empty(removed);
        Assert.Equal(Reserialised(new HtmlParser(), html), sanitized);
        var parsed = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        Assert.Empty(parsed.QuerySelectorAll("script, style, iframe, object, embed, svg, foreignObject, maction, annotation-xml"));
        foreach (var element in parsed.Body!.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event attribute {attribute.Name} on <{element.LocalName}>");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href" or "src")
                {
                    Assert.Matches("^(#|/assets/|https?://|mailto:|ftp://)", attribute.Value);
                }
            }
        }
    }
}
