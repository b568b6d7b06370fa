using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;
using Revista.Journals;
using Revista.Statistics.Counter;

namespace Revista.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Revista.Bench -- sushi-time DIR [ARTICLES] [JOURNALS]`: COUNTER reports of
/// 2025 over ARTICLES (default 100,000) minimal articles in JOURNALS journals (default 1, the hardest case for "a
/// year's TR for a journal") with a UsageMonth row for every article and month, about 8 Total_Item_Investigations
/// each (≈ 10 M events at 100 k articles). Times TR for the first journal, TR_J3, PR and IR for the first journal
/// through the same builder the SUSHI API uses (median of 5 runs after one warm-up). SQLite in DIR only.
/// </summary>
internal static class SushiTiming
{
    public static async Task RunAsync(string data, int articles, int journals)
    {
        var options = new RevistaDataOptions { DataDirectory = data };
        await RevistaDatabase.MigrateAsync(options);
        await SeedAsync(options, articles, journals);
        var slug = "bench-1";
        foreach (var (report, query) in new[]
        {
            ("tr", "&journal"),
            ("tr_j3", "&journal"),
            ("tr", ""),
            ("pr", ""),
            ("ir", "&journal"),
        })
        {
            var times = new List<double>();
            var rows = 0;
            for (var run = 0; run < 6; run++)
            {
                var clock = Stopwatch.StartNew();
                rows = await BuildAsync(options, report, query.Length > 0 ? slug : null);
                if (run > 0)
                    times.Add(clock.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{report.ToUpperInvariant(),-6} {(query.Length > 0 ? "one journal" : "platform"),-12} 2025-01..2025-12: median {times[times.Count / 2],8:F0} ms, max {times[^1],8:F0} ms, {rows} rows"));
        }
    }

    private static async Task<int> BuildAsync(RevistaDataOptions options, string reportId, string? journal)
    {
        await using var db = RevistaDatabase.Create(options);
        List<KeyValuePair<string, string>> query = [new("customer_id", "anonymous"), new("begin_date", "2025-01"), new("end_date", "2025-12")];
        var (request, _) = CounterRequestParser.Parse(CounterReportDefinition.Find(reportId)!, query, new DateOnly(2026, 6, 1), "Bench");
        var report = await new CounterReportBuilder(db, "Bench", TimeProvider.System).BuildAsync(request! with { JournalSlug = journal }, CancellationToken.None);
        return report.Rows.Count;
    }

    private static async Task SeedAsync(RevistaDataOptions options, int articles, int journals)
    {
        await using (var check = RevistaDatabase.Create(options))
        {
            if (await check.UsageMonths.AnyAsync())
                return;
        }
        var clock = Stopwatch.StartNew();
        var journalIds = new List<int>();
        await using (var db = RevistaDatabase.Create(options))
        {
            for (var j = 1; j <= journals; j++)
            {
                var journal = new Journal { Slug = "bench-" + j, Title = "Bench Journal " + j, Publisher = "Bench Press", CreatedAt = DateTimeOffset.UnixEpoch };
                db.Journals.Add(journal);
                await db.SaveChangesAsync();
                journalIds.Add(journal.Id);
            }
        }
        const int Batch = 5_000;
        for (var first = 0; first < articles; first += Batch)
        {
            await using var db = RevistaDatabase.Create(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var n = first; n < Math.Min(articles, first + Batch); n++)
            {
                db.Articles.Add(new Article
                {
                    JournalId = journalIds[n % journals],
                    Title = "Bench article " + n,
                    Doi = $"10.5555/bench.{n}",
                    DoiKey = $"10.5555/bench.{n}",
                    AccessStatus = n % 4 == 0 ? Article.FreeAccess : Article.OpenAccess,
                    PublishedOn = new DateOnly(2015 + n % 11, 1 + n % 12, 1),
                    CreatedAt = DateTimeOffset.UnixEpoch,
                    UpdatedAt = DateTimeOffset.UnixEpoch,
                });
            }
            await db.SaveChangesAsync();
        }
        await using (var db = RevistaDatabase.Create(options))
        {
            for (var month = 1; month <= 12; month++)
            {
                var monthText = new DateOnly(2025, month, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                // One statement a month: 100 k rows through EF Core would take minutes. SQLite only.
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "UsageMonths" ("Month", "ArticleId", "JournalId", "Counts_HtmlRequests", "Counts_PdfRequests",
                        "Counts_TotalItemInvestigations", "Counts_TotalItemRequests", "Counts_UniqueItemInvestigations", "Counts_UniqueItemRequests")
                    SELECT {monthText}, "Id", "JournalId", "Id" % 3, "Id" % 2, 4 + ("Id" * 7 + {month}) % 9, "Id" % 3 + "Id" % 2,
                        3 + ("Id" * 7 + {month}) % 6, ("Id" % 3 + "Id" % 2 + 1) / 2
                    FROM "Articles"
                    """);
                // What processing a day of the month does after its article months: the journal rollup title reports read.
                await Revista.Statistics.UsageTitleMonth.RebuildAsync(db, new DateOnly(2025, month, 1), journalIds, CancellationToken.None);
            }
            var events = await db.UsageMonths.SumAsync(m => (long)m.Counts.TotalItemInvestigations);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seeded {articles:N0} articles in {journals} journal(s), {articles * 12L:N0} monthly rows, {events:N0} Total_Item_Investigations in {clock.Elapsed.TotalSeconds:F0} s"));
        }
    }
}
