using System.Diagnostics;
using System.Globalization;
using System.Text;
using Revista.Data;
using Revista.Statistics;

namespace Revista.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Revista.Bench -- sqlite-insert DIR [EVENTS]`: the CPU a stored usage event
/// costs on SQLite, the background writer's whole cost per captured page view, three ways in alternating rounds in one
/// process: the named-parameter path through Microsoft.Data.Sqlite with 16 rows a statement (the SQLite way before
/// session 6), the same with one row a statement, and <see cref="UsageEventInsert"/> as shipped (16 rows bound by
/// position). Each way inserts into a freshly migrated database, in transactions of 1,000 events as the writer does.
/// </summary>
internal static class SqliteInsertWays
{
    private const int Batch = 1_000;

    public static async Task RunAsync(string folder, int events)
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var random = new Random(6);
        var rows = Enumerable.Range(0, events).Select(i => new UsageEventRow(start.AddMilliseconds(i * 40L), random.Next(1, 5_000),
            UsageActivity.Investigation, UsageFormat.Html, random.NextInt64(), random.NextInt64(), random.Next(1, 20), null)).ToArray();
        Console.WriteLine($"{events:N0} events a way and round, transactions of {Batch:N0}; CPU µs an event:");
        for (var round = 1; round <= 3; round++)
        {
            var line = new StringBuilder($"round {round}:");
            foreach (var (name, way) in new (string, Func<RevistaDb, IReadOnlyList<UsageEventRow>, Task>)[]
            {
                ("named x16", (db, batch) => UsageEventInsert.ExecuteNamedAsync(db, batch, 16, CancellationToken.None)),
                ("named x1", (db, batch) => UsageEventInsert.ExecuteNamedAsync(db, batch, 1, CancellationToken.None)),
                ("shipped", (db, batch) => UsageEventInsert.ExecuteAsync(db, batch, CancellationToken.None)),
            })
            {
                var options = new RevistaDataOptions { DataDirectory = Path.Combine(folder, $"{round}-{name.Replace(' ', '-')}") };
                await RevistaDatabase.MigrateAsync(options);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                for (var first = 0; first < rows.Length; first += Batch)
                {
                    await using var db = RevistaDatabase.Create(options);
                    await using var transaction = await db.Database.BeginTransactionAsync();
                    await way(db, new ArraySegment<UsageEventRow>(rows, first, Math.Min(Batch, rows.Length - first)));
                    await transaction.CommitAsync();
                }
                var micros = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / rows.Length;
                line.Append(CultureInfo.InvariantCulture, $"  {name} {micros:F2}");
            }
            Console.WriteLine(line);
        }
    }
}
