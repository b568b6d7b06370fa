using Microsoft.Data.Sqlite;
using Revista.Data;

namespace Revista.Tests.Infrastructure;

/// <summary>A SQLite database file in its own temporary data folder.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string directory = Directory.CreateTempSubdirectory("revista-test-").FullName;

    public override RevistaDataOptions Options => new() { DataDirectory = directory };

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them before deleting the folder.
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
