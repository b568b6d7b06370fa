using Microsoft.EntityFrameworkCore;
using Revista.Statistics;
using Revista.Tests.Infrastructure;
using static Revista.Tests.Statistics.UsageLogFixtures;

namespace Revista.Tests.Statistics;

/// <summary>Importing access logs into usage events, on each real database: mapping, idempotency, all or nothing.</summary>
public abstract class UsageLogImporterTests : MigratedDatabaseTests
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory("revista-logs-").FullName;

    protected UsageLogFixtures Hosted { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Hosted = await UsageLogFixtures.ImportAsync(Database.Options, Folder, Ct);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Each_kind_of_article_url_becomes_the_event_counter_expects()
    {
        var h = Hosted;
        string[] targets =
        [
            $"/{h.Slug}/articles/{h.FullText}",
            $"/{h.Slug}/articles/{h.AbstractOnly}",
            $"/{h.Slug}/articles/{h.FullText}/side-by-side",
            $"/{h.Slug}/articles/{h.FullText}/figures",
            $"/{h.Slug}/articles/{h.FullText}/figures/f1",
            $"/assets/{h.PdfSha}/article.pdf",
            $"/assets/{h.SupplementSha}/data.csv",
            $"/assets/{h.FigureSha}/fig1.png",
            "/index.php/tj/article/view/10.5555/TEST.1",
            "/index.php/tj/article/download/10.5555%2Ftest.1/pdf",
            "/article.php?doi=10.5555%2FAbstract.2",
            $"/{h.Slug}/articles/{h.FullText}/citation.ris",
            "/doi/10.5555/test.1",
        ];
        // A second apart, so the events' order is the lines' order; /doi/ answers 302.
        var log = Write(Folder, "access.log", targets.Select((t, i) => Line(t, status: t.StartsWith("/doi/", StringComparison.Ordinal) ? 302 : 200, time: $"03/Feb/2025:10:15:{i:00} +0000")));

        var result = await ImportAsync(log);

        Assert.Equal(UsageLogImportOutcome.Imported, result.Outcome);
        Assert.Equal(13, result.Lines);
        await using var db = Database.CreateContext();
        var events = await db.UsageEvents.OrderBy(e => e.OccurredAt).Select(e => new { e.ArticleId, e.Activity, e.Format, e.LogImportId }).ToListAsync(Ct);
        Assert.Equal(
        [
            (h.FullText, UsageActivity.Request, UsageFormat.Html),
            (h.AbstractOnly, UsageActivity.Investigation, UsageFormat.Other),
            (h.FullText, UsageActivity.Request, UsageFormat.Html),
            (h.FullText, UsageActivity.Investigation, UsageFormat.Other),
            (h.FullText, UsageActivity.Investigation, UsageFormat.Other),
            (h.FullText, UsageActivity.Request, UsageFormat.Pdf),
            (h.FullText, UsageActivity.Investigation, UsageFormat.Other),
            (h.FullText, UsageActivity.Request, UsageFormat.Html),
            (h.FullText, UsageActivity.Request, UsageFormat.Pdf),
            (h.AbstractOnly, UsageActivity.Investigation, UsageFormat.Other),
        ], events.Select(e => (e.ArticleId, e.Activity, e.Format)));
        Assert.All(events, e => Assert.Equal(result.ImportId, e.LogImportId));
        Assert.Equal((5, 5), (result.Investigations, result.Requests));
        Assert.Equal(new Dictionary<UsageLogSkip, long> { [UsageLogSkip.Image] = 1, [UsageLogSkip.NotArticleUrl] = 1, [UsageLogSkip.Unsuccessful] = 1 }, result.Skipped);
        var import = await db.UsageLogImports.SingleAsync(Ct);
        Assert.Equal(("access.log", 13L, 5, 5, 3L), (import.FileName, import.Lines, import.Investigations, import.Requests, import.Skipped));
    }

    [Fact]
    public async Task The_same_log_again_even_renamed_or_compressed_changes_nothing()
    {
        string[] lines = [Line($"/{Hosted.Slug}/articles/{Hosted.FullText}"), Line($"/assets/{Hosted.PdfSha}/article.pdf")];
        var first = await ImportAsync(Write(Folder, "access.log.1", lines));
        var before = await EventCountsAsync();

        var again = await ImportAsync(Path.Combine(Folder, "access.log.1"));
        var renamed = await ImportAsync(Write(Folder, "copy-of-access.log", lines));
        var compressed = await ImportAsync(WriteGzip(Folder, "access.log.2.gz", lines));

        Assert.Equal(UsageLogImportOutcome.Imported, first.Outcome);
        Assert.All([again, renamed, compressed], r =>
        {
            Assert.Equal(UsageLogImportOutcome.AlreadyImported, r.Outcome);
            Assert.Equal(first.ImportId, r.ImportId);
            Assert.Equal("access.log.1", r.EarlierFileName);
            Assert.Empty(r.Days);
        });
        Assert.Equal(before, await EventCountsAsync());
        Assert.Equal((2, 1), before);
    }

    [Fact]
    public async Task A_failure_half_way_leaves_nothing_of_the_file_and_the_file_imports_whole_afterwards()
    {
        var lines = Enumerable.Range(0, 10).Select(i => Line($"/{Hosted.Slug}/articles/{Hosted.FullText}", address: $"192.0.2.{i}", agent: $"Agent {i}")).ToList();
        lines.Insert(3, Line("/index.php/tj/article/view/10.5555/test.1", time: "12/Mar/2024:08:00:00 +0100"));
        var log = Write(Folder, "access.log", lines);
        // Batches of two lines: the first batches (events, agents, a day's salt) are saved before the third fails.
        await FailingUsageInserts.InstallAsync(Database, rowsBefore: 4);
        var importer = new UsageLogImporter(Database.CreateContext, TimeProvider.System) { BatchSize = 2 };

        var failed = await importer.ImportAsync(log, Ct);

        Assert.Equal(UsageLogImportOutcome.Failed, failed.Outcome);
        Assert.Contains("simulated failure", failed.Error, StringComparison.Ordinal);
        Assert.Contains("nothing of it was stored", failed.Error, StringComparison.Ordinal);
        await using (var db = Database.CreateContext())
        {
            Assert.Equal(0, await db.UsageEvents.CountAsync(Ct));
            Assert.Equal(0, await db.UsageLogImports.CountAsync(Ct));
            Assert.Equal(0, await db.UsageAgents.CountAsync(Ct));
            Assert.Equal(0, await db.UsageSalts.CountAsync(Ct));
        }

        await FailingUsageInserts.RemoveAsync(Database);
        var retried = await ImportAsync(log);

        Assert.Equal(UsageLogImportOutcome.Imported, retried.Outcome);
        Assert.Equal((11, 1), await EventCountsAsync());
        await using (var db = Database.CreateContext())
        {
            Assert.Equal(11, await db.UsageAgents.CountAsync(Ct));
            Assert.Equal(2, await db.UsageSalts.CountAsync(Ct));
        }
    }

    protected Task<UsageLogImportResult> ImportAsync(string path) =>
        new UsageLogImporter(Database.CreateContext, TimeProvider.System).ImportAsync(path, Ct);

    protected async Task<(int Events, int Imports)> EventCountsAsync()
    {
        await using var db = Database.CreateContext();
        return (await db.UsageEvents.CountAsync(Ct), await db.UsageLogImports.CountAsync(Ct));
    }
}

