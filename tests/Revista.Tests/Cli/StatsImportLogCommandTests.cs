using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Revista.Data;
using Revista.Tests.Statistics;
using Revista.Web.Commands;
using static Revista.Tests.Statistics.UsageLogFixtures;

namespace Revista.Tests.Cli;

/// <summary>`revista stats import-log FILE…`: a line per file, exit 0 / 1 / 2.</summary>
public sealed class StatsImportLogCommandTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("revista-import-log-").FullName;
    private readonly string _logs = Directory.CreateTempSubdirectory("revista-logs-").FullName;
    private UsageLogFixtures _hosted = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private RevistaDataOptions Options => new() { DataDirectory = _data };

    public async ValueTask InitializeAsync()
    {
        await RevistaDatabase.MigrateAsync(Options, Ct);
        _hosted = await UsageLogFixtures.ImportAsync(Options, _logs, Ct);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
        Directory.Delete(_logs, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Prints_a_line_per_file_with_events_skips_and_bad_lines_then_the_days()
    {
        var page = $"/{_hosted.Slug}/articles/{_hosted.FullText}";
        var log = Write(_logs, "access.log",
        [
            Line(page, time: "03/Feb/2025:10:00:00 +0000"),
            Line($"/assets/{_hosted.PdfSha}/article.pdf", time: "04/Feb/2025:10:00:00 +0000"),
            Line($"/{_hosted.Slug}/articles/{_hosted.AbstractOnly}", time: "04/Feb/2025:11:00:00 +0000"),
            Line(page, method: "HEAD"),
            Line("/css/site.css"),
            Line("/favicon.ico"),
            "not a log line",
        ]);

        var (exit, output) = await RunAsync("stats", "import-log", log, "--data", _data);

        Assert.Equal(RevistaCommandLine.Success, exit);
        Assert.Equal(
            $"{log}: imported 3 events (1 investigation, 2 requests) from 7 lines; skipped 3 (2 not an article URL, 1 not GET); bad lines: 1, first at line 7\n"
            + "  line 7: no [time] field\n"
            + "days that received events: 2 days from 2025-02-03 to 2025-02-04\n"
            + "processed: 2 day(s) of COUNTER totals\n",
            output);
        await using var db = RevistaDatabase.Create(new RevistaDataOptions { DataDirectory = _data });
        var days = await db.UsageDays.OrderBy(d => d.Day).ThenBy(d => d.ArticleId).Select(d => new { d.Day, d.ArticleId, d.Counts.TotalItemRequests, d.Counts.TotalItemInvestigations }).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, days.Sum(d => d.TotalItemRequests));
        Assert.Equal(3, days.Sum(d => d.TotalItemInvestigations));
    }

    [Fact]
    public async Task A_log_imported_before_is_reported_and_changes_nothing()
    {
        var log = Write(_logs, "access.log", [Line($"/{_hosted.Slug}/articles/{_hosted.FullText}")]);
        await RunAsync("stats", "import-log", log, "--data", _data);
        var copy = Path.Combine(_logs, "renamed.log");
        File.Copy(log, copy);

        var (exit, output) = await RunAsync("stats", "import-log", copy, "--data", _data);

        Assert.Equal(RevistaCommandLine.Success, exit);
        Assert.StartsWith($"{copy}: already imported (as access.log on ", output, StringComparison.Ordinal);
        Assert.EndsWith("UTC); nothing changed\n", output, StringComparison.Ordinal);
        await using var db = RevistaDatabase.Create(Options);
        Assert.Equal(1, await db.UsageEvents.CountAsync(Ct));
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error_that_names_it_and_imports_nothing()
    {
        var log = Write(_logs, "access.log", [Line($"/{_hosted.Slug}/articles/{_hosted.FullText}")]);
        var missing = Path.Combine(_logs, "no-such.log");

        var (exit, output) = await RunAsync("stats", "import-log", log, missing, "--data", _data);

        Assert.Equal(RevistaCommandLine.UsageError, exit);
        Assert.Contains($"{missing}: no such file.", output, StringComparison.Ordinal);
        await using var db = RevistaDatabase.Create(Options);
        Assert.Equal(0, await db.UsageEvents.CountAsync(Ct));
    }

    [Fact]
    public async Task A_file_that_fails_exits_1_and_the_others_are_imported()
    {
        var good = Write(_logs, "good.log", [Line($"/{_hosted.Slug}/articles/{_hosted.FullText}")]);
        var broken = Path.Combine(_logs, "broken.gz");
        await File.WriteAllBytesAsync(broken, [0x1F, 0x8B, 0x08, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF], Ct);

        var (exit, output) = await RunAsync("stats", "import-log", broken, good, "--data", _data);

        Assert.Equal(RevistaCommandLine.SomeFailed, exit);
        Assert.Contains($"{broken}: failed: cannot read it:", output, StringComparison.Ordinal);
        Assert.Contains($"{good}: imported 1 event", output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await RevistaCommandLine.InvokeAsync(args, output, output);
        return (exit, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
