using Revista.Tests.Web.Discovery;

namespace Revista.Tests.Web.Articles;

/// <summary>An editorial has keywords and no abstract: the page must not announce an abstract it does not have.</summary>
public sealed class KeywordsWithoutAbstractTests(DemoSamplesFixture demo) : IClassFixture<DemoSamplesFixture>
{
    [Fact]
    public async Task An_article_with_keywords_and_no_abstract_heads_them_keywords_and_offers_no_abstract_tab()
    {
        var (slug, id, _) = await DiscoverySite.ArticleAsync(demo.Site, "10.99999/rcra.2026.0430");
        var (_, page) = await demo.Site.GetPageAsync($"/{slug}/articles/{id}");

        Assert.Null(page.GetElementById("abstract"));
        Assert.Equal("Keywords", ArticlePageTests.Text(page.QuerySelector("#keywords h2")));
        Assert.Empty(page.QuerySelectorAll("#keywords h3"));
        Assert.Equal(["Multilingual publishing", "Translation", "Open access"], page.QuerySelectorAll("#keywords .keywords li").Select(ArticlePageTests.Text));
        Assert.DoesNotContain(page.QuerySelectorAll("nav.article-toc a"), a => a.GetAttribute("href") == "#abstract");
    }
}
