using System.Xml.Linq;
using Revista.Jats;

namespace Revista.Tests.Jats;

public sealed class JatsInlineTests
{
    private static XElement Element(string xml) => XElement.Parse(
        xml.Replace("<x-root", "<x-root xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:mml=\"http://www.w3.org/1998/Math/MathML\"", StringComparison.Ordinal),
        LoadOptions.PreserveWhitespace);

    private static XElement Root(string inner) => Element("<x-root>" + inner + "</x-root>").Elements().First();

    [Fact]
    public void Text_collapses_whitespace_and_leaves_out_the_direct_label()
    {
        var aff = Root("<aff id=\"a\">\n   <label>a</label>  Medicina Familiar y\n\tComunitaria,   <institution>Althaia</institution>, Manresa  </aff>");

        Assert.Equal("Medicina Familiar y Comunitaria, Althaia, Manresa", JatsInline.ToText(aff));
    }

    [Fact]
    public void Text_keeps_cross_reference_text_and_the_TeX_of_formulas_but_not_footnotes()
    {
        var title = Root("""<article-title>Growth of H<sub>2</sub>O<xref ref-type="fn" rid="fn1">*</xref> when <inline-formula><alternatives><mml:math><mml:mi>x</mml:mi></mml:math><tex-math>\alpha</tex-math></alternatives></inline-formula> rises<fn id="fn1"><p>Note.</p></fn></article-title>""");

        Assert.Equal(@"Growth of H2O* when \alpha rises", JatsInline.ToText(title));
    }

    [Fact]
    public void Text_separates_name_parts_and_paragraphs_that_the_file_writes_without_spaces()
    {
        Assert.Equal("Sallés Meritxell", JatsInline.ToText(Root("<name><surname>Sallés</surname><given-names>Meritxell</given-names></name>")));
        Assert.Equal("One. Two.", JatsInline.ToText(Root("<abstract><p>One.</p><p>Two.</p></abstract>")));
        Assert.Equal("MathML text: x+1", JatsInline.ToText(Root("<p>MathML text: <inline-formula><mml:math><mml:mi>x</mml:mi><mml:mo>+</mml:mo><mml:mn>1</mml:mn></mml:math></inline-formula></p>")));
    }

    [Fact]
    public void Html_keeps_inline_markup_and_safe_links_and_encodes_everything_else()
    {
        var title = Root("""<article-title>The <italic>C. elegans</italic> <bold>Rhomboid</bold> gene<sup>1</sup> &lt;script&gt; <sc>nf</sc> <ext-link xlink:href="https://example.org">site</ext-link> <ext-link xlink:href="javascript:alert(1)">bad</ext-link></article-title>""");

        Assert.Equal(
            "The <i>C. elegans</i> <b>Rhomboid</b> gene<sup>1</sup> &lt;script&gt; <span class=\"sc\">nf</span> <a href=\"https://example.org\" rel=\"noopener\">site</a> bad",
            JatsInline.ToHtml(title));
    }

    [Fact]
    public void Html_flattens_block_content_and_keeps_MathML()
    {
        var note = Root("""<fn><label>1</label><p>First <inline-formula><mml:math><mml:mi>x</mml:mi></mml:math></inline-formula>.</p><p>Second.</p><list><list-item><p>item</p></list-item></list></fn>""");

        var html = JatsInline.ToHtml(note);

        Assert.Equal("First <span class=\"inline-formula\"><math><mi>x</mi></math></span>. Second. item", html);
        Assert.DoesNotContain("<p", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Jats_text_holds_both_forms()
    {
        var text = JatsInline.ToJatsText(Root("<title>CO<sub>2</sub> levels</title>"));

        Assert.Equal(new JatsText("CO2 levels", "CO<sub>2</sub> levels"), text);
    }

    [Fact]
    public void Block_html_of_a_structured_abstract_has_h3_sections_and_leaves_its_own_title_to_the_caller()
    {
        var abstractElement = Root("""
            <abstract><title>Abstract</title>
              <sec><title>Objective</title><p>To <italic>test</italic>.</p></sec>
              <sec><title>Results</title><p>It works.</p><sec><title>Detail</title><p>Fine.</p></sec></sec>
            </abstract>
            """);

        var html = JatsInline.ToBlockHtml(abstractElement);

        Assert.StartsWith("<section><h3>Objective</h3>\n<p>To <i>test</i>.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Results</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h4>Detail</h4>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Abstract", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Block_html_wraps_loose_text_in_paragraphs()
    {
        var license = Root("""<license xlink:href="https://creativecommons.org/licenses/by/4.0/"><license-p>This is an <ext-link xlink:href="https://creativecommons.org/licenses/by/4.0/">open access</ext-link> article.</license-p></license>""");
        var note = Root("<notes>Please cite this article as: <italic>Contreras I</italic>.</notes>");

        Assert.Equal("<p>This is an <a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"noopener\">open access</a> article.</p>", JatsInline.ToBlockHtml(license));
        Assert.Equal("<p>Please cite this article as: <i>Contreras I</i>.</p>", JatsInline.ToBlockHtml(note));
    }

    [Fact]
    public void Block_html_of_an_abstract_with_a_list_keeps_the_list()
    {
        var html = JatsInline.ToBlockHtml(Root("<abstract><p>Points:</p><list list-type=\"bullet\"><list-item><p>one</p></list-item></list></abstract>"));

        Assert.Equal("<p>Points:</p>\n<ul><li><p>one</p>\n</li>\n</ul>", html);
    }
}