/// <summary>The above on SQLite, and what does not depend on the database: formats, times, bad lines, unknown articles.</summary>
public sealed class UsageLogImporterSqliteTests : UsageLogImporterTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());

    [Fact]
    public async Task Status_and_method_filter_requests_and_robots_are_kept_for_processing()
    {
        var page = $"/{Hosted.Slug}/articles/{Hosted.FullText}";
        var log = Write(Folder, "access.log",
        [
            Line(page, method: "HEAD"),
            Line(page, method: "POST"),
            Line(page, status: 404),
            Line(page, status: 206),
            Line(page, status: 301),
            Line(page, status: 304),
            Line(page, agent: Googlebot),
            """192.0.2.1 - - [03/Feb/2025:10:15:42 +0000] "\x16\x03\x01\x00" 400 0 "-" "-" """,
        ]);

        var result = await ImportAsync(log);

        Assert.Equal(2, result.Events);
        Assert.Equal(new Dictionary<UsageLogSkip, long> { [UsageLogSkip.NotGet] = 2, [UsageLogSkip.Unsuccessful] = 3, [UsageLogSkip.MalformedRequest] = 1 }, result.Skipped);
        await using var db = Database.CreateContext();
        var agents = await db.UsageEvents.Join(db.UsageAgents, e => e.AgentId, a => a.Id, (e, a) => a.Text).ToListAsync(Ct);
        Assert.Equal([Browser, Googlebot], agents.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_gzip_log_is_read_by_its_magic_bytes_whatever_its_name()
    {
        var log = WriteGzip(Folder, "access.log.1", [Line($"/{Hosted.Slug}/articles/{Hosted.FullText}"), Line($"/assets/{Hosted.PdfSha}/article.pdf")]);

        var result = await ImportAsync(log);

        Assert.Equal((UsageLogImportOutcome.Imported, 2L, 2, 0L), (result.Outcome, result.Lines, result.Events, result.BadLines));
    }

    [Fact]
    public async Task Times_keep_their_instant_and_days_are_utc_days()
    {
        var page = $"/{Hosted.Slug}/articles/{Hosted.FullText}";
        var log = Write(Folder, "access.log",
        [
            Line(page, time: "31/Jan/2025:21:30:00 -0500"),
            Line(page, time: "01/Feb/2025:01:00:00 +0200"),
            Line(page, time: "15/Feb/2025:12:00:00 +0000"),
        ]);

        var result = await ImportAsync(log);

        Assert.Equal([new DateOnly(2025, 1, 31), new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 15)], result.Days);
        await using var db = Database.CreateContext();
        var times = (await db.UsageEvents.OrderBy(e => e.OccurredAt).Select(e => e.OccurredAt).ToListAsync(Ct)).Select(t => t.UtcDateTime);
        Assert.Equal([new DateTime(2025, 1, 31, 23, 0, 0), new DateTime(2025, 2, 1, 2, 30, 0), new DateTime(2025, 2, 15, 12, 0, 0)], times);
    }

    [Fact]
    public async Task Bad_lines_are_counted_and_shown_with_their_numbers_and_the_rest_is_imported()
    {
        var page = Line($"/{Hosted.Slug}/articles/{Hosted.FullText}");
        var lines = new List<string> { page, "garbage", page, "192.0.2.1 - - [99/Feb/2025:10:15:42 +0000] \"GET / HTTP/1.1\" 200 1", "" };
        lines.AddRange(Enumerable.Repeat("still garbage", 6));
        lines.Add(page);

        var result = await ImportAsync(Write(Folder, "access.log", lines));

        Assert.Equal(UsageLogImportOutcome.Imported, result.Outcome);
        Assert.Equal(3, result.Events);
        Assert.Equal(9, result.BadLines);
        Assert.Equal([2L, 4, 5, 6, 7], result.FirstBadLines.Select(b => b.Number));
        Assert.Contains("time \"99/Feb/2025:10:15:42 +0000\"", result.FirstBadLines[1].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Urls_of_articles_not_hosted_here_are_skipped_as_unknown()
    {
        var log = Write(Folder, "access.log",
        [
            Line($"/{Hosted.Slug}/articles/99999"),
            Line($"/other-journal/articles/{Hosted.FullText}"),
            Line("/index.php/x/article/view/10.9999/not.ours"),
            Line($"/assets/{new string('a', 64)}/x.pdf"),
            Line($"/{Hosted.Slug}/articles/{Hosted.FullText}"),
        ]);

        var result = await ImportAsync(log);

        Assert.Equal(1, result.Events);
        Assert.Equal(new Dictionary<UsageLogSkip, long> { [UsageLogSkip.UnknownArticle] = 4 }, result.Skipped);
    }

    [Fact]
    public async Task A_corrupt_gzip_fails_the_file_and_stores_nothing()
    {
        var good = WriteGzip(Folder, "good.gz", Enumerable.Repeat(Line($"/{Hosted.Slug}/articles/{Hosted.FullText}"), 2000));
        var bytes = await File.ReadAllBytesAsync(good, Ct);
        Array.Fill(bytes, (byte)0xFF, 20, bytes.Length / 2);
        var corrupt = Path.Combine(Folder, "corrupt.gz");
        await File.WriteAllBytesAsync(corrupt, bytes, Ct);

        var result = await ImportAsync(corrupt);

        Assert.Equal(UsageLogImportOutcome.Failed, result.Outcome);
        Assert.Equal((0, 0), await EventCountsAsync());
    }

    [Fact]
    public async Task Lookups_are_shared_by_the_lines_of_a_batch()
    {
        var lines = Enumerable.Range(0, 300).Select(i => Line(i % 2 == 0 ? $"/{Hosted.Slug}/articles/{Hosted.FullText}" : $"/{Hosted.Slug}/articles/{Hosted.AbstractOnly}"));
        var targets = new UsageLogTargets();
        var requests = lines.Select(l => { Assert.True(AccessLogLine.TryParse(l, out var line, out _)); return UsageLogRequest.Read(line); }).ToList();
        await using var db = Database.CreateContext();

        await targets.ResolveAsync(db, requests, Ct);
        await targets.ResolveAsync(db, requests, Ct);

        Assert.Equal(1, targets.Queries);
        Assert.All(requests, r => Assert.NotNull(targets.Map(r, out _)));
    }

    [Fact]
    public async Task Overlapping_times_of_two_different_logs_are_pointed_out()
    {
        var page = $"/{Hosted.Slug}/articles/{Hosted.FullText}";
        await ImportAsync(Write(Folder, "a.log", [Line(page, time: "03/Feb/2025:10:00:00 +0000"), Line(page, time: "03/Feb/2025:12:00:00 +0000")]));

        var second = await ImportAsync(Write(Folder, "b.log", [Line(page, time: "03/Feb/2025:11:00:00 +0000")]));
        var third = await ImportAsync(Write(Folder, "c.log", [Line(page, time: "04/Feb/2025:11:00:00 +0000")]));

        Assert.Equal(["a.log"], second.OverlappingFiles);
        Assert.Empty(third.OverlappingFiles);
    }
}

public sealed class UsageLogImporterPostgresTests(PostgresServer server) : UsageLogImporterTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}
