using System.Diagnostics;
using Revista.Data;
using Revista.Ingest;
using Revista.Jats;
using Revista.Storage;

namespace Revista.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Revista.Bench -- phases`: where whole-corpus import time goes
/// (load, read, render, then the full import into a fresh SQLite store), one pass each, same process.
/// </summary>
internal static class ImportPhases
{
    public static async Task RunAsync()
    {
        var files = CorpusFiles.All();
        var bytes = files.Select(File.ReadAllBytes).ToList();
        // One untimed pass so JIT compilation is not charged to the first phase.
        foreach (var xml in bytes.Take(20))
            JatsHtml.Render(JatsXml.Parse(xml, "warm-up"), _ => null);

        var clock = Stopwatch.StartNew();
        var documents = bytes.Select((xml, i) => JatsXml.Parse(xml, files[i])).ToList();
        var load = clock.Elapsed;
        clock.Restart();
        foreach (var document in documents)
            JatsReader.Read(document);
        var read = clock.Elapsed;
        clock.Restart();
        foreach (var document in documents)
            JatsHtml.Render(document, _ => null);
        var render = clock.Elapsed;

        var data = Directory.CreateTempSubdirectory("revista-bench-").FullName;
        try
        {
            var options = new RevistaDataOptions { DataDirectory = data };
            await RevistaDatabase.MigrateAsync(options);
            var commands = new CommandCounter();
            var importer = new Importer(() => RevistaDatabase.Create(options, [commands]), new AssetStore(options.AssetDirectory), TimeProvider.System, ImportLimits.Default);
            clock.Restart();
            foreach (var candidate in ImportPaths.Expand([CorpusFiles.Folder()], ImportLimits.Default))
                await importer.ImportAsync(candidate, null, CancellationToken.None);
            var import = clock.Elapsed;
            clock.Restart();
            foreach (var candidate in ImportPaths.Expand([CorpusFiles.Folder()], ImportLimits.Default))
                await importer.ImportAsync(candidate, null, CancellationToken.None);
            var reimport = clock.Elapsed;

            // The upsert alone, on a second fresh store, with everything before it done up front.
            var upsertData = new RevistaDataOptions { DataDirectory = Path.Combine(data, "upsert") };
            await RevistaDatabase.MigrateAsync(upsertData);
            var inputs = documents.Select((d, i) => new Articles.ArticleUpsertInput(
                JatsReader.Read(d), bytes[i], files[i], JatsHtml.Render(d, _ => null), [], null, DateTimeOffset.UtcNow)).ToList();
            clock.Restart();
            foreach (var input in inputs)
            {
                await using var db = RevistaDatabase.Create(upsertData);
                await using var transaction = await db.Database.BeginTransactionAsync();
                await Articles.ArticleUpsert.UpsertAsync(db, input, CancellationToken.None);
                await transaction.CommitAsync();
            }
            var upsert = clock.Elapsed;
            var store = new AssetStore(Path.Combine(data, "assets2"));
            clock.Restart();
            var i = 0;
            foreach (var candidate in ImportPaths.Expand([CorpusFiles.Folder()], ImportLimits.Default))
            {
                var article = JatsReader.Read(documents[i++]);
                await PackageAssets.StoreAsync(candidate.Package!, article, store, ImportLimits.Default, [], [], CancellationToken.None);
            }
            Console.WriteLine($"assets {clock.Elapsed.TotalMilliseconds,8:0} ms (read again + finding and storing the files the XML names)");
            Console.WriteLine($"upsert {upsert.TotalMilliseconds,8:0} ms (the database part of the import alone)");
            var importCommands = commands.Count;
            var executing = commands.Executing;

            Console.WriteLine($"{files.Count} files, {bytes.Sum(b => b.Length) / 1048576.0:0.0} MB");
            Console.WriteLine($"load   {load.TotalMilliseconds,8:0} ms");
            Console.WriteLine($"read   {read.TotalMilliseconds,8:0} ms");
            Console.WriteLine($"render {render.TotalMilliseconds,8:0} ms");
            Console.WriteLine($"import {import.TotalMilliseconds,8:0} ms (load+read+render+assets+SQLite, fresh store; {importCommands} SQL commands over both runs, {executing.TotalMilliseconds:0} ms executing them)");
            Console.WriteLine($"again  {reimport.TotalMilliseconds,8:0} ms (every article unchanged)");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>Counts SQL commands, to see how many round trips an import costs.</summary>
    private sealed class CommandCounter : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public int Count { get; private set; }

        public TimeSpan Executing { get; private set; }

        public override System.Data.Common.DbCommand CommandInitialized(
            Microsoft.EntityFrameworkCore.Diagnostics.CommandEndEventData eventData, System.Data.Common.DbCommand result)
        {
            Count++;
            return result;
        }

        public override ValueTask<System.Data.Common.DbDataReader> ReaderExecutedAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData eventData,
            System.Data.Common.DbDataReader result, CancellationToken cancellationToken = default)
        {
            Executing += eventData.Duration;
            return ValueTask.FromResult(result);
        }

        public override ValueTask<int> NonQueryExecutedAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData eventData,
            int result, CancellationToken cancellationToken = default)
        {
            Executing += eventData.Duration;
            return ValueTask.FromResult(result);
        }
    }
}
