using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Revista.Ingest;
using Revista.Statistics;
using Revista.Tests.Infrastructure;
using Revista.Tests.Ingest;
using Revista.Tests.Statistics;
using Revista.Web.Statistics;

namespace Revista.Tests.Web.Statistics;

/// <summary>
/// Usage from end to end on a running site: scripted readers, a robot, double-clicks and a PDF download are captured,
/// the processing job turns them into COUNTER totals, and the SUSHI reports and the article page give exactly the
/// numbers the COUNTER R5.1 rules (§7.2 double-clicks, §7.3 sessions, §7.8 robots) make of that traffic. The site runs
/// on a clock the test moves, so the traffic happens in October 2026 and the reports are asked for in November,
/// once October has ended (SUSHI refuses the current month).
/// </summary>
public abstract class UsageEndToEndTests : MigratedDatabaseTests
{
    private const string ReaderA = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    private const string ReaderB = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
    private const string Robot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    private const string ResearchDoi = "10.99999/rcra.2026.0398";

    [Fact]
    public async Task Scripted_traffic_gives_exact_counter_reports_and_visits()
    {
        var folder = Directory.CreateTempSubdirectory("revista-usage-e2e-").FullName;
        var package = JatsFixtures.WriteZip(
            folder,
            "case-report.zip",
            ("article.xml", JatsFixtures.Utf8(JatsFixtures.Article(doi: "10.5555/case.2026.1"))),
            ("article.pdf", System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")));
        var clock = new MovingClock(new DateTimeOffset(2026, 10, 15, 8, 59, 0, TimeSpan.Zero));
        await using var site = await RunningSite.StartOnAsync(
            Database.Options,
            [RunningSite.Sample("research-article.xml"), package],
            services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                // The test runs the job itself, between its moves of the clock.
                services.Configure<UsageOptions>(o => o.ProcessingInterval = TimeSpan.FromHours(6));
            });
        var (research, caseReport, pdf) = await ArticlesAsync();
        var researchPage = $"/{research.Slug}/articles/{research.Id}";
        var casePage = $"/{caseReport.Slug}/articles/{caseReport.Id}";

        var raw = 0;
        async Task VisitAsync(string userAgent, string time, string path, HttpMethod? method = null)
        {
            clock.Now = DateTimeOffset.Parse("2026-10-15T" + time + "Z", System.Globalization.CultureInfo.InvariantCulture);
            using var client = site.Client();
            client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
            using var response = await client.SendAsync(new HttpRequestMessage(method ?? HttpMethod.Get, path), Ct);
            if (method is not null)
                return;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            raw++;
        }

        // Reader A: the research article, a double-click 10 s later (the first of the two is removed), once more a
        // minute on; then the case report and its PDF. All in one hour: one session.
        await VisitAsync(ReaderA, "09:00:00", researchPage);
        await VisitAsync(ReaderA, "09:00:10", researchPage);
        await VisitAsync(ReaderA, "09:01:00", researchPage);
        await VisitAsync(ReaderA, "09:05:00", casePage);
        await VisitAsync(ReaderA, "09:05:30", pdf);
        // Reader B: the research article in two different hours, so two sessions.
        await VisitAsync(ReaderB, "10:30:00", researchPage);
        await VisitAsync(ReaderB, "11:10:00", researchPage);
        // A crawler from the COUNTER robots list, and a HEAD request: neither is usage.
        await VisitAsync(Robot, "09:00:05", researchPage);
        await VisitAsync(Robot, "09:00:06", pdf);
        await VisitAsync(ReaderB, "12:00:00", researchPage, HttpMethod.Head);

        var events = await CapturedUsage.WaitForEventsAsync(Database.Options, raw);
        Assert.Equal(raw, events.Count);
        clock.Now = new DateTimeOffset(2026, 10, 15, 12, 30, 0, TimeSpan.Zero);
        await site.Services.GetRequiredService<UsageProcessingJob>().RunOnceAsync(Ct);

        // The visits number (Unique_Item_Investigations to date) is on the article page as soon as the job has run.
        var (_, page) = await site.GetPageAsync(researchPage);
        Assert.Equal("3", page.QuerySelector(".visits .visits-number")!.TextContent);

        clock.Now = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
        var items = await ReportAsync(site, "ir", "&attributes_to_show=Access_Type");
        var byDoi = items["Report_Items"]!.AsArray()
            .SelectMany(i => i!["Items"] is JsonArray children ? children.Select(c => c!) : [i!])
            .ToDictionary(i => (string)i["Item_ID"]!["DOI"]!, i => Metrics(i));
        // Research article: A counts 2 (the double-click is one) in one session, B 2 in two sessions.
        Assert.Equal(Counts(4, 3, 4, 3), byDoi[ResearchDoi]);
        // Case report: A's page and PDF, one session.
        Assert.Equal(Counts(2, 1, 2, 1), byDoi[caseReport.Doi!]);

        var titles = await ReportAsync(site, "tr_j3", "");
        // The two articles are in two journals: the titles' totals add up to the items'.
        var totals = new Dictionary<string, int>();
        foreach (var journal in titles["Report_Items"]!.AsArray())
        {
            foreach (var (metric, count) in Metrics(journal!))
                totals[metric] = totals.GetValueOrDefault(metric) + count;
        }
        Assert.Equal(Counts(6, 4, 6, 4), totals);
        await SushiSchema.AssertValidAsync(("IR", SushiSchema.Schema("IR"), items), ("TR_J3", SushiSchema.Schema("TR_J3"), titles));

        // The chart's split by format: five HTML views (after the double-click) and one PDF download.
        await using var db = Database.CreateContext();
        var month = await db.UsageMonths.Where(m => m.Month == new DateOnly(2026, 10, 1)).ToListAsync(Ct);
        Assert.Equal(5, month.Sum(m => m.Counts.HtmlRequests));
        Assert.Equal(1, month.Sum(m => m.Counts.PdfRequests));
        Directory.Delete(folder, recursive: true);
    }

    private static Dictionary<string, int> Counts(int totalInvestigations, int uniqueInvestigations, int totalRequests, int uniqueRequests) => new()
    {
        ["Total_Item_Investigations"] = totalInvestigations,
        ["Unique_Item_Investigations"] = uniqueInvestigations,
        ["Total_Item_Requests"] = totalRequests,
        ["Unique_Item_Requests"] = uniqueRequests,
    };

    /// <summary>Each metric's October count, summed over the item's attribute rows.</summary>
    private static Dictionary<string, int> Metrics(JsonNode item)
    {
        var metrics = new Dictionary<string, int>();
        var rows = item["Attribute_Performance"] is JsonArray attributes ? attributes.Select(a => a!["Performance"]!) : [item["Performance"]!];
        foreach (var performance in rows)
        {
            foreach (var (metric, months) in performance.AsObject())
                metrics[metric] = metrics.GetValueOrDefault(metric) + (int)months!["2026-10"]!;
        }
        return metrics;
    }

    private static async Task<JsonNode> ReportAsync(RunningSite site, string report, string extra)
    {
        using var client = site.Client();
        using var response = await client.GetAsync($"/r51/reports/{report}?customer_id=anonymous&begin_date=2026-10&end_date=2026-10{extra}", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, report + ": " + text);
        return JsonNode.Parse(text)!;
    }

    private async Task<(Site Research, Site CaseReport, string Pdf)> ArticlesAsync()
    {
        await using var db = Database.CreateContext();
        var articles = await db.Articles.AsNoTracking().Select(a => new Site(a.Id, a.Journal!.Slug, a.Doi)).ToListAsync(Ct);
        var research = articles.Single(a => string.Equals(a.Doi, ResearchDoi, StringComparison.OrdinalIgnoreCase));
        var caseReport = articles.Single(a => a != research);
        var pdf = await db.ArticleAssets.AsNoTracking()
            .Where(a => a.ArticleId == caseReport.Id && a.StoredAsset!.MediaType == "application/pdf")
            .Select(a => new { a.Sha256, a.StoredAsset!.OriginalFileName })
            .SingleAsync(Ct);
        return (research, caseReport, Importer.AssetUrl(pdf.Sha256, pdf.OriginalFileName));
    }

    private sealed record Site(int Id, string Slug, string? Doi);

    private sealed class MovingClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

public sealed class UsageEndToEndSqliteTests : UsageEndToEndTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class UsageEndToEndPostgresTests(PostgresServer server) : UsageEndToEndTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}
