using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Revista.Data;
using Revista.Search;

namespace Revista.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Revista.Bench -- search-time DIR [ARTICLES]`: over ARTICLES (default 100,000)
/// articles with full text (<see cref="ArticleRowSeed"/>), builds the search index as `revista reindex` does, times
/// top-20 searches of several kinds through <see cref="SearchIndex.Search"/> (median and p95 of 200 runs after 100
/// warm-up runs), then catch-ups of 200 changed articles from the outbox. SQLite in DIR only.
/// </summary>
internal static class SearchTiming
{
    private const int WarmUps = 100;
    private const int Runs = 200;
    private const int Changed = 200;

    public static async Task RunAsync(string data, int articles)
    {
        var options = new RevistaDataOptions { DataDirectory = data };
        await RevistaDatabase.MigrateAsync(options);
        await ArticleRowSeed.SeedAsync(options, articles, withText: true);
        using var index = new SearchIndex(Path.Combine(options.DataDirectory, SearchIndex.FolderName));
        using var indexer = new SearchIndexer(index, () => RevistaDatabase.Create(options), TimeProvider.System);

        var clock = Stopwatch.StartNew();
        var built = await indexer.RebuildAsync(CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        var megabytes = new DirectoryInfo(index.Path).EnumerateFiles().Sum(f => f.Length) / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rebuild: {built:N0} articles in {seconds:F1} s, {built / seconds:F0} articles/s; index {megabytes:F0} MB"));

        Console.WriteLine();
        Console.WriteLine($"{"query",-26} {"text",-32} {"hits",8} {"median ms",10} {"p95 ms",8}");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        // Every kind is warmed up before any is timed, so the first one timed does not pay for the JIT of the others.
        foreach (var (_, query) in Queries())
        {
            for (var run = 0; run < WarmUps; run++)
                index.Search(query, today);
        }
        foreach (var (name, query) in Queries())
        {
            var hits = 0;
            var times = new List<double>();
            for (var run = 0; run < Runs; run++)
            {
                var start = Stopwatch.GetTimestamp();
                hits = index.Search(query, today).Total;
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            times.Sort();
            var text = query.Text + (query.JournalSlug is null ? "" : $" in {query.JournalSlug}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-26} {text,-32} {hits,8} {times[times.Count / 2],10:F2} {times[(int)(times.Count * 0.95)],8:F2}"));
        }

        Console.WriteLine();
        await CatchUpAsync(options, indexer);
    }

    private static IEnumerable<(string Name, SearchQuery Query)> Queries()
    {
        yield return ("very common term", new SearchQuery { Text = "patients" });
        yield return ("in every article", new SearchQuery { Text = "the" });
        // Rank 50,000 of 100,000: in about 1 article of 130.
        yield return ("rare term", new SearchQuery { Text = ZipfText.Word(50_000) });
        yield return ("two words (AND)", new SearchQuery { Text = "serum inflammation" });
        yield return ("phrase", new SearchQuery { Text = "\"randomized controlled trial\"" });
        yield return ("prefix", new SearchQuery { Text = "clin*" });
        yield return ("common, newest first", new SearchQuery { Text = "patients", Order = SearchOrder.Newest });
        yield return ("common, page 50", new SearchQuery { Text = "patients", Page = 50 });
        yield return ("common, one journal", new SearchQuery { Text = "patients", JournalSlug = "bench-3" });
    }

    /// <summary>Five rounds: 200 outbox rows for articles spread over the database, then one catch-up.</summary>
    private static async Task CatchUpAsync(RevistaDataOptions options, SearchIndexer indexer)
    {
        List<int> ids;
        await using (var db = RevistaDatabase.Create(options))
            ids = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        var step = Math.Max(1, ids.Count / Changed);
        for (var round = 0; round < 5; round++)
        {
            await using (var db = RevistaDatabase.Create(options))
            {
                var now = DateTimeOffset.UtcNow;
                for (var i = 0; i < Changed; i++)
                    db.SearchOutbox.Add(new SearchOutboxEntry { ArticleId = ids[((i * step) + round) % ids.Count], CreatedAt = now });
                await db.SaveChangesAsync();
            }
            var start = Stopwatch.GetTimestamp();
            var run = await indexer.CatchUpAsync(CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"catch-up {round + 1}: {run.Applied} articles re-indexed ({run.Rebuilt} rebuilt) in {Stopwatch.GetElapsedTime(start).TotalMilliseconds:F0} ms"));
        }
    }
}
