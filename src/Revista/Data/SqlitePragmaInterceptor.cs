using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Revista.Data;

/// <summary>
/// Sets SQLite pragmas when a connection opens, since most of them are per connection
/// (https://www.sqlite.org/pragma.html): WAL lets readers run beside the one writer; synchronous=NORMAL is durable
/// enough in WAL mode (a power cut loses at most the last commits, never consistency); foreign keys are off by
/// default in SQLite; busy_timeout makes a second writer wait instead of failing with SQLITE_BUSY.
/// </summary>
/// <remarks>
/// EF opens and closes the connection around every query, and Microsoft.Data.Sqlite pools the native connection
/// underneath, where the pragmas persist; so they run once per native handle, not once per query.
/// </remarks>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public static readonly SqlitePragmaInterceptor Instance = new();

    private const string Pragmas =
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;";

    private readonly ConditionalWeakTable<object, object> configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsPragmas(connection, out var handle))
            return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        Remember(handle);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsPragmas(connection, out var handle))
            return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Remember(handle);
    }

    private bool NeedsPragmas(DbConnection connection, out object? handle)
    {
        handle = (connection as SqliteConnection)?.Handle;
        return handle is null || !configured.TryGetValue(handle, out _);
    }

    private void Remember(object? handle)
    {
        if (handle is not null)
            configured.AddOrUpdate(handle, handle);
    }
}
