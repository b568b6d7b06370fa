using Microsoft.Data.Sqlite;
using Revista.Web.Commands;

namespace Revista.Tests.Cli;

/// <summary>A data folder made by a build with another schema is refused in one clear line and left as it was.</summary>
public sealed class ForeignSchemaTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("revista-foreign-schema-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_database_with_an_unknown_migration_is_refused_with_what_to_do()
    {
        var data = Path.Combine(_folder, "data");
        using (var first = new StringWriter())
            Assert.Equal(0, await RevistaCommandLine.InvokeAsync(["import", Web.RunningSite.Sample("editorial.xml"), "--data", data], first, first));
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(data, "revista.db")}"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE \"__EFMigrationsHistory\" SET \"MigrationId\" = '20200101000000_Initial'";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        SqliteConnection.ClearAllPools();

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RevistaCommandLine.InvokeAsync(["export", "ris", "--data", data], output, error);

        Assert.Equal(RevistaCommandLine.SomeFailed, exit);
        var message = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("revista: The database was created with a schema this version of Revista does not know (migration \"20200101000000_Initial\")", message, StringComparison.Ordinal);
        Assert.Contains("new --data folder", message, StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }
}
