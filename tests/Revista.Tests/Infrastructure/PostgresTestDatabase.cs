using Revista.Data;

namespace Revista.Tests.Infrastructure;

/// <summary>A database of its own on the <see cref="PostgresServer"/>, plus a temporary data folder for assets.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly PostgresServer server;
    private readonly string connectionString;
    private readonly string directory = Directory.CreateTempSubdirectory("revista-test-").FullName;

    private PostgresTestDatabase(PostgresServer server, string connectionString)
    {
        this.server = server;
        this.connectionString = connectionString;
    }

    public override RevistaDataOptions Options => new() { DataDirectory = directory, PostgresConnectionString = connectionString };

    public static async Task<PostgresTestDatabase> CreateAsync(PostgresServer server) =>
        new(server, await server.CreateDatabaseAsync(TestContext.Current.CancellationToken));

    public override async ValueTask DisposeAsync()
    {
        await server.DropDatabaseAsync(connectionString);
        Directory.Delete(directory, recursive: true);
    }
}
