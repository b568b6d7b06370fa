namespace Revista.Tests.Infrastructure;

/// <summary>
/// Gives each test a fresh, migrated database of the provider its subclass names (SQLite or PostgreSQL), deleted after
/// the test; the same tests then run on both databases.
/// </summary>
public abstract class MigratedDatabaseTests : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    public virtual async ValueTask InitializeAsync()
    {
        Database = await CreateDatabaseAsync();
        await Database.MigrateAsync();
    }

    public virtual async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
