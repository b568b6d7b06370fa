using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using Revista.Data;
using Revista.Oai;

namespace Revista.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Revista.Bench -- oai DIR [ARTICLES]`: OAI-PMH ListRecords (oai_dc, 100
/// records a page) over ARTICLES (default 100,000) minimal article rows (<see cref="ArticleRowSeed"/>),
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
        await ArticleRowSeed.SeedAsync(options, articles, withText: false);
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

    private static double Percentile(List<double> values, double fraction)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(fraction * sorted.Count))];
    }
}
