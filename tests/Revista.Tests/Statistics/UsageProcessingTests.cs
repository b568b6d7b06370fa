using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Journals;
using Revista.Oai;
using Revista.Statistics;
using Revista.Tests.Infrastructure;
using Revista.Tests.Oai;

namespace Revista.Tests.Statistics;

/// <summary>
/// COUNTER R5.1 processing over real SQL on both databases, with the Code of Practice's own examples (§7.2 double-clicks,
/// §7.3 sessions) and events stored the one way they are stored, through <see cref="UsageRecorder"/>.
/// </summary>
public abstract class UsageProcessingTests : MigratedDatabaseTests
{
    private const string Firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private const string Googlebot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    private const string Reader = "192.1.1.168";
    private static readonly DateTimeOffset June15 = new(2024, 6, 15, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2024, 6, 15);

    private readonly UsageRecorder recorder = new();
    private int journalId;
    private int article;
    private int other;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateContext();
        var journal = new Journal { Slug = "rpc", Title = "Revista de Pruebas", CreatedAt = June15 };
        db.Journals.Add(journal);
        await db.SaveChangesAsync(Ct);
        journalId = journal.Id;
        article = await AddArticleAsync(db, "one");
        other = await AddArticleAsync(db, "two");
    }

    [Theory]
    [InlineData(29, 1)]
    [InlineData(30, 1)]
    [InlineData(35, 2)]
    public async Task Two_clicks_on_one_link_within_30_seconds_are_one_action(int secondsApart, int actions)
    {
        // §7.2: "a click at 10:01:00 and a second click at 10:01:29 would be considered a double-click (one action); a
        // click at 10:01:00 and a second click at 10:01:35 would count as two separate single clicks (two actions)".
        var first = June15.AddHours(10).AddMinutes(1);
        await RecordAsync(Pdf(first), Pdf(first.AddSeconds(secondsApart)));

        var result = await ProcessAsync();

        var counts = await DayCountsAsync(article);
        Assert.Equal(actions, counts.TotalItemRequests);
        Assert.Equal(actions, counts.TotalItemInvestigations);
        Assert.Equal(actions, counts.PdfRequests);
        Assert.Equal(1, counts.UniqueItemRequests);
        Assert.Equal(2 - actions, result.DoubleClicks);
    }

    [Fact]
    public async Task A_chain_of_rapid_clicks_keeps_only_its_last_click()
    {
        // §7.2: further requests within 30 seconds of the previous one are treated identically; 0, 20, 40, 60 s is one
        // chain (one action), and a click 31 s after it starts another.
        var at = June15.AddHours(10);
        await RecordAsync(Html(at), Html(at.AddSeconds(20)), Html(at.AddSeconds(40)), Html(at.AddSeconds(60)), Html(at.AddSeconds(91)));

        var result = await ProcessAsync();

        var counts = await DayCountsAsync(article);
        Assert.Equal(2, counts.TotalItemRequests);
        Assert.Equal(2, counts.HtmlRequests);
        Assert.Equal(3, result.DoubleClicks);
    }

    [Fact]
    public async Task Clicks_by_different_users_or_on_different_links_are_never_double_clicks()
    {
        var at = June15.AddHours(10);
        await RecordAsync(Html(at), Html(at.AddSeconds(5), address: "10.0.0.9"), Pdf(at.AddSeconds(10)), Page(at.AddSeconds(15)));

        var result = await ProcessAsync();

        var counts = await DayCountsAsync(article);
        Assert.Equal(0, result.DoubleClicks);
        Assert.Equal(4, counts.TotalItemInvestigations);
        Assert.Equal(3, counts.TotalItemRequests);
    }

    [Fact]
    public async Task The_same_user_in_two_different_hours_is_two_sessions_and_within_one_hour_one()
    {
        // §7.3: the surrogate session is address|agent|date|hour, e.g. 192.1.1.168|Mozilla/5.0|2024-06-15|13.
        await RecordAsync(Page(June15.AddHours(13).AddMinutes(5)), Page(June15.AddHours(13).AddMinutes(35)), Page(June15.AddHours(15).AddMinutes(10)));

        await ProcessAsync();

        var counts = await DayCountsAsync(article);
        Assert.Equal(3, counts.TotalItemInvestigations);
        Assert.Equal(2, counts.UniqueItemInvestigations);
        Assert.Equal(0, counts.TotalItemRequests);
        Assert.Equal(0, counts.UniqueItemRequests);
    }

    [Fact]
    public async Task Html_and_pdf_of_one_article_in_one_session_are_one_unique_request_and_two_total_requests()
    {
        // §7.3 and §3.3.2: the item is the article whatever its format, and every request is also an investigation.
        var at = June15.AddHours(13).AddMinutes(35);
        await RecordAsync(Page(at), Html(at.AddMinutes(1)), Pdf(at.AddMinutes(2)));

        await ProcessAsync();

        var counts = await DayCountsAsync(article);
        Assert.Equal(2, counts.TotalItemRequests);
        Assert.Equal(1, counts.UniqueItemRequests);
        Assert.Equal(3, counts.TotalItemInvestigations);
        Assert.Equal(1, counts.UniqueItemInvestigations);
        Assert.Equal(1, counts.HtmlRequests);
        Assert.Equal(1, counts.PdfRequests);
    }

    [Fact]
    public async Task Robots_of_the_COUNTER_list_are_not_counted()
    {
        var path = SharedRobots.RequireFile();
        await using (var db = Database.CreateContext())
            await UsageRobots.ReplaceAsync(db, await File.ReadAllTextAsync(path, Ct), path, June15, Ct);
        var at = June15.AddHours(9);
        await RecordAsync(Page(at), Page(at.AddMinutes(1), agent: Googlebot), Pdf(at.AddMinutes(2), agent: "Wget/1.21.4"), Pdf(at.AddMinutes(3), agent: ""));

        var result = await ProcessAsync();

        Assert.Equal(4, result.Events);
        Assert.Equal(3, result.RobotEvents);
        var counts = await DayCountsAsync(article);
        Assert.Equal(1, counts.TotalItemInvestigations);
        Assert.Equal(0, counts.TotalItemRequests);
    }

    [Fact]
    public async Task Processing_again_gives_identical_days_months_and_counters()
    {
        var at = June15.AddHours(8);
        await RecordAsync(Page(at), Html(at.AddSeconds(10)), Html(at.AddSeconds(25)), Pdf(at.AddHours(2)), Page(at.AddMinutes(5), other), Page(at.AddMinutes(6), other, address: "10.1.1.1"));
        await RecordAsync(Pdf(June15.AddDays(1).AddHours(3)));

        await using var processing = Processing(June15.AddDays(2));
        await processing.ProcessDaysAsync(Day, Day.AddDays(1), Ct);
        var first = await SnapshotAsync();
        var again = await processing.ProcessDaysAsync(Day, Day.AddDays(1), Ct);

        Assert.Equal(first, await SnapshotAsync());
        Assert.All(again, r => Assert.Empty(r.ChangedCounters));
        Assert.Contains($"{article}|2024-06-01|", first, StringComparison.Ordinal);
        Assert.Contains($"journal {journalId}|2024-06-01|", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_of_an_unknown_article_is_skipped_and_the_rest_of_the_day_is_counted()
    {
        var at = June15.AddHours(11);
        await RecordAsync(Page(at), Page(at.AddMinutes(1), articleId: 999_999), Pdf(at.AddMinutes(2)));

        var result = await ProcessAsync();

        Assert.Equal(1, result.SkippedEvents);
        Assert.Null(result.NotProcessed);
        Assert.Equal(2, (await DayCountsAsync(article)).TotalItemInvestigations);
        await using var db = Database.CreateContext();
        Assert.False(await db.UsageDays.AnyAsync(d => d.ArticleId == 999_999, Ct));
    }

    [Fact]
    public async Task A_withdrawn_article_keeps_counting_for_its_journal()
    {
        await RecordAsync(Page(June15.AddHours(1)));
        await using (var db = Database.CreateContext())
        {
            await db.Articles.Where(a => a.Id == article).ExecuteDeleteAsync(Ct);
            db.OaiDeletedRecords.Add(new OaiDeletedRecord { ArticleId = article, JournalId = journalId, JournalSlug = "rpc", DeletedAt = June15 });
            await db.SaveChangesAsync(Ct);
        }

        await ProcessAsync();

        await using var check = Database.CreateContext();
        var row = await check.UsageDays.SingleAsync(Ct);
        Assert.Equal((article, journalId, 1), (row.ArticleId, row.JournalId, row.Counts.TotalItemInvestigations));
    }

    [Fact]
    public async Task The_job_processes_new_days_and_late_events_and_the_counter_sums_every_month()
    {
        await RecordAsync(Page(June15.AddHours(10)), Page(June15.AddHours(12)));
        await using var processing = Processing(June15.AddDays(1));
        var run = await processing.RunOnceAsync(Ct);
        Assert.Equal([Day], run.Days.Select(d => d.Day));
        Assert.Equal([article], run.ChangedCounters);
        Assert.Equal(2, await CounterAsync(article));

        // A log import brings events of May and more of June 15 afterwards: both days are picked up, nothing else.
        await RecordAsync(Page(June15.AddDays(-20).AddHours(9)), Page(June15.AddHours(20)));
        run = await processing.RunOnceAsync(Ct);

        Assert.Equal([Day.AddDays(-20), Day], run.Days.Select(d => d.Day));
        Assert.Equal(4, await CounterAsync(article));
        await using var db = Database.CreateContext();
        var months = await db.UsageMonths.OrderBy(m => m.Month).Select(m => new { m.Month, m.Counts.UniqueItemInvestigations }).ToListAsync(Ct);
        Assert.Equal([(new DateOnly(2024, 5, 1), 1), (new DateOnly(2024, 6, 1), 3)], months.Select(m => (m.Month, m.UniqueItemInvestigations)));
        Assert.Empty((await processing.RunOnceAsync(Ct)).Days);
    }

    [Fact]
    public async Task A_new_job_after_a_restart_finds_what_is_still_pending()
    {
        await RecordAsync(Page(June15.AddHours(10)));
        await using (var first = Processing(June15.AddDays(1)))
            await first.RunOnceAsync(Ct);
        await RecordAsync(Html(June15.AddHours(11)));

        await using var restarted = Processing(June15.AddDays(1));
        var run = await restarted.RunOnceAsync(Ct);

        Assert.Equal([Day], run.Days.Select(d => d.Day));
        Assert.Equal(1, (await DayCountsAsync(article)).TotalItemRequests);
    }

    [Fact]
    public async Task Pruning_deletes_only_processed_days_past_the_window_and_keeps_their_totals()
    {
        var today = new DateOnly(2024, 9, 30);
        var old = June15;                            // 107 days before today: past a 90-day window
        var recent = June15.AddDays(100);            // 7 days before today
        await RecordAsync(Page(old.AddHours(1)), Page(recent.AddHours(1)));
        await using var processing = Processing(new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(12));

        var run = await processing.RunOnceAsync(Ct);

        Assert.Equal(1, run.PrunedEvents);
        await using var db = Database.CreateContext();
        Assert.Equal([recent.AddHours(1).UtcDateTime], (await db.UsageEvents.Select(e => e.OccurredAt).ToListAsync(Ct)).Select(t => t.UtcDateTime));
        Assert.Equal(2, await db.UsageDays.CountAsync(Ct));
        Assert.NotNull((await db.UsageDayStates.SingleAsync(s => s.Day == Day, Ct)).PrunedAt);
        var again = await processing.ProcessDaysAsync(Day, Day, Ct);
        Assert.NotNull(Assert.Single(again).NotProcessed);
        Assert.Equal(1, (await DayCountsAsync(article)).TotalItemInvestigations);
    }

    [Fact]
    public async Task Old_salts_are_forgotten_by_the_job()
    {
        await RecordAsync(Page(June15.AddHours(1)), Page(June15.AddDays(2).AddHours(1)), Page(June15.AddDays(3).AddHours(1)));
        await using var processing = Processing(June15.AddDays(3).AddHours(5));

        await processing.RunOnceAsync(Ct);

        await using var db = Database.CreateContext();
        Assert.Equal([Day.AddDays(2), Day.AddDays(3)], await db.UsageSalts.OrderBy(s => s.Day).Select(s => s.Day).ToListAsync(Ct));
    }

    private async Task<int> AddArticleAsync(Revista.Data.RevistaDb db, string name)
    {
        var row = new Article { JournalId = journalId, Title = name, TitleHtml = name, PublishedOn = Day, CurrentVersionNumber = 1, CreatedAt = June15, UpdatedAt = June15 };
        db.Articles.Add(row);
        await db.SaveChangesAsync(Ct);
        return row.Id;
    }

    private DisposableProcessing Processing(DateTimeOffset now) =>
        new(new UsageProcessing(Database.CreateContext, recorder, new UsageOptions(), new FixedClock(now)));

    private async Task<UsageDayResult> ProcessAsync()
    {
        await using var processing = Processing(June15.AddDays(1));
        return Assert.Single(await processing.ProcessDaysAsync(Day, Day, Ct));
    }

    private async Task RecordAsync(params UsageHit[] hits)
    {
        await using var db = Database.CreateContext();
        await recorder.SaveAsync(db, hits, Ct);
    }

    private async Task<UsageCounts> DayCountsAsync(int articleId)
    {
        await using var db = Database.CreateContext();
        return (await db.UsageDays.SingleAsync(d => d.ArticleId == articleId && d.Day == Day, Ct)).Counts;
    }

    private async Task<long> CounterAsync(int articleId)
    {
        await using var db = Database.CreateContext();
        return await db.ArticleUsageCounters.Where(c => c.ArticleId == articleId).Select(c => c.UniqueItemInvestigations).SingleAsync(Ct);
    }

    private async Task<string> SnapshotAsync()
    {
        await using var db = Database.CreateContext();
        static string Of(UsageCounts c) => $"{c.TotalItemInvestigations},{c.UniqueItemInvestigations},{c.TotalItemRequests},{c.UniqueItemRequests},{c.HtmlRequests},{c.PdfRequests}";
        var days = (await db.UsageDays.AsNoTracking().ToListAsync(Ct)).OrderBy(d => d.Day).ThenBy(d => d.ArticleId).Select(d => $"{d.ArticleId}|{d.Day:yyyy-MM-dd}|{d.JournalId}|{Of(d.Counts)}");
        var months = (await db.UsageMonths.AsNoTracking().ToListAsync(Ct)).OrderBy(m => m.Month).ThenBy(m => m.ArticleId).Select(m => $"{m.ArticleId}|{m.Month:yyyy-MM-dd}|{m.JournalId}|{Of(m.Counts)}");
        var titles = (await db.UsageTitleMonths.AsNoTracking().ToListAsync(Ct)).OrderBy(t => t.Month).ThenBy(t => t.JournalId).ThenBy(t => t.AccessStatus).ThenBy(t => t.Year)
            .Select(t => $"journal {t.JournalId}|{t.Month:yyyy-MM-dd}|{t.AccessStatus}|{t.Year}|{Of(t.Counts)}");
        var counters = (await db.ArticleUsageCounters.AsNoTracking().ToListAsync(Ct)).OrderBy(c => c.ArticleId).Select(c => $"{c.ArticleId}={c.UniqueItemInvestigations}");
        return string.Join("\n", days.Concat(months).Concat(titles).Concat(counters));
    }

    private UsageHit Page(DateTimeOffset at, int? articleId = null, string address = Reader, string agent = Firefox) =>
        Hit(at, articleId ?? article, UsageActivity.Investigation, UsageFormat.Other, "", address, agent);

    private UsageHit Html(DateTimeOffset at, int? articleId = null, string address = Reader, string agent = Firefox) =>
        Hit(at, articleId ?? article, UsageActivity.Request, UsageFormat.Html, "/full", address, agent);

    private UsageHit Pdf(DateTimeOffset at, int? articleId = null, string address = Reader, string agent = Firefox) =>
        Hit(at, articleId ?? article, UsageActivity.Request, UsageFormat.Pdf, "/pdf", address, agent);

    private static UsageHit Hit(DateTimeOffset at, int articleId, UsageActivity activity, UsageFormat format, string suffix, string address, string agent) =>
        new(at, articleId, activity, format, $"/rpc/articles/{articleId}{suffix}", address, agent);

    /// <summary>Lets a test write `await using` for the job, which owns a semaphore.</summary>
    private sealed class DisposableProcessing(UsageProcessing inner) : IAsyncDisposable
    {
        public Task<UsageRun> RunOnceAsync(CancellationToken cancellationToken) => inner.RunOnceAsync(cancellationToken);

        public Task<IReadOnlyList<UsageDayResult>> ProcessDaysAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
            inner.ProcessDaysAsync(first, last, cancellationToken);

        public ValueTask DisposeAsync()
        {
            inner.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

public sealed class UsageProcessingSqliteTests : UsageProcessingTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class UsageProcessingPostgresTests(PostgresServer server) : UsageProcessingTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}
