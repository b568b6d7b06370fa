using System.Text;
using System.Xml.Linq;
using Revista.Articles;
using Revista.Oai;

namespace Revista.Tests.Oai;

/// <summary>The jats metadata format on small inline articles.</summary>
public sealed class OaiJatsTests
{
    private const string Source = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3 20210610//EN" "JATS-journalpublishing1-3.dtd">
        <article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML" article-type="research-article" xml:lang="es">
          <front><article-meta><title-group><article-title>Prueba&nbsp;uno</article-title></title-group></article-meta></front>
          <body><sec><title>Métodos</title><p>Ver <xref ref-type="bibr" rid="b1">1</xref> y <ext-link xlink:href="https://example.org">aquí</ext-link>; <inline-formula><mml:math><mml:mi>x</mml:mi></mml:math></inline-formula>.</p></sec></body>
          <back><ref-list><ref id="b1"><mixed-citation>Uno.</mixed-citation></ref></ref-list></back>
        </article>
        """;

    [Fact]
    public void Embeds_the_whole_article_in_the_jats_namespace_without_its_doctype()
    {
        var record = new OaiArticle(new Article { Id = 7 }, [], [], [], [], "https://example.org/a/7", Encoding.UTF8.GetBytes(Source));

        var element = new OaiJats().Write(record);
        var text = new XElement("wrapper", element).ToString(SaveOptions.DisableFormatting);

        XNamespace jats = OaiTools.JatsNamespace;
        Assert.Equal(jats + "article", element.Name);
        Assert.DoesNotContain("DOCTYPE", text, StringComparison.Ordinal);
        Assert.Equal("Prueba\u00a0uno", element.Descendants(jats + "article-title").Single().Value);
        Assert.Single(element.Elements(jats + "body"));
        Assert.Equal("https://example.org", element.Descendants(jats + "ext-link").Single().Attribute(XName.Get("href", "http://www.w3.org/1999/xlink"))?.Value);
        Assert.Single(element.Descendants(XName.Get("mi", "http://www.w3.org/1998/Math/MathML")));
        Assert.Equal("es", element.Attribute(XNamespace.Xml + "lang")?.Value);
    }
}
