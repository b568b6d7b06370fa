using Revista.Jats;

namespace Revista.Tests.Jats;

public sealed class JatsReaderRelatedArticleTests
{
    [Fact]
    public void Reads_a_translation_link_with_its_direction_doi_and_language()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <related-article related-article-type="translated-article" ext-link-type="doi"
                             xlink:href="10.5555/Rheum.2014.ES" xml:lang="es">Versión en español</related-article>
            <related-article related-article-type="is-translation-of" xlink:href="https://doi.org/10.5555/orig%2F7"/>
            """));

        var (translation, original) = (article.RelatedArticles[0], article.RelatedArticles[1]);
        Assert.Equal("translated-article", translation.Type);
        Assert.Equal(JatsTranslationLink.HasTranslation, translation.Translation);
        Assert.Equal("10.5555/Rheum.2014.ES", translation.Doi);
        Assert.Equal("es", translation.Language);
        Assert.Equal("Versión en español", translation.Text);
        Assert.Equal(JatsTranslationLink.IsTranslationOf, original.Translation);
        Assert.Equal("10.5555/orig/7", original.Doi);
        Assert.Null(original.Language);
    }

    [Theory]
    [InlineData("Translation", JatsTranslationLink.HasTranslation)]
    [InlineData("hasTranslation", JatsTranslationLink.HasTranslation)]
    [InlineData("translated-from", JatsTranslationLink.IsTranslationOf)]
    [InlineData("isTranslationOf", JatsTranslationLink.IsTranslationOf)]
    public void Accepts_the_spellings_of_translation_links_in_use(string type, JatsTranslationLink direction)
    {
        var article = JatsSample.Read(JatsSample.Meta($"""<related-article related-article-type="{type}" ext-link-type="doi" xlink:href="10.5555/x"/>"""));

        Assert.Equal(direction, Assert.Single(article.RelatedArticles).Translation);
    }

    [Fact]
    public void Other_relations_are_kept_but_are_not_translations()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <related-article related-article-type="corrected-article" ext-link-type="doi" xlink:href="10.5555/corrected"/>
            <related-article related-article-type="companion" ext-link-type="pmid" xlink:href="12345678"/>
            """));

        Assert.Equal(["corrected-article", "companion"], article.RelatedArticles.Select(r => r.Type));
        Assert.All(article.RelatedArticles, r => Assert.Null(r.Translation));
        Assert.Equal("10.5555/corrected", article.RelatedArticles[0].Doi);
        Assert.Null(article.RelatedArticles[1].Doi);
    }

    [Fact]
    public void Reads_the_doi_from_a_pub_id_inside_the_link()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <related-article related-article-type="translated-article"><pub-id pub-id-type="doi">10.5555/inner.1</pub-id></related-article>
            """));

        Assert.Equal("10.5555/inner.1", Assert.Single(article.RelatedArticles).Doi);
    }
}
