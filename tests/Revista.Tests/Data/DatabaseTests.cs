using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;
using Revista.Journals;
using Revista.Tests.Infrastructure;

namespace Revista.Tests.Data;

/// <summary>What both databases must do the same way: migrations, time zones, uniqueness.</summary>
public abstract class DatabaseTests : MigratedDatabaseTests
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_cover_the_whole_model()
    {
        await using var db = Database.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Ct));
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration covers: add a migration for both providers.");
    }

    [Fact]
    public async Task Migrating_twice_changes_nothing()
    {
        await Database.MigrateAsync();

        await using var db = Database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
    }

    [Fact]
    public async Task Times_are_stored_as_the_same_instant_in_utc()
    {
        var local = new DateTimeOffset(2024, 1, 2, 23, 30, 0, TimeSpan.FromHours(-5));
        await using (var db = Database.CreateContext())
        {
            db.Journals.Add(new Journal { Slug = "j", Title = "J", CreatedAt = local });
            await db.SaveChangesAsync(Ct);
        }

        await using var check = Database.CreateContext();
        var stored = (await check.Journals.SingleAsync(Ct)).CreatedAt;
        Assert.Equal(local, stored);
        Assert.Equal(TimeSpan.Zero, stored.Offset);
        Assert.Equal(1, await check.Journals.CountAsync(j => j.CreatedAt > local.AddSeconds(-1) && j.CreatedAt < local.AddSeconds(1), Ct));
    }

    [Fact]
    public async Task The_database_refuses_two_articles_with_one_doi()
    {
        await using var db = Database.CreateContext();
        var journal = new Journal { Slug = "j", Title = "J" };
        db.Articles.Add(new Article { Journal = journal, Doi = "10.1/A", DoiKey = "10.1/a" });
        db.Articles.Add(new Article { Journal = journal, Doi = "10.1/a", DoiKey = "10.1/a" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task The_database_refuses_a_second_issue_with_the_same_volume_number_and_year()
    {
        await using var db = Database.CreateContext();
        var journal = new Journal { Slug = "j", Title = "J" };
        db.Issues.Add(new Issues.Issue { Journal = journal, Volume = "3", Key = Issues.Issue.KeyOf("3", null, null) });
        db.Issues.Add(new Issues.Issue { Journal = journal, Volume = "3", Key = Issues.Issue.KeyOf("3", null, null) });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task The_database_refuses_rows_that_point_at_nothing()
    {
        await using var db = Database.CreateContext();
        db.Sections.Add(new Section { JournalId = 999, Title = "Orphan" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
    }
}

public sealed class SqliteDatabaseTests : DatabaseTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Every_connection_runs_in_wal_mode_with_foreign_keys_and_a_busy_timeout(int opens)
    {
        // Reopening takes the pooled native connection again: the pragmas must still hold there.
        for (var i = 0; i < opens; i++)
        {
            await using var db = Database.CreateContext();
            await db.Database.OpenConnectionAsync(Ct);

            Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
            Assert.Equal("1", await PragmaAsync(db, "foreign_keys"));
            Assert.Equal("1", await PragmaAsync(db, "synchronous")); // NORMAL
            Assert.Equal("10000", await PragmaAsync(db, "busy_timeout"));
            await db.Database.CloseConnectionAsync();
        }
        Assert.True(File.Exists(Database.Options.SqlitePath));
    }

    private static async Task<string?> PragmaAsync(RevistaDb db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class PostgresDatabaseTests(PostgresServer server) : DatabaseTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);

    [Fact]
    public async Task The_context_is_the_postgresql_one()
    {
        await using var db = Database.CreateContext();

        Assert.IsType<PostgresRevistaDb>(db);
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
    }
}
