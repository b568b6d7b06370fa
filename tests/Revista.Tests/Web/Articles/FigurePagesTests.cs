using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Revista.Tests.Infrastructure;
using static Revista.Tests.Web.Articles.ArticlePageTests;

namespace Revista.Tests.Web.Articles;

/// <summary>The figures view and each figure's own page, reached from the article page of the demo case report.</summary>
public sealed class FigurePagesTests(DemoSiteFixture demo) : IClassFixture<DemoSiteFixture>
{
    private RunningSite Site => demo.Site;

    [Fact]
    public async Task The_navigation_links_the_figures_view_which_lists_every_figure_in_order()
    {
        var article = await OpenArticleAsync(Site, "Crowned Dens Syndrome");
        var link = article.QuerySelectorAll("nav.article-toc a").Single(a => Text(a) == "All figures and tables").GetAttribute("href")!;

        var (status, page) = await Site.GetPageAsync(link);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Figures and tables", Text(page.QuerySelector("h1")));
        Assert.StartsWith("Figures and tables · Crowned Dens Syndrome", page.Title, StringComparison.Ordinal);
        Assert.Equal("page", page.QuerySelectorAll("nav.article-toc a").Single(a => Text(a) == "All figures and tables").GetAttribute("aria-current"));
        var figures = page.QuerySelectorAll(".figure-list figure.fig");
        Assert.Equal(["fig1", "fig2"], figures.Select(f => f.Id));
        Assert.Equal(["Fig. 1.", "Fig. 2."], figures.Select(f => Text(f.QuerySelector(".label"))));
        Assert.StartsWith("Lateral radiograph of the cervical spine", Text(figures[0].QuerySelector("figcaption p:not(.caption-title)")), StringComparison.Ordinal);
        var image = figures[1].QuerySelector("img")!;
        Assert.Equal(("800", "400"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.StartsWith("Two schematic CT images", image.GetAttribute("alt"), StringComparison.Ordinal);
        Assert.Equal("Download (0.05 MB)", Text(figures[0].QuerySelector(".download")));
        Assert.EndsWith("/fig1.png", figures[0].QuerySelector(".download a[download]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#tables-heading"));
        Assert.Equal(
            ["Journals", "Revista Clínica de Reumatología y Autoinmunidad", "Crowned Dens Syndrome Presenting as Acute Febrile Neck Pain in an Older Woman", "Figures and tables"],
            page.QuerySelectorAll(".breadcrumbs li").Select(Text));
    }

    [Fact]
    public async Task Each_figure_of_the_full_text_links_to_its_own_page_with_previous_next_and_back_links()
    {
        var article = await OpenArticleAsync(Site, "Crowned Dens Syndrome");
        var viewLinks = article.QuerySelectorAll("#full-text figure.fig figcaption .figure-view a[data-figure]").ToList();
        Assert.Equal(["fig1", "fig2"], viewLinks.Select(a => a.GetAttribute("data-figure")));

        var (status, second) = await Site.GetPageAsync(viewLinks[1].GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Path(article) + "/figures/fig2", viewLinks[1].GetAttribute("href"));
        Assert.Equal("Fig. 2.", Text(second.QuerySelector("h1")));
        var figure = Assert.Single(second.QuerySelectorAll("figure.fig"));
        Assert.Equal("fig2", figure.Id);
        Assert.NotNull(figure.QuerySelector("img[alt][width][height]"));
        Assert.NotNull(figure.QuerySelector(".download a[download]"));
        var pager = second.QuerySelector("nav.figure-pager")!;
        Assert.Null(pager.QuerySelector("a[rel=next]"));
        Assert.Equal(Path(article) + "#fig2", pager.QuerySelectorAll("a").Single(a => Text(a) == "Back to the text").GetAttribute("href"));
        var (_, first) = await Site.GetPageAsync(pager.QuerySelector("a[rel=prev]")!.GetAttribute("href")!);
        Assert.Equal("Fig. 1.", Text(first.QuerySelector("h1")));
        Assert.Null(first.QuerySelector("nav.figure-pager a[rel=prev]"));
        Assert.Equal(viewLinks[1].GetAttribute("href"), first.QuerySelector("nav.figure-pager a[rel=next]")!.GetAttribute("href"));
        Assert.NotNull(article.GetElementById("fig2"));
    }

    [Fact]
    public async Task The_spanish_figures_view_has_a_spanish_interface_and_labels_the_original_captions()
    {
        var article = await OpenArticleAsync(Site, "Síndrome de la odontoides", "/es");
        var link = article.QuerySelectorAll("nav.article-toc a").Single(a => Text(a) == "Todas las figuras y tablas").GetAttribute("href")!;
        Assert.Equal(["Ver figura", "Ver figura"], article.QuerySelectorAll("#full-text .figure-view a").Select(Text));
        Assert.All(article.QuerySelectorAll("#full-text .figure-view a"), a => Assert.StartsWith("/es/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal("Cerrar", article.QuerySelector("#full-text .figure-view a")!.GetAttribute("data-close"));

        var (status, page) = await Site.GetPageAsync(link);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("/es/", link, StringComparison.Ordinal);
        Assert.Equal("Figuras y tablas", Text(page.QuerySelector("h1")));
        Assert.Equal("Figuras (2)", Text(page.QuerySelector("#figures-heading")));
        // The Spanish translation borrows the original's figures: their captions are English and say so.
        Assert.All(page.QuerySelectorAll(".figure-list > li"), li => Assert.Equal("en", li.GetAttribute("lang")));
        Assert.All(page.QuerySelectorAll(".figure-links"), p => Assert.Equal("es", p.GetAttribute("lang")));
        Assert.Equal("Ver figura Fig. 1.", Text(page.QuerySelector(".figure-links a")));
        var (_, figure) = await Site.GetPageAsync(page.QuerySelector(".figure-links a")!.GetAttribute("href")!);
        Assert.Equal("Volver al texto", Text(figure.QuerySelectorAll("nav.figure-pager a").Single(a => a.GetAttribute("rel") is null && Text(a).StartsWith("Volver", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task An_unknown_figure_or_article_is_a_404_page()
    {
        var article = await OpenArticleAsync(Site, "Crowned Dens Syndrome");

        Assert.Equal(HttpStatusCode.NotFound, (await Site.GetPageAsync(Path(article) + "/figures/fig9")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Site.GetPageAsync(Path(article) + "/figures/3")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Site.GetPageAsync("/rev-clin-reumatol-autoinmun/articles/99999/figures")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Site.GetPageAsync("/no-such-journal/articles/1/figures/fig1")).Status);
    }

    [Fact]
    public async Task The_figure_views_cost_a_fixed_number_of_queries_on_a_miss_and_none_on_a_hit()
    {
        await using var site = await RunningSite.StartAsync([RunningSite.Sample("case-report.zip")]);
        var article = await OpenArticleAsync(site, "Crowned Dens Syndrome");
        var costs = new List<(int Miss, int Hit)>();

        foreach (var view in new[] { "/figures", "/figures/fig1", "/statistics", "/side-by-side" })
        {
            site.ResetCommandCount();
            var (status, _) = await site.GetPageAsync(Path(article) + view);
            var miss = site.CommandCount;
            site.ResetCommandCount();
            await site.GetPageAsync(Path(article) + view);
            costs.Add((miss, site.CommandCount));
            Assert.Equal(HttpStatusCode.OK, status);
        }

        // The figures come out of the full-text fragment the article query already reads, so the cost does not grow
        // with their number; the side-by-side view adds one query for both fragments, the statistics view two (the
        // article's months and the journal's first counted month).
        Assert.All(costs, c => Assert.Equal(0, c.Hit));
        Assert.Equal(costs[0].Miss, costs[1].Miss);
        Assert.Equal(costs[0].Miss + 2, costs[2].Miss);
        Assert.Equal(costs[0].Miss + 1, costs[3].Miss);
    }

    [Fact]
    public async Task A_corpus_article_lists_all_its_figures_and_tables_even_without_their_image_files()
    {
        var corpus = SharedCorpus.Require();
        await using var site = await RunningSite.StartAsync([System.IO.Path.Combine(corpus, "plos-allofplos", "journal.pone.0002554.xml")]);
        var article = await OpenArticleAsync(site, "A Comparison of Wood Density");

        var (status, page) = await site.GetPageAsync(Path(article) + "/figures");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5, page.QuerySelectorAll("#figures-heading + .figure-list figure.fig").Length);
        Assert.Equal(1, page.QuerySelectorAll("#tables-heading + .figure-list figure.table-wrap").Length);
        Assert.Equal(["Figure 1", "Figure 2", "Figure 3", "Figure 4", "Figure 5"], page.QuerySelectorAll("figure.fig .label").Select(Text));
        Assert.Equal(5, article.QuerySelectorAll("#full-text .figure-view a").Length);
    }

    internal static string Path(IHtmlDocument article) => new Uri(article.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).AbsolutePath;
}

/// <summary>Figures of a journal that asks the health-professional question.</summary>
public sealed class GatedFigurePagesTests
{
    [Fact]
    public async Task A_gated_journal_asks_the_question_instead_of_showing_figures_until_it_is_answered()
    {
        await using var site = await RunningSite.StartAsync(
            [RunningSite.Sample("case-report.zip")],
            db => db.Journals.ExecuteUpdateAsync(j => j.SetProperty(x => x.HealthProfessionalGate, true), TestContext.Current.CancellationToken));
        var article = await OpenArticleAsync(site, "Crowned Dens Syndrome");
        var path = FigurePagesTests.Path(article);

        var (status, figures) = await site.GetPageAsync(path + "/figures");
        var (_, figure) = await site.GetPageAsync(path + "/figures/fig1");
        var (_, sideBySide) = await site.GetPageAsync(path + "/side-by-side");

        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var page in new[] { figures, figure, sideBySide })
        {
            Assert.NotNull(page.QuerySelector(".health-gate form"));
            Assert.Empty(page.QuerySelectorAll("figure, img, .parallel"));
        }
        var cookies = new System.Net.CookieContainer();
        cookies.Add(site.Address, new System.Net.Cookie("revista-health-professional", "yes"));
        using var confirmed = site.Client(cookies);
        var (_, unlocked) = await site.GetPageAsync(path + "/figures", confirmed);
        Assert.Null(unlocked.QuerySelector(".health-gate"));
        Assert.Equal(2, unlocked.QuerySelectorAll("figure.fig").Length);
    }
}
