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
                await importer.ImportAsync(candidate.Package!, null, CancellationToken.None);
            var import = clock.Elapsed;
            clock.Restart();
            foreach (var candidate in ImportPaths.Expand([CorpusFiles.Folder()], ImportLimits.Default))
                await importer.ImportAsync(candidate.Package!, null, CancellationToken.None);
            var reimport = clock.Elapsed;
            var importCommands = commands.Count;

            Console.WriteLine($"{files.Count} files, {bytes.Sum(b => b.Length) / 1048576.0:0.0} MB");
            Console.WriteLine($"load   {load.TotalMilliseconds,8:0} ms");
            Console.WriteLine($"read   {read.TotalMilliseconds,8:0} ms");
            Console.WriteLine($"render {render.TotalMilliseconds,8:0} ms");
            Console.WriteLine($"import {import.TotalMilliseconds,8:0} ms (load+read+render+assets+SQLite, fresh store; {importCommands} SQL commands over both runs)");
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

        public override System.Data.Common.DbCommand CommandInitialized(
            Microsoft.EntityFrameworkCore.Diagnostics.CommandEndEventData eventData, System.Data.Common.DbCommand result)
        {
            Count++;
            return result;
        }
    }
}
