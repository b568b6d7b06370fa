using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Revista.Statistics;

/// <summary>
/// The SQLite half of <see cref="UsageEventInsert"/>: a prepared multi-row INSERT bound by position through SQLitePCL,
/// the native layer Microsoft.Data.Sqlite itself runs on. Microsoft.Data.Sqlite binds each parameter by name on every
/// execution, a linear search of the statement's names, so its cost per row grew with the rows per statement and
/// exceeded the insert itself; by position, rows per statement only save statement steps (and the AUTOINCREMENT
/// bookkeeping each statement does). `Revista.Bench sqlite-insert` measures the ways side by side.
/// </summary>
internal static class SqliteUsageEventInsert
{
    internal const int RowsPerStatement = 16;

    public static void Execute(SqliteConnection connection, string head, IReadOnlyList<UsageEventRow> rows, Func<DateTimeOffset, string> time)
    {
        var database = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        sqlite3_stmt? full = null;
        try
        {
            for (var first = 0; first < rows.Count; first += RowsPerStatement)
            {
                var count = Math.Min(RowsPerStatement, rows.Count - first);
                var statement = count == RowsPerStatement ? full ??= Prepare(database, head, count) : Prepare(database, head, count);
                try
                {
                    for (var i = 0; i < count; i++)
                        Bind(statement, i * UsageEventInsert.Properties.Length, rows[first + i], time);
                    var result = raw.sqlite3_step(statement);
                    // Reset before reporting, so the statement lets go of the transaction either way.
                    raw.sqlite3_reset(statement);
                    if (result != raw.SQLITE_DONE)
                        Check(database, result);
                }
                finally
                {
                    if (statement != full)
                        statement.Dispose();
                }
            }
        }
        finally
        {
            full?.Dispose();
        }
    }

    private static sqlite3_stmt Prepare(sqlite3 database, string head, int rows)
    {
        var row = "(" + string.Join(",", Enumerable.Repeat("?", UsageEventInsert.Properties.Length)) + ")";
        Check(database, raw.sqlite3_prepare_v2(database, head + string.Join(",", Enumerable.Repeat(row, rows)), out var statement));
        return statement;
    }

    /// <summary>Binds one event's values from parameter <paramref name="offset"/> + 1 on, in <see cref="UsageEventInsert.Properties"/> order.</summary>
    private static void Bind(sqlite3_stmt statement, int offset, UsageEventRow row, Func<DateTimeOffset, string> time)
    {
        raw.sqlite3_bind_text(statement, offset + 1, time(row.OccurredAt));
        raw.sqlite3_bind_int64(statement, offset + 2, row.ArticleId);
        raw.sqlite3_bind_int64(statement, offset + 3, (long)row.Activity);
        raw.sqlite3_bind_int64(statement, offset + 4, (long)row.Format);
        raw.sqlite3_bind_int64(statement, offset + 5, row.TargetKey);
        raw.sqlite3_bind_int64(statement, offset + 6, row.ClientKey);
        raw.sqlite3_bind_int64(statement, offset + 7, row.AgentId);
        if (row.LogImportId is { } log)
            raw.sqlite3_bind_int64(statement, offset + 8, log);
        else
            raw.sqlite3_bind_null(statement, offset + 8);
    }

    /// <summary>Raises SQLite's own error as Microsoft.Data.Sqlite would, so callers see one kind of failure.</summary>
    private static void Check(sqlite3 database, int result)
    {
        if (result is not raw.SQLITE_OK and not raw.SQLITE_DONE)
            throw new SqliteException($"SQLite Error {result}: '{raw.sqlite3_errmsg(database).utf8_to_string()}'.", result, raw.sqlite3_extended_errcode(database));
    }
}
