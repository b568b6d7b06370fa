using static Revista.Tests.Web.Articles.ArticlePageTests;

namespace Revista.Tests.Web.Articles;

/// <summary>
/// The demo research article is Spanish with an English title and abstract but no English full text: the English page
/// shows what is translated and labels the Spanish full text; tables and formulas come through.
/// </summary>
public sealed class UntranslatedArticlePageTests
{
    [Fact]
    public async Task The_english_page_translates_title_and_abstract_and_labels_the_spanish_full_text()
    {
        await using var site = await RunningSite.StartAsync([RunningSite.Sample("research-article.xml")]);

        var page = await OpenArticleAsync(site, "Normalised synovial ultrasound index");

        Assert.Equal("es", page.QuerySelector(".trans-title")!.GetAttribute("lang"));
        Assert.StartsWith("Índice ecográfico sinovial normalizado", Text(page.QuerySelector(".trans-title")), StringComparison.Ordinal);
        Assert.Equal("en", page.QuerySelector("#abstract")!.GetAttribute("lang"));
        var fullText = page.QuerySelector("#full-text")!;
        Assert.Equal("es", fullText.GetAttribute("lang"));
        Assert.Equal("The full text is available in Spanish only.", Text(fullText.QuerySelector(".notice")));
        Assert.NotNull(fullText.QuerySelector("table"));
        Assert.NotNull(fullText.QuerySelector("math"));
        var tables = page.QuerySelectorAll("nav.article-toc a").Single(a => Text(a) == "Tables (1)");
        Assert.NotNull(page.GetElementById(tables.GetAttribute("href")![1..]));
    }

    [Fact]
    public async Task The_spanish_page_shows_the_original_without_a_language_notice()
    {
        await using var site = await RunningSite.StartAsync([RunningSite.Sample("research-article.xml")]);

        var page = await OpenArticleAsync(site, "Índice ecográfico", "/es");

        Assert.StartsWith("Índice ecográfico sinovial normalizado", Text(page.QuerySelector("h1")), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".notice"));
        Assert.Equal("Tablas (1)", Text(page.QuerySelectorAll("nav.article-toc a").Single(a => Text(a).StartsWith("Tablas", StringComparison.Ordinal))));
    }
}
