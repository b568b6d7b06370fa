using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using Revista.Articles;
using Revista.Data;
using Revista.Journals;
using Revista.Oai;

namespace Revista.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Revista.Bench -- oai DIR [ARTICLES]`: OAI-PMH ListRecords (oai_dc, 100
/// records a page) over ARTICLES (default 100,000) minimal article rows inserted directly (import would take hours),
/// timing every page of a full harvest through the protocol engine, then page 1 and page 1,000 again from their tokens.
/// Keyset paging should make the last page cost what the first does.
/// </summary>
internal static class OaiPaging
{
    private static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";

    public static async Task RunAsync(string data, int articles)
    {
        var options = new RevistaDataOptions { DataDirectory = data };
        await RevistaDatabase.MigrateAsync(options);
        await SeedAsync(options, articles);
        var info = new OaiRepositoryInfo("bench", "https://bench.example.org/oai", "https://bench.example.org", "bench.example.org", "oai@bench.example.org");

        var pages = new List<double>();
        var tokens = new List<string?> { null };
        string? token = null;
        do
        {
            var clock = Stopwatch.StartNew();
            var response = await RespondAsync(options, info, token);
            pages.Add(clock.Elapsed.TotalMilliseconds);
            token = response.Descendants(Oai + "resumptionToken").SingleOrDefault()?.Value;
            tokens.Add(token);
        }
        while (!string.IsNullOrEmpty(token));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"full harvest: {pages.Count} pages, {pages.Sum() / 1000:F1} s; per page p50 {Percentile(pages, 0.5):F1} ms, p95 {Percentile(pages, 0.95):F1} ms, max {pages.Max():F1} ms"));

        foreach (var page in new[] { 1, 10, 100, Math.Min(1000, pages.Count) })
        {
            var times = new List<double>();
            for (var run = 0; run < 30; run++)
            {
                var clock = Stopwatch.StartNew();
                await RespondAsync(options, info, tokens[page - 1]);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"page {page,5}: median {Percentile(times, 0.5):F1} ms, p95 {Percentile(times, 0.95):F1} ms (30 runs)"));
        }
    }

    private static async Task<XDocument> RespondAsync(RevistaDataOptions options, OaiRepositoryInfo info, string? token)
    {
        await using var db = RevistaDatabase.Create(options);
        List<KeyValuePair<string, string>> arguments = token is null
            ? [new("verb", "ListRecords"), new("metadataPrefix", "oai_dc")]
            : [new("verb", "ListRecords"), new("resumptionToken", token)];
        return await new OaiRepository(db, info, TimeProvider.System).RespondAsync(arguments, CancellationToken.None);
    }

    private static async Task SeedAsync(RevistaDataOptions options, int articles)
    {
        await using (var check = RevistaDatabase.Create(options))
        {
            if (check.Articles.Any())
                return;
        }
        var clock = Stopwatch.StartNew();
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        int journalId;
        await using (var db = RevistaDatabase.Create(options))
        {
            var journal = new Journal { Slug = "bench", Title = "Bench Journal", Publisher = "Bench Press", CreatedAt = start };
            db.Journals.Add(journal);
            await db.SaveChangesAsync();
            journalId = journal.Id;
        }
        const int Batch = 5_000;
        for (var first = 0; first < articles; first += Batch)
        {
            await using var db = RevistaDatabase.Create(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var n = first; n < Math.Min(articles, first + Batch); n++)
            {
                // Pairs of articles share a second, as imports in one run do, so the id tie-break is exercised.
                var updated = start.AddSeconds(n / 2);
                db.Articles.Add(new Article
                {
                    JournalId = journalId,
                    Doi = string.Create(CultureInfo.InvariantCulture, $"10.5555/bench.{n}"),
                    DoiKey = string.Create(CultureInfo.InvariantCulture, $"10.5555/bench.{n}"),
                    Title = string.Create(CultureInfo.InvariantCulture, $"Synthetic article {n}"),
                    TitleHtml = string.Create(CultureInfo.InvariantCulture, $"Synthetic article {n}"),
                    PublishedOn = DateOnly.FromDateTime(updated.UtcDateTime),
                    CurrentVersionNumber = 1,
                    CreatedAt = updated,
                    UpdatedAt = updated,
                });
            }
            await db.SaveChangesAsync();
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {articles:N0} article rows in {clock.Elapsed.TotalSeconds:F1} s"));
    }

    private static double Percentile(List<double> values, double fraction)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(fraction * sorted.Count))];
    }
}
