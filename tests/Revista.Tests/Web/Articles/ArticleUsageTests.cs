using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using static Revista.Tests.Web.Articles.ArticlePageTests;

namespace Revista.Tests.Web.Articles;

/// <summary>
/// The article's usage on the site, from processed rows seeded as the COUNTER job would leave them: the visits number in
/// the header and the Statistics view's monthly chart and table.
/// </summary>
public sealed class ArticleUsageTests
{
    private const string CaseReport = "Crowned Dens Syndrome";
    private const string EditorialTitle = "Two Languages, One Record";
    private const string ResearchArticleTitle = "Índice ecográfico sinovial";

    [Fact]
    public async Task The_header_shows_the_visits_counter_in_english_and_spanish_with_an_explanation()
    {
        await using var site = await StartAsync(visits: 6505);
        var english = await OpenArticleAsync(site, CaseReport);
        var spanish = await OpenArticleAsync(site, "Síndrome de la odontoides", "/es");

        var visits = english.QuerySelector(".article-header .access .visits")!;
        var visitas = spanish.QuerySelector(".article-header .access .visits")!;

        Assert.Equal("Visits", Text(visits.QuerySelector(".visits-label")));
        Assert.Equal(6505.ToString("N0", CultureInfo.GetCultureInfo("en")), Text(visits.QuerySelector(".visits-number")));
        Assert.Equal("6,505", Text(visits.QuerySelector(".visits-number")));
        Assert.Contains("Unique_Item_Investigations", visits.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains("Unique_Item_Investigations", Text(visits.QuerySelector(".visually-hidden")), StringComparison.Ordinal);
        Assert.Equal(FigurePagesTests.Path(english) + "/statistics", visits.GetAttribute("href"));
        Assert.Equal("Visitas", Text(visitas.QuerySelector(".visits-label")));
        Assert.Equal(6505.ToString("N0", CultureInfo.GetCultureInfo("es")), Text(visitas.QuerySelector(".visits-number")));
        Assert.StartsWith("Las visitas son", visitas.GetAttribute("title"), StringComparison.Ordinal);
        Assert.StartsWith("/es/", visitas.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_never_counted_shows_no_visits_and_a_counted_zero_shows_zero()
    {
        await using var uncounted = await StartAsync(visits: null);
        await using var zero = await StartAsync(visits: 0);

        var none = await OpenArticleAsync(uncounted, CaseReport);
        var counted = await OpenArticleAsync(zero, CaseReport);

        Assert.Null(none.QuerySelector(".visits"));
        Assert.DoesNotContain("Visits", Text(none.QuerySelector(".article-header")), StringComparison.Ordinal);
        Assert.Equal("0", Text(counted.QuerySelector(".visits .visits-number")));
    }

    [Fact]
    public async Task The_visits_counter_adds_no_query_to_a_cache_miss_and_a_hit_costs_none()
    {
        await using var counted = await StartAsync(visits: 42);
        await using var uncounted = await StartAsync(visits: null);

        var (miss, hit, first, second) = await MissAndHitAsync(counted);
        var (missWithoutCounter, _, _, _) = await MissAndHitAsync(uncounted);

        Assert.Equal("42", Text(first.QuerySelector(".visits .visits-number")));
        Assert.Equal(missWithoutCounter, miss);
        Assert.InRange(miss, 1, 3);
        Assert.Equal(0, hit);
        Assert.Equal(first.DocumentElement.OuterHtml, second.DocumentElement.OuterHtml);
    }

    private static async Task<(int Miss, int Hit, IHtmlDocument First, IHtmlDocument Second)> MissAndHitAsync(RunningSite site)
    {
        var page = await OpenArticleAsync(site, CaseReport);
        var spanish = "/es" + FigurePagesTests.Path(page);
        site.ResetCommandCount();
        var (_, first) = await site.GetPageAsync(spanish);
        var miss = site.CommandCount;
        site.ResetCommandCount();
        var (_, second) = await site.GetPageAsync(spanish);
        return (miss, site.CommandCount, first, second);
    }

    [Fact]
    public async Task The_statistics_view_tables_and_draws_every_month_from_publication_with_empty_months_as_zero()
    {
        await using var site = await StartAsync(visits: 300, months: true);
        var article = await OpenArticleAsync(site, CaseReport);

        var (status, page) = await site.GetPageAsync(FigurePagesTests.Path(article) + "/statistics");

        Assert.Equal(HttpStatusCode.OK, status);
        var usage = page.QuerySelector("#usage")!;
        Assert.Null(usage.QuerySelector(".notice"));
        // Published 14 August 2026; the journal was counted from July, so the article's months start in August and run
        // to the (fixed) current month, December; September to December were seeded except November.
        var rows = usage.QuerySelectorAll("table.usage-table tbody tr");
        Assert.Equal(["2026-08", "2026-09", "2026-10", "2026-11", "2026-12"], rows.Select(r => r.QuerySelector("th[scope=row] time")!.GetAttribute("datetime")));
        Assert.Equal(["August 2026", "September 2026", "October 2026", "November 2026", "December 2026"], rows.Select(r => Text(r.QuerySelector("th"))));
        Assert.Equal([0, 40, 100, 0, 20], rows.Select(r => Cell(r, 0)));
        Assert.Equal([0, 10, 25, 0, 5], rows.Select(r => Cell(r, 1)));
        var total = usage.QuerySelector("table.usage-table tfoot tr")!;
        Assert.Equal((160, 40, 200), (Cell(total, 0), Cell(total, 1), Cell(total, 2)));
        Assert.Equal(["Month", "HTML views", "PDF downloads", "Total_Item_Requests", "Unique_Item_Requests", "Total_Item_Investigations", "Unique_Item_Investigations"],
            usage.QuerySelectorAll("table.usage-table thead th[scope=col]").Select(Text));
        Assert.False(string.IsNullOrWhiteSpace(Text(usage.QuerySelector("table.usage-table caption"))));

        var svg = usage.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var labels = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("HTML views and PDF downloads of this article by month", Text(page.GetElementById(labels[0])));
        Assert.Contains("160 HTML views and 40 PDF downloads", Text(page.GetElementById(labels[1])), StringComparison.Ordinal);
        AssertProportional(svg.QuerySelectorAll("rect.bar-html"), [0, 40, 100, 0, 20]);
        AssertProportional(svg.QuerySelectorAll("rect.bar-pdf"), [0, 10, 25, 0, 5]);
        Assert.Equal(["HTML views", "PDF downloads"], usage.QuerySelectorAll(".chart-legend li").Select(Text));
        Assert.NotNull(usage.QuerySelector("details.usage-metrics"));
    }

    [Fact]
    public async Task The_spanish_statistics_view_names_months_and_metrics_in_spanish()
    {
        await using var site = await StartAsync(visits: 300, months: true);
        var article = await OpenArticleAsync(site, CaseReport);

        var (_, page) = await site.GetPageAsync("/es" + FigurePagesTests.Path(article) + "/statistics");

        var rows = page.QuerySelectorAll("table.usage-table tbody tr");
        Assert.Equal("octubre de 2026", Text(rows[2].QuerySelector("th")));
        Assert.Equal(100, Cell(rows[2], 0));
        Assert.Equal(["Mes", "Visitas HTML", "Descargas PDF"], page.QuerySelectorAll("table.usage-table thead th").Take(3).Select(Text));
        Assert.Equal(["Visitas HTML", "Descargas PDF"], page.QuerySelectorAll(".chart-legend li").Select(Text));
        Assert.Equal("Qué significan estas cifras", Text(page.QuerySelector("details.usage-metrics summary")));
    }

    [Fact]
    public async Task A_counted_journal_whose_article_has_no_usage_shows_zero_months_not_the_not_counted_notice()
    {
        await using var site = await RunningSite.StartAsync(
            [RunningSite.Sample("case-report.zip"), RunningSite.Sample("editorial.xml")],
            async db => await UsageRows.AddMonthAsync(db, await UsageRows.ArticleIdAsync(db, EditorialTitle), "2026-11", html: 3, pdf: 1),
            UsageRows.FixClock);
        var article = await OpenArticleAsync(site, CaseReport);

        var (_, page) = await site.GetPageAsync(FigurePagesTests.Path(article) + "/statistics");

        Assert.Null(page.QuerySelector("#usage .notice"));
        Assert.Equal([0, 0], page.QuerySelectorAll("table.usage-table tbody tr").Select(r => Cell(r, 0)));
        Assert.All(page.QuerySelectorAll("svg rect.bar"), bar => Assert.Equal("0", bar.GetAttribute("height")));
    }

    private static Task<RunningSite> StartAsync(long? visits, bool months = false) =>
        RunningSite.StartAsync(
            [RunningSite.Sample("case-report.zip"), RunningSite.Sample("research-article.xml")],
            async db =>
            {
                var id = await UsageRows.ArticleIdAsync(db, CaseReport);
                if (visits is { } count)
                    await UsageRows.AddCounterAsync(db, id, count);
                if (!months)
                    return;
                await UsageRows.AddMonthAsync(db, id, "2026-09", html: 40, pdf: 10);
                await UsageRows.AddMonthAsync(db, id, "2026-10", html: 100, pdf: 25);
                await UsageRows.AddMonthAsync(db, id, "2026-12", html: 20, pdf: 5);
                // Another article of the journal, counted from July: counting had begun before the case report appeared.
                await UsageRows.AddMonthAsync(db, await UsageRows.ArticleIdAsync(db, ResearchArticleTitle), "2026-07", html: 7, pdf: 1);
            },
            UsageRows.FixClock);

    /// <summary>The number in a row's data cell (0 = HTML views), read back in the page's culture.</summary>
    internal static int Cell(IElement row, int column) =>
        int.Parse(Text(row.QuerySelectorAll("td")[column]), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en"));

    /// <summary>Bars stand on one baseline and their heights are the numbers times one scale.</summary>
    internal static void AssertProportional(IHtmlCollection<IElement> bars, int[] values)
    {
        Assert.Equal(values.Length, bars.Length);
        var heights = bars.Select(b => double.Parse(b.GetAttribute("height")!, CultureInfo.InvariantCulture)).ToArray();
        var bottoms = bars.Select((b, i) => double.Parse(b.GetAttribute("y")!, CultureInfo.InvariantCulture) + heights[i]).ToArray();
        var scale = heights.Max() / values.Max();
        Assert.True(scale > 0);
        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(values[i] * scale, heights[i], 1);
            Assert.Equal(bottoms[0], bottoms[i], 1);
        }
    }
}
