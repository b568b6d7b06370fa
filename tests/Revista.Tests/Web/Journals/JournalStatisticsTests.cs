using System.Net;
using Microsoft.EntityFrameworkCore;
using Revista.Issues;
using Revista.Tests.Ingest;
using static Revista.Tests.Web.Articles.ArticlePageTests;
using static Revista.Tests.Web.Articles.ArticleUsageTests;

namespace Revista.Tests.Web.Journals;

/// <summary>
/// The editors' statistics of a journal and of an issue, over seeded monthly rows: totals by month and format, the
/// most used articles in COUNTER order, the period chosen in the address and refused clearly when it is wrong.
/// </summary>
public sealed class JournalStatisticsTests(JournalStatisticsTests.SeededJournal journal) : IClassFixture<JournalStatisticsTests.SeededJournal>
{
    private RunningSite Site => journal.Site;

    [Fact]
    public async Task The_journal_home_links_its_statistics_which_total_the_last_twelve_months_by_month_and_format()
    {
        var (_, home) = await Site.GetPageAsync(await JournalPathAsync());
        var link = home.QuerySelectorAll(".journal-links a").Single(a => Text(a) == "Statistics").GetAttribute("href")!;

        var (status, page) = await Site.GetPageAsync(link);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var rows = page.QuerySelectorAll("table.usage-table tbody tr");
        Assert.Equal(12, rows.Length);
        Assert.Equal("2026-01", rows[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("2026-12", rows[^1].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 40, 300, 10, 0], rows.Select(r => Cell(r, 0)));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 10, 75, 0, 0], rows.Select(r => Cell(r, 1)));
        var total = page.QuerySelector("table.usage-table tfoot tr")!;
        Assert.Equal((350, 85, 440), (Cell(total, 0), Cell(total, 1), Cell(total, 2)));
        AssertProportional(page.QuerySelectorAll("svg rect.bar-html"), [0, 0, 0, 0, 0, 0, 0, 0, 40, 300, 10, 0]);
        var formats = page.QuerySelectorAll("table.usage-formats tr").ToDictionary(r => Text(r.QuerySelector("th")), r => Text(r.QuerySelector("td")));
        Assert.Equal("350", formats["HTML"]);
        Assert.Equal("85", formats["PDF"]);
        Assert.Equal("5", formats["Other (supplementary files)"]);
        Assert.Equal("440", formats["Total"]);
    }

    [Fact]
    public async Task The_top_articles_are_ranked_by_unique_requests_then_unique_investigations()
    {
        var (_, page) = await Site.GetPageAsync(await JournalPathAsync() + "/statistics");

        var rows = page.QuerySelectorAll("table.top-articles tbody tr");
        Assert.Equal([ResearchArticle, Editorial, CaseReport], rows.Select(Title));
        Assert.Equal([125, 90, 90], rows.Select(r => Cell(r, 1)));
        Assert.Equal([250, 500, 180], rows.Select(r => Cell(r, 2)));
        Assert.Equal(["1", "2", "3"], rows.Select(r => Text(r.QuerySelector("td"))));
        Assert.EndsWith("/statistics", rows[0].QuerySelector("th a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chosen_period_counts_only_its_months()
    {
        var (status, page) = await Site.GetPageAsync(await JournalPathAsync() + "/statistics?from=2025-12&to=2026-01");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([1000, 0], page.QuerySelectorAll("table.usage-table tbody tr").Select(r => Cell(r, 0)));
        Assert.Equal([ResearchArticle], page.QuerySelectorAll("table.top-articles tbody tr").Select(Title));
        Assert.Equal("2025-12", page.QuerySelector("input[name=from]")!.GetAttribute("value"));
        Assert.Equal("2026-01", page.QuerySelector("input[name=to]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_issue_statistics_count_only_the_issues_articles_and_cost_three_queries()
    {
        var (_, home) = await Site.GetPageAsync(await JournalPathAsync());
        var (_, issue) = await Site.GetPageAsync(home.QuerySelector("#current-issue + p a")!.GetAttribute("href")!);
        var link = issue.QuerySelectorAll(".meta a").Single(a => Text(a) == "Issue statistics").GetAttribute("href")!;

        Site.ResetCommandCount();
        var (status, page) = await Site.GetPageAsync(link);
        var queries = Site.CommandCount;

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.InRange(queries, 1, 3);
        Assert.Equal([Editorial, CaseReport], page.QuerySelectorAll("table.top-articles tbody tr").Select(Title));
        var total = page.QuerySelector("table.usage-table tfoot tr")!;
        Assert.Equal((150, 35, 190), (Cell(total, 0), Cell(total, 1), Cell(total, 2)));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("?from=2026-13", "“2026-13” in the from parameter is not a month: write it as yyyy-mm, for example 2026-03.")]
    [InlineData("?to=last", "“last” in the to parameter is not a month: write it as yyyy-mm, for example 2026-03.")]
    [InlineData("?from=2026-5", "“2026-5” in the from parameter is not a month: write it as yyyy-mm, for example 2026-03.")]
    [InlineData("?from=2026-06&to=2026-02", "The period starts (2026-06) after it ends (2026-02): give the earlier month in from and the later one in to.")]
    [InlineData("?to=2027-01", "The period ends in 2027-01, after the current month (2026-12): choose 2026-12 or an earlier month.")]
    [InlineData("?from=2010-01&to=2026-12", "The period is longer than 120 months: choose a shorter one.")]
    public async Task A_bad_period_is_refused_with_a_400_that_says_how_to_write_it(string query, string message)
    {
        var (status, page) = await Site.GetPageAsync(await JournalPathAsync() + "/statistics" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(message, Text(page.QuerySelector("#period-error")));
        Assert.Null(page.QuerySelector("table"));
        Assert.NotNull(page.QuerySelector("form.period input[name=from]"));
    }

    [Fact]
    public async Task A_bad_period_is_refused_in_spanish_on_the_issue_page_too()
    {
        var (_, home) = await Site.GetPageAsync(await JournalPathAsync());
        var (_, issue) = await Site.GetPageAsync(home.QuerySelector("#current-issue + p a")!.GetAttribute("href")!);
        var link = issue.QuerySelectorAll(".meta a").Single(a => Text(a) == "Issue statistics").GetAttribute("href")!;

        var (status, page) = await Site.GetPageAsync("/es" + link + "?from=mayo");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("«mayo» en el parámetro from no es un mes: escríbalo como aaaa-mm, por ejemplo 2026-03.", Text(page.QuerySelector("#period-error")));
    }

    [Fact]
    public async Task The_spanish_journal_statistics_are_in_spanish()
    {
        var (status, page) = await Site.GetPageAsync("/es" + await JournalPathAsync() + "/statistics");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Estadísticas de uso de", Text(page.QuerySelector("h1")), StringComparison.Ordinal);
        Assert.Equal(["Por mes", "Por formato", "Artículos más usados"], page.QuerySelectorAll("main h2").Select(Text));
        Assert.Equal("enero de 2026", Text(page.QuerySelector("table.usage-table tbody th")));
    }

    [Fact]
    public async Task An_article_title_with_markup_is_shown_as_text_in_the_top_list()
    {
        var folder = Directory.CreateTempSubdirectory("revista-stats-").FullName;
        try
        {
            var file = JatsFixtures.WriteFile(folder, "a/article.xml", JatsFixtures.Article(title: "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"));
            await using var site = await RunningSite.StartAsync([file], async db =>
            {
                var id = (await db.Articles.SingleAsync()).Id;
                await UsageRows.AddMonthAsync(db, id, "2026-12", html: 1, pdf: 1);
            }, UsageRows.FixClock);
            var (_, home) = await site.GetPageAsync("/");
            var journalPath = home.QuerySelector("ol.journals a")!.GetAttribute("href")!;

            using var client = site.Client();
            var html = await client.GetStringAsync(journalPath + "/statistics", TestContext.Current.CancellationToken);
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

            Assert.Equal("<script>alert(1)</script> & <b>bold</b>", Text(page.QuerySelector("table.top-articles tbody th a")));
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private const string ResearchArticle = "Índice ecográfico sinovial";
    private const string Editorial = "Two Languages, One Record";
    private const string CaseReport = "Crowned Dens Syndrome";

    private static string Title(AngleSharp.Dom.IElement row)
    {
        var title = Text(row.QuerySelector("th a"));
        return new[] { ResearchArticle, Editorial, CaseReport }.FirstOrDefault(t => title.StartsWith(t, StringComparison.Ordinal)) ?? title;
    }

    private async Task<string> JournalPathAsync()
    {
        var (_, home) = await Site.GetPageAsync("/");
        return home.QuerySelector("ol.journals a")!.GetAttribute("href")!;
    }

    /// <summary>The three samples with usage in 2025 and 2026; the site's clock stands in December 2026.</summary>
    public sealed class SeededJournal : IAsyncLifetime
    {
        public RunningSite Site { get; private set; } = null!;

        public async ValueTask InitializeAsync() =>
            Site = await RunningSite.StartAsync(
                [RunningSite.Sample("case-report.zip"), RunningSite.Sample("research-article.xml"), RunningSite.Sample("editorial.xml")],
                async db =>
                {
                    var caseReport = await UsageRows.ArticleIdAsync(db, CaseReport);
                    var research = await UsageRows.ArticleIdAsync(db, ResearchArticle);
                    var editorial = await UsageRows.ArticleIdAsync(db, Editorial);
                    // The samples share one issue; the research article moves to an older one so an issue's page has
                    // another issue's usage to leave out.
                    var journalId = (await db.Articles.SingleAsync(a => a.Id == research)).JournalId;
                    var older = new Issue { JournalId = journalId, Volume = "11", Number = "4", Year = 2025, Key = Issue.KeyOf("11", "4", 2025), PublishedOn = new DateOnly(2025, 10, 1) };
                    db.Issues.Add(older);
                    await db.SaveChangesAsync();
                    await db.Articles.Where(a => a.Id == research).ExecuteUpdateAsync(u => u.SetProperty(a => a.IssueId, older.Id));
                    await UsageRows.AddMonthAsync(db, caseReport, "2026-09", html: 40, pdf: 10, uniqueRequests: 25, uniqueInvestigations: 50);
                    await UsageRows.AddMonthAsync(db, caseReport, "2026-10", html: 100, pdf: 25, other: 5, uniqueRequests: 65, uniqueInvestigations: 130);
                    await UsageRows.AddMonthAsync(db, research, "2026-10", html: 200, pdf: 50, uniqueRequests: 125, uniqueInvestigations: 250);
                    await UsageRows.AddMonthAsync(db, research, "2025-12", html: 1000, pdf: 0);
                    await UsageRows.AddMonthAsync(db, editorial, "2026-11", html: 10, pdf: 0, uniqueRequests: 90, uniqueInvestigations: 500);
                },
                UsageRows.FixClock);

        public async ValueTask DisposeAsync() => await Site.DisposeAsync();
    }
}
