using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Revista.Tests.Infrastructure;

namespace Revista.Tests.Statistics;

/// <summary>
/// Makes the database itself refuse usage events, as a full disk or a broken connection would: a trigger raises an error
/// for every row inserted once the table (as the inserting statement sees it) holds <c>rowsBefore</c> rows. The
/// recorder writes events with its own commands, which EF interceptors do not see, so the failure is the database's.
/// </summary>
internal static class FailingUsageInserts
{
    private const string Name = "FailUsageInserts";

    public static async Task InstallAsync(TestDatabase database, int rowsBefore)
    {
        await using var db = database.CreateContext();
        var limit = rowsBefore.ToString(CultureInfo.InvariantCulture);
        // DDL takes no parameters; the limit is an integer formatted here, not input.
        if (db.Database.ProviderName!.Contains("Sqlite", StringComparison.Ordinal))
        {
            var sqlite = $"""
                CREATE TRIGGER "{Name}" BEFORE INSERT ON "UsageEvents"
                WHEN (SELECT count(*) FROM "UsageEvents") >= {limit}
                BEGIN SELECT RAISE(ABORT, 'simulated failure: the database refuses usage events'); END
                """;
            await db.Database.ExecuteSqlRawAsync(sqlite, TestContext.Current.CancellationToken);
            return;
        }
        var postgres = $$"""
            CREATE FUNCTION "{{Name}}"() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
                IF (SELECT count(*) FROM "UsageEvents") >= {{limit}} THEN
                    RAISE EXCEPTION 'simulated failure: the database refuses usage events';
                END IF;
                RETURN NEW;
            END $body$;
            CREATE TRIGGER "{{Name}}" BEFORE INSERT ON "UsageEvents" FOR EACH ROW EXECUTE FUNCTION "{{Name}}"();
            """;
        await db.Database.ExecuteSqlRawAsync(postgres, TestContext.Current.CancellationToken);
    }

    public static async Task RemoveAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        if (db.Database.ProviderName!.Contains("Sqlite", StringComparison.Ordinal))
        {
            await db.Database.ExecuteSqlRawAsync($"""DROP TRIGGER "{Name}" """, TestContext.Current.CancellationToken);
            return;
        }
        await db.Database.ExecuteSqlRawAsync($"""DROP TRIGGER "{Name}" ON "UsageEvents"; DROP FUNCTION "{Name}"();""", TestContext.Current.CancellationToken);
    }
}
