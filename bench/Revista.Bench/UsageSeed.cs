using System.Diagnostics;
using System.Globalization;
using Revista.Articles;
using Revista.Data;
using Revista.Journals;
using Revista.Statistics;

namespace Revista.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Revista.Bench -- usage-seed DIR EVENTS ARTICLES`: a year (2025) of synthetic
/// raw usage over ARTICLES minimal article rows: readers with browser agents and robots with crawler agents (about one
/// event in eight), abstract views, HTML and PDF full texts, some double-clicks, popularity skewed towards a few
/// articles. Events are stored through <see cref="UsageRecorder"/> (the path capture and log import use) in batches,
/// then every day is processed by <see cref="UsageProcessing"/>; both rates are printed, with the peak working set,
/// which must not grow with the number of events (a day is streamed). The target scale is 10 M events, 100 k articles.
/// </summary>
internal static class UsageSeed
{
    private const int Batch = 5_000;

    private static readonly string[] Browsers =
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
    ];

    private static readonly string[] Robots =
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "python-requests/2.32.3",
        "Wget/1.21.4",
        "Mozilla/5.0 (compatible; SemanticScholarBot/1.0; +https://www.semanticscholar.org/crawler)",
    ];

    public static async Task RunAsync(string data, int events, int articles)
    {
        var options = new RevistaDataOptions { DataDirectory = data };
        await RevistaDatabase.MigrateAsync(options);
        var ids = await SeedArticlesAsync(options, articles);
        var random = new Random(20250101);
        var recorder = new UsageRecorder();
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var perDay = Math.Max(1, events / 365);
        var clock = Stopwatch.StartNew();
        var stored = 0;
        var hits = new List<UsageHit>(Batch + 8);
        for (var day = 0; day < 365 && stored < events; day++)
        {
            var today = 0;
            while (today < perDay && stored + today < events)
                today += Visit(random, ids, start.AddDays(day).AddSeconds(random.Next(86_400 - 600)), hits);
            stored += today;
            if (hits.Count >= Batch || day == 364 || stored >= events)
            {
                await using var db = RevistaDatabase.Create(options);
                await recorder.SaveAsync(db, hits, CancellationToken.None);
                hits.Clear();
            }
        }
        var generation = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stored {stored:N0} events over 365 days for {articles:N0} articles in {generation:F1} s: {stored / generation:N0} events/s through UsageRecorder"));

        clock.Restart();
        using var processing = new UsageProcessing(() => RevistaDatabase.Create(options), recorder, new UsageOptions { RawEventDays = 100_000 }, new FixedNow(start.AddYears(1)));
        var results = await processing.ProcessPendingAsync(CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        var read = results.Sum(r => (long)r.Events);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"processed {results.Count} days, {read:N0} events ({results.Sum(r => r.RobotEvents):N0} robots, {results.Sum(r => r.DoubleClicks):N0} double-clicks, {results.Count(r => r.NotProcessed is not null)} failed) in {seconds:F1} s: {read / seconds:N0} events/s, {seconds / Math.Max(1, results.Count) * 1000:F0} ms a day; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB"));
    }

    /// <summary>One reader's (or robot's) visit to an article: its page, maybe a full text, maybe a double-click. Returns the events added.</summary>
    private static int Visit(Random random, int[] articles, DateTimeOffset at, List<UsageHit> hits)
    {
        var robot = random.Next(8) == 0;
        var agent = robot ? Robots[random.Next(Robots.Length)] : Browsers[random.Next(Browsers.Length)];
        var address = string.Create(CultureInfo.InvariantCulture, $"10.{random.Next(64)}.{random.Next(256)}.{random.Next(256)}");
        // Popularity falls steeply: the cube of a uniform number favours the first articles.
        var article = articles[(int)(Math.Pow(random.NextDouble(), 3) * articles.Length)];
        var path = string.Create(CultureInfo.InvariantCulture, $"/bench/articles/{article}");
        var before = hits.Count;
        hits.Add(new UsageHit(at, article, UsageActivity.Investigation, UsageFormat.Other, path, address, agent));
        if (random.Next(20) == 0)
            hits.Add(new UsageHit(at.AddSeconds(random.Next(1, 30)), article, UsageActivity.Investigation, UsageFormat.Other, path, address, agent));
        var fullText = random.Next(10);
        if (fullText < 4)
            hits.Add(new UsageHit(at.AddSeconds(random.Next(30, 300)), article, UsageActivity.Request, UsageFormat.Html, path + "/full", address, agent));
        else if (fullText < 7)
            hits.Add(new UsageHit(at.AddSeconds(random.Next(30, 300)), article, UsageActivity.Request, UsageFormat.Pdf, path + "/pdf", address, agent));
        return hits.Count - before;
    }

    private static async Task<int[]> SeedArticlesAsync(RevistaDataOptions options, int articles)
    {
        var created = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        int journalId;
        await using (var db = RevistaDatabase.Create(options))
        {
            var journal = new Journal { Slug = "bench-usage", Title = "Bench Usage Journal", CreatedAt = created };
            db.Journals.Add(journal);
            await db.SaveChangesAsync();
            journalId = journal.Id;
        }
        var ids = new List<int>(articles);
        for (var first = 0; first < articles; first += Batch)
        {
            await using var db = RevistaDatabase.Create(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var rows = Enumerable.Range(first, Math.Min(Batch, articles - first)).Select(n => new Article
            {
                JournalId = journalId,
                Title = string.Create(CultureInfo.InvariantCulture, $"Usage article {n}"),
                TitleHtml = string.Create(CultureInfo.InvariantCulture, $"Usage article {n}"),
                PublishedOn = DateOnly.FromDateTime(created.UtcDateTime),
                CurrentVersionNumber = 1,
                CreatedAt = created,
                UpdatedAt = created,
            }).ToList();
            db.Articles.AddRange(rows);
            await db.SaveChangesAsync();
            ids.AddRange(rows.Select(r => r.Id));
        }
        return [.. ids];
    }

    private sealed class FixedNow(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
