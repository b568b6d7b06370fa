using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Revista.Data;
using Revista.Statistics;

namespace Revista.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Revista.Bench -- sqlite-insert DIR [EVENTS]`: the CPU a stored usage event
/// costs on SQLite, the background writer's whole cost per captured page view, three ways in alternating rounds in one
/// process: Microsoft.Data.Sqlite with named parameters and 16 rows a statement (the way before session 6), the same
/// with one row a statement, and <see cref="UsageEventInsert"/> as shipped (16 rows bound by position). Each way
/// inserts into a freshly migrated database, in transactions of 1,000 events as the writer does.
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
                ("named x16", (db, batch) => NamedAsync(db, batch, 16)),
                ("named x1", (db, batch) => NamedAsync(db, batch, 1)),
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

    /// <summary>The generic ADO.NET way: named parameters, one reused command for full chunks.</summary>
    private static async Task NamedAsync(RevistaDb db, IReadOnlyList<UsageEventRow> rows, int rowsPerStatement)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        var sql = new StringBuilder("INSERT INTO \"UsageEvents\" (\"OccurredAt\", \"ArticleId\", \"Activity\", \"Format\", \"TargetKey\", \"ClientKey\", \"AgentId\", \"LogImportId\") VALUES ");
        for (var row = 0; row < rowsPerStatement; row++)
        {
            sql.Append(row == 0 ? "(" : ",(");
            for (var column = 0; column < 8; column++)
            {
                var name = "@p" + (row * 8 + column);
                sql.Append(column == 0 ? "" : ",").Append(name);
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        // The remainder that fills no whole statement is left out: the figure is per event inserted.
        for (var first = 0; first + rowsPerStatement <= rows.Count; first += rowsPerStatement)
        {
            for (var i = 0; i < rowsPerStatement; i++)
            {
                var row = rows[first + i];
                var at = i * 8;
                command.Parameters[at].Value = row.OccurredAt.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'", CultureInfo.InvariantCulture);
                command.Parameters[at + 1].Value = row.ArticleId;
                command.Parameters[at + 2].Value = (short)row.Activity;
                command.Parameters[at + 3].Value = (short)row.Format;
                command.Parameters[at + 4].Value = row.TargetKey;
                command.Parameters[at + 5].Value = row.ClientKey;
                command.Parameters[at + 6].Value = row.AgentId;
                command.Parameters[at + 7].Value = DBNull.Value;
            }
            await command.ExecuteNonQueryAsync();
        }
    }
}
