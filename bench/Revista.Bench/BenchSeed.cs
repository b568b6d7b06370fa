using System.Diagnostics;
using System.Globalization;
using Revista.Data;
using Revista.Ingest;
using Revista.Storage;

namespace Revista.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Revista.Bench -- seed DIR [ARTICLES] [ISSUE_SIZE]`: fills a fresh data
/// folder with synthetic articles through the real import path (<see cref="Importer"/>: parse, render, store, upsert,
/// one transaction per article), in one process, and prints how long it took. The load scripts then serve DIR.
/// </summary>
internal static class BenchSeed
{
    public static async Task RunAsync(string data, int articles, int issueSize)
    {
        var options = new RevistaDataOptions { DataDirectory = data };
        await RevistaDatabase.MigrateAsync(options);
        var importer = new Importer(() => RevistaDatabase.Create(options), new AssetStore(options.AssetDirectory), TimeProvider.System, ImportLimits.Default);
        var xml = Directory.CreateTempSubdirectory("revista-seed-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            var failed = 0;
            for (var n = 0; n < articles; n++)
            {
                var file = Path.Combine(xml, $"bench-{n}.xml");
                await File.WriteAllTextAsync(file, SyntheticJats.Article(n, issueSize));
                foreach (var candidate in ImportPaths.Expand([file], ImportLimits.Default))
                {
                    var result = await importer.ImportAsync(candidate, SyntheticJats.JournalSlug, CancellationToken.None);
                    if (result.Outcome == ImportOutcome.Failed)
                    {
                        failed++;
                        Console.Error.WriteLine(result.Source + ": " + result.Error);
                    }
                }
                File.Delete(file);
                if ((n + 1) % 1000 == 0)
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n + 1} articles, {clock.Elapsed.TotalSeconds:0.0} s"));
            }
            var seconds = clock.Elapsed.TotalSeconds;
            if (failed > 0)
                Environment.ExitCode = 1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seeded {articles - failed} articles ({failed} failed) in {seconds:0.0} s: {articles / seconds:0} articles/s through the import path, one process"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(xml, recursive: true);
        }
    }
}
