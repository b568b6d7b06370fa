using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Revista.Statistics;
using Revista.Tests.Infrastructure;

namespace Revista.Tests.Statistics;

/// <summary>The one way usage is stored: readers hashed under the day's salt, user agents once, addresses never.</summary>
public abstract class UsageRecorderTests : MigratedDatabaseTests
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static UsageHit Hit(DateTimeOffset at, string address = "192.0.2.7", string agent = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0", string path = "/tj/articles/1") =>
        new(at, 1, UsageActivity.Investigation, UsageFormat.Html, path, address, agent);

    private async Task<List<UsageEvent>> EventsAsync()
    {
        await using var db = Database.CreateContext();
        return await db.UsageEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync(Ct);
    }

    [Fact]
    public async Task The_same_reader_gets_the_same_key_all_day_and_another_reader_another()
    {
        var recorder = new UsageRecorder();
        await using (var db = Database.CreateContext())
        {
            await recorder.SaveAsync(db, [Hit(Morning), Hit(Morning.AddHours(14)), Hit(Morning, address: "192.0.2.8"), Hit(Morning, agent: "curl/8.0")], Ct);
        }

        var events = await EventsAsync();

        Assert.Equal(4, events.Count);
        Assert.Equal(events[0].ClientKey, events[1].ClientKey);
        Assert.NotEqual(events[0].ClientKey, events[2].ClientKey);
        Assert.NotEqual(events[0].ClientKey, events[3].ClientKey);
    }

    [Fact]
    public async Task The_same_reader_gets_another_key_the_next_day_because_each_day_has_its_own_salt()
    {
        var recorder = new UsageRecorder();
        await using (var db = Database.CreateContext())
        {
            await recorder.SaveAsync(db, [Hit(Morning), Hit(Morning.AddDays(1))], Ct);
        }

        var events = await EventsAsync();
        await using var check = Database.CreateContext();
        var salts = await check.UsageSalts.AsNoTracking().OrderBy(s => s.Day).ToListAsync(Ct);

        Assert.NotEqual(events[0].ClientKey, events[1].ClientKey);
        Assert.Equal([new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 11)], salts.Select(s => s.Day));
        Assert.NotEqual(salts[0].Value, salts[1].Value);
        Assert.Equal(UsageRecorder.ClientKey(salts[0].Value, "192.0.2.7", Hit(Morning).UserAgent), events[0].ClientKey);
    }

    [Fact]
    public async Task Another_process_on_the_same_day_hashes_a_reader_alike()
    {
        await using (var db = Database.CreateContext())
            await new UsageRecorder().SaveAsync(db, [Hit(Morning)], Ct);
        await using (var db = Database.CreateContext())
            await new UsageRecorder().SaveAsync(db, [Hit(Morning.AddHours(1))], Ct);

        var events = await EventsAsync();

        Assert.Equal(events[0].ClientKey, events[1].ClientKey);
    }

    [Fact]
    public async Task A_user_agent_is_stored_once_and_the_address_nowhere()
    {
        var recorder = new UsageRecorder();
        await using (var db = Database.CreateContext())
        {
            await recorder.SaveAsync(db, [Hit(Morning), Hit(Morning.AddMinutes(1))], Ct);
            await recorder.SaveAsync(db, [Hit(Morning.AddMinutes(2))], Ct);
        }
        await using (var db = Database.CreateContext())
            await new UsageRecorder().SaveAsync(db, [Hit(Morning.AddMinutes(3)), Hit(Morning, agent: "")], Ct);

        await using var check = Database.CreateContext();
        var agents = await check.UsageAgents.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Text).ToListAsync(Ct);
        var events = await EventsAsync();

        Assert.Equal([Hit(Morning).UserAgent, ""], agents);
        Assert.Equal(4, events.Count(e => e.AgentId == events[0].AgentId));
        Assert.Equal(UsageRecorder.TargetKey("/tj/articles/1"), events[0].TargetKey);
        Assert.Null(events[0].LogImportId);
        Assert.Equal(Morning, events[0].OccurredAt);
    }

    [Fact]
    public async Task A_batch_of_several_statements_is_stored_field_for_field()
    {
        var hits = Enumerable.Range(0, 450)
            .Select(i => new UsageHit(Morning.AddSeconds(i), 1 + i % 9, (UsageActivity)(1 + i % 2), (UsageFormat)(i % 3), "/tj/articles/" + i, "192.0.2." + i % 250, "agent " + i % 4, i % 5 == 0 ? null : 7))
            .ToList();
        await using (var db = Database.CreateContext())
            await new UsageRecorder().SaveAsync(db, hits, Ct);

        var events = await EventsAsync();

        Assert.Equal(450, events.Count);
        Assert.Equal(hits.Select(h => (h.OccurredAt, h.ArticleId, h.Activity, h.Format, UsageRecorder.TargetKey(h.Path), h.LogImportId)),
            events.Select(e => (e.OccurredAt, e.ArticleId, e.Activity, e.Format, e.TargetKey, e.LogImportId)));
        Assert.Equal(4, events.Select(e => e.AgentId).Distinct().Count());
        Assert.All(events, e => Assert.Null(e.InstitutionId));
    }

    [Fact]
    public async Task A_batch_the_database_refuses_half_way_stores_none_of_its_events()
    {
        var hits = Enumerable.Range(0, 450).Select(i => Hit(Morning.AddSeconds(i))).ToList();
        // Past one statement's rows on either database, so that earlier statements of the batch have succeeded.
        await FailingUsageInserts.InstallAsync(Database, rowsBefore: 100);

        await using (var db = Database.CreateContext())
            await Assert.ThrowsAnyAsync<DbException>(() => new UsageRecorder().SaveAsync(db, hits, Ct));

        Assert.Empty(await EventsAsync());
        await FailingUsageInserts.RemoveAsync(Database);
        await using (var db = Database.CreateContext())
            await new UsageRecorder().SaveAsync(db, hits, Ct);
        Assert.Equal(450, (await EventsAsync()).Count);
    }

    [Fact]
    public async Task Forgetting_salts_deletes_those_of_days_before_the_kept_ones()
    {
        var recorder = new UsageRecorder();
        await using (var db = Database.CreateContext())
            await recorder.SaveAsync(db, [Hit(Morning.AddDays(-2)), Hit(Morning.AddDays(-1)), Hit(Morning)], Ct);

        int forgotten;
        await using (var db = Database.CreateContext())
            forgotten = await recorder.ForgetSaltsAsync(db, DateOnly.FromDateTime(Morning.UtcDateTime), keep: 1, Ct);

        await using var check = Database.CreateContext();
        Assert.Equal(1, forgotten);
        Assert.Equal([new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 10)], await check.UsageSalts.AsNoTracking().OrderBy(s => s.Day).Select(s => s.Day).ToListAsync(Ct));
        // A forgotten day's salt is made anew: the same reader can no longer be matched with that day's stored keys.
        var before = (await EventsAsync())[0].ClientKey;
        await using (var db = Database.CreateContext())
            await recorder.SaveAsync(db, [Hit(Morning.AddDays(-2))], Ct);
        Assert.NotEqual(before, (await EventsAsync())[^1].ClientKey);
    }
}

public sealed class UsageRecorderSqliteTests : UsageRecorderTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class UsageRecorderPostgresTests(PostgresServer server) : UsageRecorderTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}
