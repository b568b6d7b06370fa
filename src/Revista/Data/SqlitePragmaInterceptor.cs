using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Revista.Data;

/// <summary>
/// Sets SQLite pragmas each time a connection opens, since most of them are per connection
/// (https://www.sqlite.org/pragma.html): WAL lets readers run beside the one writer; synchronous=NORMAL is durable
/// enough in WAL mode (a power cut loses at most the last commits, never consistency); foreign keys are off by
/// default in SQLite; busy_timeout makes a second writer wait instead of failing with SQLITE_BUSY.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public static readonly SqlitePragmaInterceptor Instance = new();

    private const string Pragmas =
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
