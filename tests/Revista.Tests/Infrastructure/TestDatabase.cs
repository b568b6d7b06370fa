using Revista.Data;

namespace Revista.Tests.Infrastructure;

/// <summary>A fresh, empty database of one provider for one test, with a data folder for assets; deleted on dispose.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract RevistaDataOptions Options { get; }

    /// <summary>A new context on this database; dispose it.</summary>
    public RevistaDb CreateContext() => RevistaDatabase.Create(Options);

    /// <summary>Applies the migrations; on failure deletes the database, since xunit does not dispose a fixture whose initialisation threw.</summary>
    public async Task MigrateAsync()
    {
        try
        {
            await using var db = CreateContext();
            await db.MigrateAsync(TestContext.Current.CancellationToken);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public abstract ValueTask DisposeAsync();
}
