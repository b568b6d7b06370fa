using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Revista.Data;

namespace Revista.Statistics;

/// <summary>
/// Stores usage events below EF Core, on the context's connection and inside its current transaction. Every captured
/// page view becomes a row, so this is the background writer's whole cost per use, which competes with pages for the
/// same cores (docs/benchmarks.md, sessions 5 and 6): EF Core's change tracker managed about 23,000 events a second.
/// PostgreSQL gets one reused multi-row INSERT with named parameters, as it pays a round trip per statement; SQLite, in
/// process, gets a 16-row statement bound by position (<see cref="SqliteUsageEventInsert"/>). Table and column names
/// come from the EF model, so a renamed column cannot drift from these statements.
/// </summary>
internal sealed class UsageEventInsert
{
    private const int RowsPerStatement = 250;
    private static readonly ConcurrentDictionary<Type, UsageEventInsert> ByContext = new();

    /// <summary>The columns written, in the order of the values in every statement.</summary>
    internal static readonly string[] Properties =
    [
        nameof(UsageEvent.OccurredAt), nameof(UsageEvent.ArticleId), nameof(UsageEvent.Activity), nameof(UsageEvent.Format),
        nameof(UsageEvent.TargetKey), nameof(UsageEvent.ClientKey), nameof(UsageEvent.AgentId), nameof(UsageEvent.LogImportId),
    ];

    private readonly string _head;
    private readonly Func<DateTimeOffset, object> _time;

    private UsageEventInsert(string head, Func<DateTimeOffset, object> time)
    {
        _head = head;
        _time = time;
    }

    /// <summary>Inserts <paramref name="rows"/> inside the context's current transaction, which the caller owns.</summary>
    public static Task ExecuteAsync(RevistaDb db, IReadOnlyList<UsageEventRow> rows, CancellationToken cancellationToken)
    {
        var (insert, transaction) = Start(db);
        if (transaction.Connection is SqliteConnection sqlite)
        {
            SqliteUsageEventInsert.Execute(sqlite, insert._head, rows, at => (string)insert._time(at));
            return Task.CompletedTask;
        }
        return insert.ExecuteNamedAsync(transaction, rows, RowsPerStatement, cancellationToken);
    }

    /// <summary>
    /// The named-parameter way on any database, <paramref name="rowsPerStatement"/> rows a statement; the PostgreSQL way,
    /// and on SQLite the way `Revista.Bench sqlite-insert` measures the shipped one against.
    /// </summary>
    internal static Task ExecuteNamedAsync(RevistaDb db, IReadOnlyList<UsageEventRow> rows, int rowsPerStatement, CancellationToken cancellationToken)
    {
        var (insert, transaction) = Start(db);
        return insert.ExecuteNamedAsync(transaction, rows, rowsPerStatement, cancellationToken);
    }

    private static (UsageEventInsert Insert, DbTransaction Transaction) Start(RevistaDb db) =>
        (ByContext.GetOrAdd(db.GetType(), _ => Create(db)),
         db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Usage events are inserted inside a transaction, so that a batch is stored whole or not at all."));

    private async Task ExecuteNamedAsync(DbTransaction transaction, IReadOnlyList<UsageEventRow> rows, int rowsPerStatement, CancellationToken cancellationToken)
    {
        DbCommand? full = null;
        try
        {
            for (var first = 0; first < rows.Count; first += rowsPerStatement)
            {
                var count = Math.Min(rowsPerStatement, rows.Count - first);
                // Every full chunk reuses one prepared statement; only the last, shorter chunk gets its own.
                var command = count == rowsPerStatement
                    ? full ??= Command(_head, transaction, count)
                    : Command(_head, transaction, count);
                Bind(command, rows, first, count);
                await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full)
                    await command.DisposeAsync();
            }
        }
        finally
        {
            if (full is not null)
                await full.DisposeAsync();
        }
    }

    private static DbCommand Command(string head, DbTransaction transaction, int rows)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder(head, head.Length + rows * Properties.Length * 8);
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ",(");
            for (var column = 0; column < Properties.Length; column++)
            {
                var name = "@p" + (row * Properties.Length + column);
                sql.Append(column == 0 ? "" : ",").Append(name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        return command;
    }

    private void Bind(DbCommand command, IReadOnlyList<UsageEventRow> rows, int first, int count)
    {
        var parameters = command.Parameters;
        for (var i = 0; i < count; i++)
        {
            var row = rows[first + i];
            var at = i * Properties.Length;
            parameters[at].Value = _time(row.OccurredAt);
            parameters[at + 1].Value = row.ArticleId;
            parameters[at + 2].Value = (short)row.Activity;
            parameters[at + 3].Value = (short)row.Format;
            parameters[at + 4].Value = row.TargetKey;
            parameters[at + 5].Value = row.ClientKey;
            parameters[at + 6].Value = row.AgentId;
            parameters[at + 7].Value = row.LogImportId is { } id ? id : DBNull.Value;
        }
    }

    private static UsageEventInsert Create(RevistaDb db)
    {
        var entity = db.Model.FindEntityType(typeof(UsageEvent))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = Properties.Select(p => sql.DelimitIdentifier(entity.FindProperty(p)!.GetColumnName()));
        var head = $"INSERT INTO {sql.DelimitIdentifier(entity.GetTableName()!)} ({string.Join(", ", columns)}) VALUES ";
        var converter = entity.FindProperty(nameof(UsageEvent.OccurredAt))!.GetTypeMapping().Converter;
        Func<DateTimeOffset, object> time = converter is null ? at => at.ToUniversalTime() : at => converter.ConvertToProvider(at)!;
        return new UsageEventInsert(head, time);
    }
}

/// <summary>One event's stored values, keys already hashed.</summary>
internal readonly record struct UsageEventRow(
    DateTimeOffset OccurredAt, int ArticleId, UsageActivity Activity, UsageFormat Format, long TargetKey, long ClientKey, int AgentId, int? LogImportId);
