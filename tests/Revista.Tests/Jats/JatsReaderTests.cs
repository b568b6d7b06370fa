using System.Text;
using Revista.Jats;

namespace Revista.Tests.Jats;

public sealed class JatsReaderTests
{
    [Fact]
    public void Rejects_a_root_that_is_not_article()
    {
        var document = JatsXml.Parse("<?xml version=\"1.0\"?>\n<book><book-meta/></book>"u8.ToArray(), "book.xml");

        var error = Assert.Throws<JatsFormatException>(() => JatsReader.Read(document));

        Assert.Contains("is not a JATS article: root element is <book>; expected <article>", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Reads_an_article_whose_elements_are_in_a_default_namespace()
    {
        var article = JatsSample.Read("""
            <article xmlns="http://jats.nlm.nih.gov/ns/1.3" xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article">
              <front><article-meta>
                <article-id pub-id-type="doi">10.1234/ns.1</article-id>
                <title-group><article-title>Namespaced</article-title></title-group>
              </article-meta></front>
              <body><fig id="f1"><graphic xlink:href="f1.png"/></fig></body>
              <back><ref-list><ref id="r1"><mixed-citation>A ref.</mixed-citation></ref></ref-list></back>
            </article>
            """);

        Assert.Equal("Namespaced", article.Title.Text);
        Assert.Equal("10.1234/ns.1", article.Doi);
        Assert.Equal("research-article", article.ArticleType);
        Assert.Equal(["f1.png"], article.Figures.Single().GraphicHrefs);
        Assert.Equal("A ref.", article.References.Single().Text);
    }

    [Theory]
    [InlineData(" xml:lang=\"EN\"", "en")]
    [InlineData(" xml:lang=\"pt-BR\"", "pt-br")]
    [InlineData(" xml:lang=\"es_MX\"", "es-mx")]
    [InlineData("", "en")]
    public void Reads_the_article_language_lower_cased_keeping_the_region(string attribute, string expected)
    {
        var article = JatsSample.Read($"<article{attribute}><front><article-meta/></front></article>");

        Assert.Equal(expected, article.Language);
    }

    [Fact]
    public void Reads_dtd_version_and_article_type()
    {
        var article = JatsSample.Read("<article dtd-version=\"1.3\" article-type=\"case-report\"/>");

        Assert.Equal("1.3", article.DtdVersion);
        Assert.Equal("case-report", article.ArticleType);
    }

    [Fact]
    public void An_article_without_front_reads_as_empty_without_throwing()
    {
        var article = JatsSample.Read("<article/>");

        Assert.True(article.Title.IsEmpty);
        Assert.Empty(article.Contributors);
        Assert.Empty(article.References);
        Assert.Null(article.Doi);
        Assert.Null(article.Journal.Title);
    }

    [Fact]
    public void Normalises_white_space_in_plain_strings()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <title-group><article-title>Title</article-title></title-group>
            <volume>
               12 </volume>
            <issue>3	(suppl)</issue>
            <fpage> 101 </fpage><lpage>110</lpage>
            <elocation-id>e1001</elocation-id>
            """));

        Assert.Equal("12", article.Volume);
        Assert.Equal("3 (suppl)", article.Issue);
        Assert.Equal("101", article.FirstPage);
        Assert.Equal("110", article.LastPage);
        Assert.Equal("e1001", article.ElocationId);
    }

    [Fact]
    public void Title_text_comes_from_the_inline_renderer_with_white_space_normalised()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <title-group>
              <article-title>Effects   of
                 <italic>Aedes aegypti</italic> control</article-title>
              <subtitle>A cohort</subtitle>
            </title-group>
            """));

        Assert.StartsWith("Effects of", article.Title.Text, StringComparison.Ordinal);
        Assert.Contains("Aedes aegypti", article.Title.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", article.Title.Text, StringComparison.Ordinal);
        Assert.NotEmpty(article.Title.Html);
        Assert.Equal("A cohort", article.Subtitle?.Text);
    }
}

/// <summary>Builds small JATS fixtures and reads them through the real loader.</summary>
internal static class JatsSample
{
    public static JatsArticle Read(string xml) => JatsReader.Read(JatsXml.Parse(Encoding.UTF8.GetBytes(xml), "sample.xml"));

    /// <summary>An article whose article-meta holds the given content (and back and body when given).</summary>
    public static string Meta(string articleMeta, string body = "", string back = "", string attributes = "") => $"""
        <article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML"
                 xmlns:ali="http://www.niso.org/schemas/ali/1.0/"{attributes}>
          <front>
            <journal-meta><journal-title-group><journal-title>Test Journal</journal-title></journal-title-group></journal-meta>
            <article-meta>
              {articleMeta}
            </article-meta>
          </front>
          <body>{body}</body>
          <back>{back}</back>
        </article>
        """;
}
