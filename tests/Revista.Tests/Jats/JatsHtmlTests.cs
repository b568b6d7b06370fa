using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Revista.Jats;

namespace Revista.Tests.Jats;

public sealed class JatsHtmlTests
{
    private const string Namespaces = "xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:mml=\"http://www.w3.org/1998/Math/MathML\"";

    private static AssetLink? Stored(string href) =>
        new("/assets/" + href + ".jpg", 136_000, "image/jpeg", 640, 480);

    private static RenderedArticle Render(string inner, string? lang = null, Func<string, AssetLink?>? resolve = null)
    {
        var langAttribute = lang is null ? "" : $" xml:lang=\"{lang}\"";
        var document = XDocument.Parse($"<article {Namespaces}{langAttribute}>{inner}</article>", LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        return JatsHtml.Render(document, resolve ?? Stored);
    }

    private static IHtmlDocument Html(string html) =>
        new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");

    private static IHtmlDocument Body(string body, Func<string, AssetLink?>? resolve = null) =>
        Html(Render("<body>" + body + "</body>", resolve: resolve).Fragments[0].Html);

    [Fact]
    public void Nested_sections_get_heading_levels_by_depth_and_keep_their_ids()
    {
        var html = Body("""
            <sec id="s1"><label>1.</label><title>Methods</title><p>Intro.</p>
              <sec id="s1.1"><title>Patients</title>
                <sec id="s1.1.1"><title>Inclusion</title>
                  <sec><title>Age</title><sec><title>Deep</title><sec><title>Deeper</title></sec></sec></sec>
                </sec>
              </sec>
            </sec>
            """);

        Assert.Equal("1. Methods", html.QuerySelector("section#s1 > h2")!.TextContent);
        Assert.Equal("1.", html.QuerySelector("section#s1 > h2 > span.label")!.TextContent);
        Assert.Equal("Patients", html.QuerySelector("section#s1 > section[id='s1.1'] > h3")!.TextContent);
        Assert.Equal("Inclusion", html.QuerySelector("[id='s1.1.1'] > h4")!.TextContent);
        Assert.Equal(["Age", "Deep", "Deeper"], html.QuerySelectorAll("[id='s1.1.1'] section > :is(h5, h6)").Select(h => h.TextContent));
        Assert.Equal(2, html.QuerySelectorAll("h6").Length);
    }

    [Fact]
    public void Figure_with_a_stored_image_shows_img_with_dimensions_alt_caption_and_download_size()
    {
        var html = Body("""
            <fig id="f1"><label>Fig. 1.</label>
              <caption><title>Anteroposterior and lateral <italic>cervical</italic> spine X-ray.</title><p>Arrows mark calcification.</p></caption>
              <graphic xlink:href="gr1"/>
            </fig>
            """);

        var figure = html.QuerySelector("figure#f1.fig")!;
        var img = (IHtmlImageElement)figure.QuerySelector("img")!;
        Assert.Equal("/assets/gr1.jpg", img.GetAttribute("src"));
        Assert.Equal("640", img.GetAttribute("width"));
        Assert.Equal("480", img.GetAttribute("height"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("Fig. 1. Anteroposterior and lateral cervical spine X-ray.", img.AlternativeText);
        Assert.Equal("Fig. 1. Anteroposterior and lateral cervical spine X-ray.", figure.QuerySelector("figcaption > p.caption-title")!.TextContent);
        Assert.Equal("cervical", figure.QuerySelector("figcaption i")!.TextContent);
        Assert.Contains("Arrows mark calcification.", figure.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        var download = figure.QuerySelector("p.download")!;
        Assert.Equal("/assets/gr1.jpg", download.QuerySelector("a[download]")!.GetAttribute("href"));
        Assert.EndsWith("(0.13 MB)", download.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_alt_text_wins_over_label_and_caption()
    {
        var html = Body("""<fig id="f1"><label>Figure 1</label><caption><title>Title</title></caption><alt-text>A spine seen from the front</alt-text><graphic xlink:href="gr1"/></fig>""");

        Assert.Equal("A spine seen from the front", html.QuerySelector("img")!.GetAttribute("alt"));
        Assert.DoesNotContain("A spine seen", html.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_whose_image_is_missing_keeps_its_caption_shows_a_note_and_reports_a_problem()
    {
        var rendered = Render("<body><p>Text.</p>\n<fig id=\"f2\"><label>Fig. 2.</label><caption><title>Cervical CT.</title></caption><graphic xlink:href=\"gr2\"/></fig></body>", resolve: _ => null);

        var html = Html(rendered.Fragments[0].Html);
        Assert.Null(html.QuerySelector("img"));
        Assert.Equal("Image not available", html.QuerySelector("figure#f2 .missing-asset")!.TextContent);
        Assert.Equal("Fig. 2. Cervical CT.", html.QuerySelector("figure#f2 figcaption")!.TextContent.Trim());
        var problem = Assert.Single(rendered.Problems);
        Assert.Contains("gr2", problem.Message, StringComparison.Ordinal);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void Figure_alternatives_show_the_first_image_a_browser_can_display()
    {
        AssetLink? Resolve(string href) => href.EndsWith(".tif", StringComparison.Ordinal)
            ? new AssetLink("/assets/original.tif", 9_000_000, "image/tiff", 3000, 2000)
            : new AssetLink("/assets/web.png", 50_000, "image/png", 800, 600);

        var html = Body("""<fig id="f1"><label>Figure 1</label><alternatives><graphic xlink:href="f1.tif"/><graphic xlink:href="f1.png" specific-use="scielo-web"/></alternatives></fig>""", Resolve);

        Assert.Equal("/assets/web.png", Assert.Single(html.QuerySelectorAll("img")).GetAttribute("src"));
    }

    [Fact]
    public void Table_keeps_head_spans_alignment_inline_markup_and_footnotes()
    {
        var html = Body("""
            <table-wrap id="t1"><label>Table 1</label><caption><title>Patients</title></caption>
              <table>
                <colgroup><col align="left"/><col span="2"/></colgroup>
                <thead><tr><th rowspan="2" valign="top">Group</th><th colspan="2" align="center">Age</th></tr><tr><th>Mean</th><th>SD</th></tr></thead>
                <tbody><tr><td>A<sup>a</sup></td><td align="right"><bold>41</bold></td><td>3.2<break/>(n=8)</td></tr></tbody>
              </table>
              <table-wrap-foot><fn id="tfn1"><label>a</label><p>Excluding <italic>dropouts</italic>.</p></fn></table-wrap-foot>
            </table-wrap>
            """);

        var wrap = html.QuerySelector("figure#t1.table-wrap")!;
        Assert.Equal("Table 1 Patients", wrap.QuerySelector("figcaption")!.TextContent.Trim());
        var group = wrap.QuerySelector("thead th")!;
        Assert.Equal("2", group.GetAttribute("rowspan"));
        Assert.Equal("valign-top", group.ClassName);
        var age = wrap.QuerySelectorAll("thead th")[1];
        Assert.Equal("2", age.GetAttribute("colspan"));
        Assert.Equal("align-center", age.ClassName);
        Assert.Equal("2", wrap.QuerySelector("colgroup col[span]")!.GetAttribute("span"));
        Assert.Equal("41", wrap.QuerySelector("tbody td.align-right > b")!.TextContent);
        Assert.NotNull(wrap.QuerySelector("tbody td br"));
        var footnote = wrap.QuerySelector(".table-wrap-foot li#tfn1")!;
        Assert.Equal("a Excluding dropouts.", footnote.TextContent.Trim());
        Assert.Equal("dropouts", footnote.QuerySelector("i")!.TextContent);
    }

    [Fact]
    public void Table_rows_written_directly_in_table_get_a_tbody()
    {
        var rendered = Render("<body><table-wrap id=\"t1\"><table><tr><td>x</td></tr></table></table-wrap></body>");

        Assert.Contains("<table><tbody><tr><td>x</td></tr>", rendered.Fragments[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_wrap_alternatives_prefer_the_table_and_a_table_given_as_image_shows_the_image()
    {
        var html = Body("""
            <table-wrap id="t1"><alternatives><graphic xlink:href="t1"/><table><tbody><tr><td>cell</td></tr></tbody></table></alternatives></table-wrap>
            <table-wrap id="t2"><label>Table 2</label><graphic xlink:href="t2"/></table-wrap>
            """);

        Assert.Null(html.QuerySelector("#t1 img"));
        Assert.Equal("cell", html.QuerySelector("#t1 td")!.TextContent);
        Assert.Equal("/assets/t2.jpg", html.QuerySelector("#t2 img")!.GetAttribute("src"));
        Assert.NotNull(html.QuerySelector("#t2 p.download"));
    }

    [Fact]
    public void MathML_is_kept_as_html_math_without_events_styles_links_or_actions()
    {
        var rendered = Render("""
            <body><p>Let <inline-formula><mml:math id="m1" display="inline"><mml:mi onclick="steal()" style="color:red" mathvariant="bold" href="javascript:alert(1)" xlink:href="http://evil.example">x</mml:mi><mml:mo>=</mml:mo>
            <mml:maction actiontype="toggle" selection="2"><mml:mn>1</mml:mn><mml:mn>2</mml:mn></mml:maction>
            <mml:semantics><mml:mrow><mml:mi>y</mml:mi></mml:mrow><mml:annotation encoding="TeX">y</mml:annotation><mml:annotation-xml encoding="text/html"><b>z</b></mml:annotation-xml></mml:semantics></mml:math></inline-formula>.</p></body>
            """);

        var html = rendered.Fragments[0].Html;
        Assert.Contains("<math display=\"inline\"><mi mathvariant=\"bold\">x</mi><mo>=</mo><mn>2</mn><mrow><mi>y</mi></mrow></math>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
        Assert.DoesNotContain("maction", html, StringComparison.Ordinal);
        Assert.DoesNotContain("annotation", html, StringComparison.Ordinal);
        Assert.Equal("http://www.w3.org/1998/Math/MathML", Html(html).QuerySelector("math")!.NamespaceUri);
    }

    [Fact]
    public void Display_formula_prefers_MathML_among_alternatives_and_shows_its_label()
    {
        var html = Body("""<disp-formula id="e1"><label>(1)</label><alternatives><graphic xlink:href="e1"/><tex-math>E=mc^2</tex-math><mml:math><mml:mi>E</mml:mi></mml:math></alternatives></disp-formula>""");

        var formula = html.QuerySelector("div#e1.disp-formula")!;
        Assert.Equal("block", formula.QuerySelector("math")!.GetAttribute("display"));
        Assert.Null(formula.QuerySelector("img"));
        Assert.Null(formula.QuerySelector(".tex"));
        Assert.Equal("(1)", formula.QuerySelector("span.label")!.TextContent);
    }

    [Fact]
    public void TeX_is_kept_as_text_without_a_LaTeX_document_preamble()
    {
        var html = Body("""
            <p>Inline <inline-formula><tex-math>\alpha &lt; \beta</tex-math></inline-formula>.</p>
            <disp-formula id="e2"><tex-math>\documentclass{article}\usepackage{amsmath}\begin{document} $$x^2$$ \end{document}</tex-math></disp-formula>
            """);

        var tex = html.QuerySelectorAll("span.tex");
        Assert.Equal(@"\alpha < \beta", tex[0].TextContent);
        Assert.Equal("$$x^2$$", tex[1].TextContent);
    }

    [Fact]
    public void Cross_references_link_to_their_target_and_an_empty_one_shows_the_target_label()
    {
        var html = Html(Render("""
            <body><p>As shown <xref ref-type="bibr" rid="B1 B2">1,2</xref> and in <xref ref-type="fig" rid="f1"/>; see <xref ref-type="bibr" rid="nowhere">9</xref>.</p>
            <fig id="f1"><label>Figure 1</label></fig></body>
            <back><ref-list><ref id="B1"><mixed-citation>One.</mixed-citation></ref><ref id="B2"><mixed-citation>Two.</mixed-citation></ref></ref-list></back>
            """).Fragments[0].Html);

        var links = html.QuerySelectorAll("p a");
        Assert.Equal("#B1", links[0].GetAttribute("href"));
        Assert.Equal("1,2", links[0].TextContent);
        Assert.Contains("xref-bibr", links[0].ClassList);
        Assert.Equal("#f1", links[1].GetAttribute("href"));
        Assert.Equal("Figure 1", links[1].TextContent);
        Assert.Equal(2, links.Length);
        Assert.Contains("see 9.", html.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("../../etc/passwd")]
    [InlineData("//evil.example/x")]
    [InlineData("file:///etc/passwd")]
    public void Links_with_unsafe_or_relative_targets_become_plain_text(string href)
    {
        var html = Body($"<p>See <ext-link ext-link-type=\"uri\" xlink:href=\"{System.Security.SecurityElement.Escape(href)}\">this page</ext-link>.</p>");

        Assert.Null(html.QuerySelector("a"));
        Assert.Equal("See this page.", html.QuerySelector("p")!.TextContent);
    }

    [Theory]
    [InlineData("<ext-link ext-link-type=\"uri\" xlink:href=\"https://example.org/a?b=1&amp;c=2\">x</ext-link>", "https://example.org/a?b=1&c=2")]
    [InlineData("<ext-link xlink:href=\"ftp://ftp.example.org/f\">x</ext-link>", "ftp://ftp.example.org/f")]
    [InlineData("<ext-link ext-link-type=\"doi\" xlink:href=\"10.1016/j.reuma.2013.04.006\">x</ext-link>", "https://doi.org/10.1016/j.reuma.2013.04.006")]
    [InlineData("<ext-link xlink:href=\"doi:10.1371/journal.pone.0178565\">x</ext-link>", "https://doi.org/10.1371/journal.pone.0178565")]
    [InlineData("<ext-link ext-link-type=\"pmid\" xlink:href=\"15818535\">x</ext-link>", "https://pubmed.ncbi.nlm.nih.gov/15818535/")]
    [InlineData("<ext-link ext-link-type=\"pmc\" xlink:href=\"PMC1234567\">x</ext-link>", "https://pmc.ncbi.nlm.nih.gov/articles/PMC1234567/")]
    [InlineData("<ext-link ext-link-type=\"uri\" xlink:href=\"www.scielo.br\">x</ext-link>", "http://www.scielo.br")]
    [InlineData("<uri>http://bioethics.gov/reports</uri>", "http://bioethics.gov/reports")]
    [InlineData("<email>txellsalles@gmail.com</email>", "mailto:txellsalles@gmail.com")]
    public void Links_with_safe_targets_become_anchors(string link, string expectedHref)
    {
        var anchor = Body($"<p>See {link}.</p>").QuerySelector("p a")!;

        Assert.Equal(expectedHref, anchor.GetAttribute("href"));
        if (!expectedHref.StartsWith("mailto:", StringComparison.Ordinal)) Assert.Equal("noopener", anchor.GetAttribute("rel"));
    }

    [Fact]
    public void Markup_written_as_text_in_titles_and_paragraphs_stays_text()
    {
        var rendered = Render("""
            <body><sec id="s&quot;&gt;&lt;b"><title>&lt;script&gt;alert(1)&lt;/script&gt;</title>
            <p>&lt;img src=x onerror="alert(1)"&gt; &amp;amp; 5 &lt; 6</p></sec></body>
            """);

        var html = rendered.Fragments[0].Html;
        Assert.Contains("<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=\"alert(1)\"&gt; &amp;amp; 5 &lt; 6", html, StringComparison.Ordinal);
        Assert.Contains("id=\"s___b\"", html, StringComparison.Ordinal);
        var parsed = Html(html);
        Assert.Null(parsed.QuerySelector("script, img, b"));
        Assert.Equal("<script>alert(1)</script>", parsed.QuerySelector("h2")!.TextContent);
    }

    [Fact]
    public void Ids_are_sanitised_the_same_way_in_targets_and_links()
    {
        var html = Body("""<p><xref ref-type="fig" rid="1 fig">see</xref></p><fig id="1"><label>F</label></fig>""");

        Assert.Equal("#id-1", html.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(html.QuerySelector("figure#id-1"));
    }

    [Fact]
    public void Unknown_element_keeps_its_text_and_is_reported_once_per_name()
    {
        var rendered = Render("<body><p>A <foo-bar>first</foo-bar> and <foo-bar>second <italic>one</italic></foo-bar>.</p></body>");

        Assert.Equal("A first and second one.", Html(rendered.Fragments[0].Html).QuerySelector("p")!.TextContent);
        var problem = Assert.Single(rendered.Problems);
        Assert.Equal("unknown element <foo-bar>", problem.Message);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Unknown_elements_of_other_vocabularies_are_named_with_their_prefix()
    {
        var rendered = Render("<body><p xmlns:oasis=\"http://www.niso.org/standards/z39-96/ns/oasis-exchange/table\"><oasis:entry>cell</oasis:entry></p></body>");

        Assert.Equal("unknown element <oasis:entry>", Assert.Single(rendered.Problems).Message);
        Assert.Contains("cell", rendered.Fragments[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_fragment_takes_the_article_language_lower_cased_and_english_by_default()
    {
        Assert.Equal("es", Assert.Single(Render("<body><p>Hola</p></body>", lang: "ES").Fragments).Language);
        var fragment = Assert.Single(Render("<body><p>Hi</p></body>").Fragments);
        Assert.Equal("en", fragment.Language);
        Assert.Null(fragment.SubArticleId);
        Assert.False(fragment.IsTranslation);
    }

    [Fact]
    public void Translation_sub_article_becomes_a_fragment_of_its_own_in_its_language()
    {
        var rendered = Render("""
            <front/><body><p>Texto en español.</p></body><back><ack><p>Gracias.</p></ack></back>
            <sub-article article-type="translation" id="s1" xml:lang="en">
              <front-stub><title-group><article-title>Title</article-title></title-group></front-stub>
              <body><sec><title>Introduction</title><p>English text.</p></sec></body>
              <back><ack><p>Thanks.</p></ack></back>
            </sub-article>
            """, lang: "es");

        Assert.Equal(2, rendered.Fragments.Count);
        var main = rendered.Fragments[0];
        Assert.Equal("es", main.Language);
        Assert.DoesNotContain("English text", main.Html, StringComparison.Ordinal);
        Assert.Equal("Agradecimientos", Html(main.Html).QuerySelector("section.ack > h2")!.TextContent);
        var translation = rendered.Fragments[1];
        Assert.Equal(("en", "s1", true), (translation.Language, translation.SubArticleId, translation.IsTranslation));
        var html = Html(translation.Html);
        Assert.Equal("Introduction", html.QuerySelector("section > h2")!.TextContent);
        Assert.Equal("Acknowledgments", html.QuerySelector("section.ack > h2")!.TextContent);
        Assert.DoesNotContain("Title", translation.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Untyped_sub_article_in_another_language_with_a_body_is_a_translation_but_peer_review_never_is()
    {
        var rendered = Render("""
            <body><p>Texto.</p></body>
            <sub-article id="s1" xml:lang="en"><body><p>Text.</p></body></sub-article>
            <sub-article id="s2" article-type="reviewer-report" xml:lang="en"><front-stub><title-group><article-title>Review</article-title></title-group></front-stub><body><p>Fine.</p></body></sub-article>
            """, lang: "pt");

        Assert.Equal(["pt", "en"], rendered.Fragments.Select(f => f.Language));
        Assert.Equal("s1", rendered.Fragments[1].SubArticleId);
        Assert.Contains("Fine.", rendered.Fragments[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Peer_review_and_author_response_are_appended_to_their_parent_fragment_with_title_and_contributors()
    {
        var rendered = Render("""
            <body><sec id="s1"><title>Results</title><p>Main text.</p></sec></body>
            <sub-article article-type="decision-letter" id="SA1">
              <front-stub><title-group><article-title>Decision letter</article-title></title-group>
                <contrib-group><contrib contrib-type="editor"><name><surname>Greenberg</surname><given-names>Peter</given-names></name><role>Reviewing editor</role></contrib>
                <contrib><name name-style="eastern"><surname>Wang</surname><given-names>Wei</given-names></name></contrib></contrib-group></front-stub>
              <body><p>Thank you for sending your work.</p><sec><title>Essential revisions</title><p>None.</p></sec></body>
            </sub-article>
            <sub-article article-type="reply" id="SA2"><front-stub><title-group><article-title>Author response</article-title></title-group></front-stub><body><p>We thank the reviewers.</p></body></sub-article>
            """);

        var fragment = Assert.Single(rendered.Fragments);
        var html = Html(fragment.Html);
        var letter = html.QuerySelector("section#SA1.sub-article")!;
        Assert.Equal("Decision letter", letter.QuerySelector("h2")!.TextContent);
        Assert.Equal("Peter Greenberg (Reviewing editor), Wang Wei", letter.QuerySelector("p.contributors")!.TextContent);
        Assert.Equal("Essential revisions", letter.QuerySelector("section > h3")!.TextContent);
        Assert.Equal("Author response", html.QuerySelector("section#SA2 > h2")!.TextContent);
        Assert.True(fragment.Html.IndexOf("Main text.", StringComparison.Ordinal) < fragment.Html.IndexOf("Decision letter", StringComparison.Ordinal));
    }

    [Fact]
    public void Element_citation_is_written_in_Vancouver_order_with_DOI_PubMed_and_PMC_links()
    {
        var html = Html(Render("""
            <back><ref-list><title>References</title>
              <ref id="bib1"><label>1</label><element-citation publication-type="journal">
                <person-group person-group-type="author">
                  <name><surname>Boulman</surname><given-names>N</given-names></name>
                  <name><surname>Slobodin</surname><given-names>G</given-names></name><etal/>
                </person-group>
                <article-title>Calcinosis in <italic>rheumatic</italic> diseases</article-title>
                <source>Semin Arthritis Rheum</source><year>2005</year><volume>34</volume><issue>6</issue>
                <fpage>805</fpage><lpage>812</lpage>
                <pub-id pub-id-type="doi">10.1016/j.semarthrit.2005.01.016</pub-id>
                <pub-id pub-id-type="pmid">15942915</pub-id>
                <pub-id pub-id-type="pmcid">PMC123456</pub-id>
              </element-citation></ref>
            </ref-list></back>
            """).Fragments[0].Html);

        var reference = html.QuerySelector("section.ref-list ol.references > li#bib1.ref")!;
        Assert.Equal(
            "1 Boulman N, Slobodin G, et al. Calcinosis in rheumatic diseases. Semin Arthritis Rheum. 2005;34(6):805-812. "
            + "https://doi.org/10.1016/j.semarthrit.2005.01.016 PMID: 15942915 PMCID: PMC123456",
            reference.TextContent);
        Assert.Equal("1", reference.QuerySelector("span.label")!.TextContent);
        Assert.Equal(
            ["https://doi.org/10.1016/j.semarthrit.2005.01.016", "https://pubmed.ncbi.nlm.nih.gov/15942915/", "https://pmc.ncbi.nlm.nih.gov/articles/PMC123456/"],
            reference.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("rheumatic", reference.QuerySelector("i")!.TextContent);
    }

    [Fact]
    public void Book_citation_gets_editors_edition_and_publisher()
    {
        var html = Html(Render("""
            <back><ref-list><ref id="r1"><element-citation publication-type="book">
              <person-group person-group-type="author"><name><surname>Smith</surname><given-names>J</given-names></name></person-group>
              <chapter-title>Bones</chapter-title>
              <person-group person-group-type="editor"><name><surname>Doe</surname><given-names>A</given-names></name></person-group>
              <source>Rheumatology</source><edition>2nd ed</edition><publisher-loc>Madrid</publisher-loc><publisher-name>Elsevier</publisher-name><year>2010</year>
              <fpage>1</fpage><lpage>9</lpage><comment>In press</comment>
            </element-citation></ref></ref-list></back>
            """).Fragments[0].Html);

        Assert.Equal("Smith J. Bones. In: Doe A, editors. Rheumatology. 2nd ed. Madrid: Elsevier; 2010:1-9. In press.", html.QuerySelector("li#r1")!.TextContent);
    }

    [Fact]
    public void Mixed_citation_is_written_as_published_and_the_structured_twin_only_adds_missing_identifiers()
    {
        var html = Html(Render("""
            <back><ref-list><ref id="B1"><label>1</label>
              <mixed-citation><person-group><name><surname>Nitsche</surname><given-names>A</given-names></name></person-group>. <article-title>Raynaud, úlceras digitales y calcinosis en esclerodermia</article-title>. <source><italic>Reumatol Clin</italic></source>. <year>2012</year>;<volume>8</volume>:<fpage>270</fpage>-<lpage>7</lpage>.</mixed-citation>
              <element-citation publication-type="journal"><person-group person-group-type="author"><name><surname>Nitsche</surname><given-names>A</given-names></name></person-group><article-title>Raynaud, úlceras digitales y calcinosis en esclerodermia</article-title><source>Reumatol Clin</source><year>2012</year><volume>8</volume><fpage>270</fpage><lpage>7</lpage><pub-id pub-id-type="doi">10.1016/j.reuma.2012.10.007</pub-id></element-citation>
            </ref></ref-list></back>
            """, lang: "es").Fragments[0].Html);

        Assert.Equal("Referencias", html.QuerySelector("section.ref-list > h2")!.TextContent);
        var reference = html.QuerySelector("li#B1")!;
        Assert.Equal("1 Nitsche A. Raynaud, úlceras digitales y calcinosis en esclerodermia. Reumatol Clin. 2012;8:270-7. https://doi.org/10.1016/j.reuma.2012.10.007", reference.TextContent);
        Assert.Equal("Reumatol Clin", reference.QuerySelector("i")!.TextContent);
    }

    [Theory]
    [InlineData("order", "ol", null)]
    [InlineData("alpha-lower", "ol", "a")]
    [InlineData("roman-upper", "ol", "I")]
    [InlineData("bullet", "ul", null)]
    [InlineData("simple", "ul", null)]
    public void Lists_follow_their_list_type(string listType, string tag, string? type)
    {
        var list = Body($"<list list-type=\"{listType}\"><list-item><p>One</p></list-item><list-item><p>Two <list><list-item><p>Nested</p></list-item></list></p></list-item></list>").Body!.FirstElementChild!;

        Assert.Equal(tag, list.LocalName);
        Assert.Equal(type, list.GetAttribute("type"));
        Assert.Equal(2, list.Children.Length);
        Assert.Equal("Nested", list.QuerySelector("li li")!.TextContent.Trim());
    }

    [Fact]
    public void List_item_labels_are_shown_on_the_line_of_their_paragraph()
    {
        var list = Body("<list><title>Steps</title><list-item><label>a)</label><p>First</p></list-item><list-item><label>b)</label><p>Second</p></list-item></list>");

        Assert.Equal("Steps", list.QuerySelector("p.list-title")!.TextContent);
        Assert.Equal(["a) First", "b) Second"], list.QuerySelectorAll("ul.list-labelled > li > p").Select(p => p.TextContent));
    }

    [Fact]
    public void Definition_lists_and_glossaries_become_dl()
    {
        var html = Html(Render("""
            <back><glossary><title>Abbreviations</title><def-list><def-item><term>LSS</term><def><p>limited systemic sclerosis</p></def></def-item><def-item><term>CT</term><def><p>computed tomography</p></def></def-item></def-list></glossary></back>
            """).Fragments[0].Html);

        Assert.Equal("Abbreviations", html.QuerySelector("section.glossary > h2")!.TextContent);
        Assert.Equal(["LSS", "CT"], html.QuerySelectorAll("dl.def-list > dt").Select(d => d.TextContent));
        Assert.Equal("limited systemic sclerosis", html.QuerySelector("dl.def-list > dd > p")!.TextContent);
    }

    [Theory]
    [InlineData("<italic>x</italic>", "<i>x</i>")]
    [InlineData("<bold>x</bold>", "<b>x</b>")]
    [InlineData("<sup>2</sup>", "<sup>2</sup>")]
    [InlineData("<sub>2</sub>", "<sub>2</sub>")]
    [InlineData("<sc>x</sc>", "<span class=\"sc\">x</span>")]
    [InlineData("<monospace>x</monospace>", "<code>x</code>")]
    [InlineData("<underline>x</underline>", "<u>x</u>")]
    [InlineData("<strike>x</strike>", "<s>x</s>")]
    [InlineData("<overline>x</overline>", "<span class=\"overline\">x</span>")]
    [InlineData("<roman>x</roman>", "<span class=\"roman\">x</span>")]
    [InlineData("<sans-serif>x</sans-serif>", "<span class=\"sans-serif\">x</span>")]
    [InlineData("<named-content content-type=\"genus-species\">x</named-content>", "<span class=\"named-content\">x</span>")]
    [InlineData("a<break/>b", "a<br>b")]
    [InlineData("<abbrev>WHO</abbrev>", "<abbr>WHO</abbr>")]
    public void Inline_styles_map_to_html_elements(string jats, string html)
    {
        Assert.Equal("<p>" + html + "</p>\n", Render("<body><p>" + jats + "</p></body>").Fragments[0].Html);
    }

    [Fact]
    public void Paragraph_holding_display_elements_becomes_a_div_so_html_parsers_keep_its_tree()
    {
        var rendered = Render("""<body><p>We computed <disp-formula id="e1"><mml:math><mml:mi>x</mml:mi></mml:math></disp-formula> and then <list><list-item><p>this</p></list-item></list> too.</p></body>""");

        var html = Html(rendered.Fragments[0].Html);
        var paragraph = html.Body!.FirstElementChild!;
        Assert.Equal("div", paragraph.LocalName);
        Assert.Contains("p", paragraph.ClassList);
        Assert.NotNull(paragraph.QuerySelector("div.disp-formula"));
        Assert.NotNull(paragraph.QuerySelector("ul > li > p"));
        Assert.Equal(1, html.Body.ChildElementCount);
    }

    [Fact]
    public void Disp_quote_boxed_text_and_preformatted_text_keep_their_structure()
    {
        var html = Body("""
            <disp-quote><p>To be or not to be.</p><attrib>Shakespeare</attrib></disp-quote>
            <boxed-text id="box1"><caption><title>Key points</title></caption><p>Point one.</p></boxed-text>
            <preformat>line 1
              line 2</preformat>
            """);

        Assert.Equal("Shakespeare", html.QuerySelector("blockquote.disp-quote > p.attrib")!.TextContent);
        Assert.Equal("Key points", html.QuerySelector("aside#box1.boxed-text .caption-title")!.TextContent);
        Assert.Equal("line 1\n  line 2", html.QuerySelector("pre.preformat")!.TextContent);
    }

    [Fact]
    public void Supplementary_material_links_to_the_stored_file_with_its_caption()
    {
        var html = Body("""
            <supplementary-material id="SD1"><label>Supplementary file 1.</label><caption><title>Raw data.</title></caption>
              <media mimetype="application" mime-subtype="xlsx" xlink:href="data1.xlsx"/></supplementary-material>
            """, href => new AssetLink("/assets/" + href, 2_500_000, "application/vnd.ms-excel", null, null));

        var supplement = html.QuerySelector("div#SD1.supplementary-material")!;
        Assert.Equal("Supplementary file 1. Raw data.", supplement.QuerySelector(".caption-title")!.TextContent);
        Assert.Equal("/assets/data1.xlsx", supplement.QuerySelector("a[download]")!.GetAttribute("href"));
        Assert.Equal("Download (2.38 MB)", supplement.QuerySelector("p.download")!.TextContent);
    }

    [Fact]
    public void Footnotes_are_listed_with_their_ids()
    {
        var html = Html(Render("<back><fn-group><fn id=\"fn1\" fn-type=\"conflict\"><label>*</label><p>None declared.</p></fn></fn-group></back>").Fragments[0].Html);

        Assert.Equal("* None declared.", html.QuerySelector("section.fn-group ul.fn-list > li#fn1")!.TextContent.Trim());
    }

    [Fact]
    public void Video_media_gets_a_player_caption_and_download_link()
    {
        var html = Body(
            "<media id=\"v1\" mimetype=\"video\" mime-subtype=\"mp4\" xlink:href=\"movie1\"><label>Video 1.</label><caption><title>Rosettes forming.</title></caption></media>",
            href => new AssetLink("/assets/" + href + ".mp4", 3_000_000, "video/mp4", null, null));

        var media = html.QuerySelector("figure#v1.media")!;
        Assert.Equal("/assets/movie1.mp4", media.QuerySelector("video[controls]")!.GetAttribute("src"));
        Assert.Equal("none", media.QuerySelector("video")!.GetAttribute("preload"));
        Assert.Equal("Video 1. Rosettes forming.", media.QuerySelector("figcaption .caption-title")!.TextContent);
        Assert.Equal("Download (2.86 MB)", media.QuerySelector("p.download")!.TextContent);
    }

    [Fact]
    public void Formula_given_as_an_image_is_an_img_described_by_its_label()
    {
        var html = Body("<disp-formula id=\"e3\"><label>(3)</label><graphic xlink:href=\"e3\"/></disp-formula><p>with <inline-formula><inline-graphic xlink:href=\"i1\"/></inline-formula> inline</p>");

        Assert.Equal("(3)", html.QuerySelector("#e3 img")!.GetAttribute("alt"));
        var inline = html.QuerySelector("p img.inline-graphic")!;
        Assert.Equal("/assets/i1.jpg", inline.GetAttribute("src"));
        Assert.Equal("", inline.GetAttribute("alt"));
    }

    [Fact]
    public void Speech_statement_and_verse_keep_their_parts()
    {
        var html = Body("""
            <speech><speaker>Patient</speaker><p>It hurts here.</p></speech>
            <statement id="st1"><label>Theorem 1.</label><title>Uniqueness</title><p>There is one.</p></statement>
            <verse-group><verse-line>First line</verse-line><verse-line>Second line</verse-line></verse-group>
            """);

        Assert.Equal("Patient", html.QuerySelector("div.speech b.speaker")!.TextContent);
        Assert.Equal("Theorem 1. Uniqueness", html.QuerySelector("div#st1.statement > h2")!.TextContent);
        Assert.Equal(["First line", "Second line"], html.QuerySelectorAll("div.verse-group > p.verse-line").Select(p => p.TextContent));
    }

    [Fact]
    public void Appendices_acknowledgments_and_notes_are_sections_of_the_back_matter()
    {
        var html = Html(Render("""
            <back><ack><p>We thank the nurses.</p></ack>
              <app-group><app id="app1"><title>Appendix 1</title><sec id="app1s1"><title>Preparation</title><p>Steps.</p></sec></app></app-group>
              <notes notes-type="data-availability"><title>Data availability</title><p>On request.</p></notes></back>
            """).Fragments[0].Html);

        Assert.Equal("Acknowledgments", html.QuerySelector("section.ack > h2")!.TextContent);
        Assert.Equal("Appendix 1", html.QuerySelector("section.app-group > section#app1.app > h2")!.TextContent);
        Assert.Equal("Preparation", html.QuerySelector("#app1s1 > h3")!.TextContent);
        Assert.Equal("Data availability", html.QuerySelector("section.notes > h2")!.TextContent);
    }

    [Fact]
    public void Anchors_related_articles_arrays_and_inline_files_keep_their_text()
    {
        var html = Body("""
            <p><target id="t1"/>Anchor <milestone-start id="m1"/>here<milestone-end/>. Corrects <related-article related-article-type="corrected-article" ext-link-type="doi" xlink:href="10.1000/xyz">the original</related-article>.
            Data in <inline-supplementary-material xlink:href="data.csv">data.csv</inline-supplementary-material>. Web: <ext-link ext-link-type="uri">https://example.org/page</ext-link>.</p>
            <array><tbody><tr><td>a</td><td>b</td></tr></tbody></array>
            """);

        Assert.NotNull(html.QuerySelector("span#t1"));
        Assert.NotNull(html.QuerySelector("span#m1"));
        Assert.Equal("https://doi.org/10.1000/xyz", html.QuerySelector("span.related a")!.GetAttribute("href"));
        Assert.Equal("/assets/data.csv.jpg", html.QuerySelector("a[download]")!.GetAttribute("href"));
        Assert.Equal("https://example.org/page", html.QuerySelectorAll("p a")[^1].GetAttribute("href"));
        Assert.Equal(["a", "b"], html.QuerySelectorAll("div.array table td").Select(td => td.TextContent));
    }

    [Fact]
    public void Spaces_between_inline_elements_survive_the_production_loader()
    {
        // The space between two inline elements is a whitespace-only text node; an XML loader that drops those
        // (XDocument without LoadOptions.PreserveWhitespace) glues the words together and no renderer can undo it.
        var bytes = System.Text.Encoding.UTF8.GetBytes($"<article {Namespaces}><body><p><italic>Candida</italic> <bold>albicans</bold>\n<sup>1</sup></p></body></article>");
        XDocument document;
        try
        {
            document = JatsXml.Parse(bytes, "spaces.xml");
        }
        catch (NotImplementedException)
        {
            Assert.Skip("JatsXml.Parse is still a placeholder in this branch.");
            return;
        }

        var paragraph = Html(JatsHtml.Render(document, Stored).Fragments[0].Html).QuerySelector("p")!;

        Assert.Equal("Candida albicans 1", paragraph.TextContent);
    }
}
