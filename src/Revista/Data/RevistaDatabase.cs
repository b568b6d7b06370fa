using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Revista.Data;

/// <summary>Builds the DbContext for the configured database; the web host registers the same through <see cref="RevistaDataServices.AddRevistaData"/>.</summary>
public static class RevistaDatabase
{
    /// <summary>A new context (dispose it) on SQLite under <see cref="RevistaDataOptions.DataDirectory"/>, or on PostgreSQL.</summary>
    public static RevistaDb Create(RevistaDataOptions options) => Create(options, []);

    /// <summary>As <see cref="Create(RevistaDataOptions)"/>, with extra interceptors (tests use them to fail a command half-way).</summary>
    public static RevistaDb Create(RevistaDataOptions options, IInterceptor[] interceptors)
    {
        if (options.PostgresConnectionString is { } connectionString)
        {
            var postgres = new DbContextOptionsBuilder<PostgresRevistaDb>();
            ConfigurePostgres(postgres, connectionString);
            return new PostgresRevistaDb(postgres.AddInterceptors(interceptors).Options);
        }
        var sqlite = new DbContextOptionsBuilder<SqliteRevistaDb>();
        ConfigureSqlite(sqlite, options);
        return new SqliteRevistaDb(sqlite.AddInterceptors(interceptors).Options);
    }

    /// <summary>Creates the database if needed and applies pending migrations.</summary>
    public static async Task MigrateAsync(RevistaDataOptions options, CancellationToken cancellationToken = default)
    {
        await using var db = Create(options);
        await db.MigrateAsync(cancellationToken);
    }

    internal static void ConfigureSqlite(DbContextOptionsBuilder builder, RevistaDataOptions options)
    {
        Directory.CreateDirectory(options.DataDirectory);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.SqlitePath,
            Pooling = true,
            ForeignKeys = true,
        }.ToString();
        builder.UseSqlite(connectionString).AddInterceptors(SqlitePragmaInterceptor.Instance);
    }

    internal static void ConfigurePostgres(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString);
}
