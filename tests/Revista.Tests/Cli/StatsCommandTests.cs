using Microsoft.EntityFrameworkCore;
using Revista.Data;
using Revista.Statistics;
using Revista.Tests.Statistics;
using Revista.Web.Commands;

namespace Revista.Tests.Cli;

/// <summary>`revista stats robots update` and `revista stats process` on a real data folder.</summary>
public sealed class StatsCommandTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("revista-stats-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_robots_list_with_a_bad_pattern_is_refused_naming_it_and_the_loaded_list_stays()
    {
        var path = SharedRobots.RequireFile();
        var bad = Path.Combine(data, "bad.json");
        await File.WriteAllTextAsync(bad, """[{"pattern": "bot"}, {"pattern": "bad(robot"}]""", Ct);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var loaded = await RevistaCommandLine.InvokeAsync(["stats", "robots", "update", path, "--data", data], output, error);
        var refused = await RevistaCommandLine.InvokeAsync(["stats", "robots", "update", bad, "--data", data], output, error);

        Assert.Equal(RevistaCommandLine.Success, loaded);
        Assert.StartsWith("robots list loaded: ", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(RevistaCommandLine.SomeFailed, refused);
        Assert.Contains("\"bad(robot\"", error.ToString(), StringComparison.Ordinal);
        await using var db = RevistaDatabase.Create(new RevistaDataOptions { DataDirectory = data });
        var stored = await db.UsageRobotLists.SingleAsync(Ct);
        Assert.Equal(path, stored.Source);
        Assert.True(stored.PatternCount > 100);
    }

    [Fact]
    public async Task Process_prints_each_day_it_processed_and_then_finds_nothing_pending()
    {
        using (var setup = new StringWriter())
            await RevistaCommandLine.InvokeAsync(["stats", "process", "--data", data], setup, setup);
        await using (var db = RevistaDatabase.Create(new RevistaDataOptions { DataDirectory = data }))
        {
            var at = new DateTimeOffset(2024, 6, 15, 10, 0, 0, TimeSpan.Zero);
            await new UsageRecorder().SaveAsync(db, [new UsageHit(at, 1, UsageActivity.Investigation, UsageFormat.Other, "/j/articles/1", "192.0.2.1", "Mozilla/5.0")], Ct);
        }
        using var output = new StringWriter();
        using var error = new StringWriter();

        var first = await RevistaCommandLine.InvokeAsync(["stats", "process", "--data", data], output, error);
        var second = await RevistaCommandLine.InvokeAsync(["stats", "process", "--data", data], output, error);

        Assert.Equal(RevistaCommandLine.Success, first);
        Assert.Equal(RevistaCommandLine.Success, second);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // Article 1 does not exist in this folder: the event is skipped, counted and said, and the day still completes.
        Assert.Equal(["2024-06-15: 1 events (0 robots, 0 double-clicks, 1 skipped), 0 articles, 0 counters changed", "nothing to process: every day's totals include all its events."], lines);
        Assert.Contains("built-in robots list", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--day", "2024-13-01")]
    [InlineData("--month", "2024")]
    [InlineData("--from", "2024-06-01")]
    public async Task Process_refuses_a_bad_period_with_a_usage_error(string option, string value)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await RevistaCommandLine.InvokeAsync(["stats", "process", option, value, "--data", data], output, error);

        Assert.Equal(RevistaCommandLine.UsageError, exit);
        Assert.StartsWith("revista stats process: ", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }
}
