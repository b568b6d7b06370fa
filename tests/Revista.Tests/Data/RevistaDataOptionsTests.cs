using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Revista.Data;
using Revista.Storage;

namespace Revista.Tests.Data;

public sealed class RevistaDataOptionsTests
{
    [Fact]
    public void Without_a_database_variable_data_lives_in_sqlite_under_the_data_folder()
    {
        var options = RevistaDataOptions.Create("some/dir", database: null);

        Assert.False(options.UsesPostgres);
        Assert.Equal(Path.GetFullPath("some/dir"), options.DataDirectory);
        Assert.Equal(Path.Combine(Path.GetFullPath("some/dir"), "revista.db"), options.SqlitePath);
        Assert.Equal(Path.Combine(Path.GetFullPath("some/dir"), "assets"), options.AssetDirectory);
    }

    [Fact]
    public void The_data_folder_defaults_to_data_in_the_working_directory()
    {
        Assert.Equal(Path.GetFullPath("data"), RevistaDataOptions.Create(null, "").DataDirectory);
    }

    [Fact]
    public void A_postgresql_connection_string_switches_to_postgresql()
    {
        var options = RevistaDataOptions.Create("d", "Host=db.internal;Database=revista;Username=r;Password=p");

        Assert.True(options.UsesPostgres);
        using var db = RevistaDatabase.Create(options);
        Assert.IsType<PostgresRevistaDb>(db);
    }

    [Theory]
    [InlineData("revista.db")]
    [InlineData("Database=revista")]
    [InlineData("Host=a;Bogus Keyword=1")]
    public void Anything_else_in_the_variable_is_refused_with_an_example(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => RevistaDataOptions.Create("d", value));

        Assert.Contains("REVISTA_DATABASE must be a PostgreSQL connection string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_services_give_a_scoped_context_a_context_factory_and_the_asset_store()
    {
        var directory = Directory.CreateTempSubdirectory("revista-test-").FullName;
        try
        {
            var options = new RevistaDataOptions { DataDirectory = directory };
            await using var provider = new ServiceCollection().AddRevistaData(options).BuildServiceProvider();
            await provider.MigrateRevistaAsync(TestContext.Current.CancellationToken);

            await using (var scope = provider.CreateAsyncScope())
                Assert.IsType<SqliteRevistaDb>(scope.ServiceProvider.GetRequiredService<RevistaDb>());
            await using var made = provider.GetRequiredService<Func<RevistaDb>>()();
            Assert.Empty(await made.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
            Assert.Equal(options.AssetDirectory, provider.GetRequiredService<AssetStore>().Root);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
