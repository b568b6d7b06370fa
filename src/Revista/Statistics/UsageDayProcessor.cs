using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Revista.Data;

namespace Revista.Statistics;

/// <summary>
/// COUNTER R5.1 processing of one UTC day: the day's raw events become its <see cref="UsageDay"/> rows, the month's
/// <see cref="UsageMonth"/> rows of the articles concerned are summed again from the days, and their
/// <see cref="ArticleUsageCounter"/>s and their journals' <see cref="UsageTitleMonth"/> rows follow; all in one
/// transaction, so running it again gives the same rows and a
/// crash leaves the previous totals. Events are streamed in (user, URL, time) order, so memory holds one user's
/// events and one accumulator per article, never the day. One instance per run: it remembers which agents are robots
/// under its list and which journal each article belongs to.
/// </summary>
public sealed class UsageDayProcessor(Func<RevistaDb> openDb, RobotList robots, TimeProvider clock, ILogger? logger = null)
{
    /// <summary>COUNTER §7.2: two clicks on the same link by the same user at most 30 seconds apart are one action.</summary>
    public static readonly TimeSpan DoubleClickWindow = TimeSpan.FromSeconds(30);

    // Large IN lists are split: SQLite and PostgreSQL limit parameters per statement.
    private const int Chunk = 500;

    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private readonly Dictionary<int, bool> _robotAgents = [];
    private Dictionary<int, int>? _journals;
    private bool _journalsReloaded;

    public RobotList Robots => robots;

    public async Task<UsageDayResult> ProcessAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var db = openDb();
        var state = await db.UsageDayStates.FirstOrDefaultAsync(s => s.Day == day, cancellationToken);
        if (state?.PrunedAt is not null)
            return UsageDayResult.Refused(day, "its raw events were pruned; its totals are kept as they are");
        var from = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = from.AddDays(1);
        var events = db.UsageEvents.AsNoTracking().Where(e => e.OccurredAt >= from && e.OccurredAt < to);
        await ClassifyAgentsAsync(db, await events.Select(e => e.AgentId).Distinct().ToListAsync(cancellationToken), cancellationToken);
        _journals ??= await JournalsAsync(db, cancellationToken);

        var tally = new DayTally(this);
        var stream = events
            .OrderBy(e => e.ClientKey).ThenBy(e => e.TargetKey).ThenBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .Select(e => new RawEvent(e.Id, e.OccurredAt, e.ArticleId, e.Activity, e.Format, e.TargetKey, e.ClientKey, e.AgentId))
            .AsAsyncEnumerable();
        await foreach (var raw in stream.WithCancellation(cancellationToken))
            await tally.AddAsync(raw, cancellationToken);
        tally.Finish();
        if (tally.Skipped > 0)
            _logger.LogWarning("Usage of {Day}: {Skipped} events skipped (article unknown or event unreadable), the rest counted.", day, tally.Skipped);

        var changed = await SaveAsync(db, day, state, tally, cancellationToken);
        return new UsageDayResult(day, tally.Events, tally.Robots, tally.DoubleClicks, tally.Skipped, tally.Articles.Count, changed);
    }

    private async Task<List<int>> SaveAsync(RevistaDb db, DateOnly day, UsageDayState? state, DayTally tally, CancellationToken cancellationToken)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var affected = (await db.UsageDays.Where(d => d.Day == day).Select(d => d.ArticleId).ToListAsync(cancellationToken)).ToHashSet();
        await db.UsageDays.Where(d => d.Day == day).ExecuteDeleteAsync(cancellationToken);
        foreach (var (articleId, counts) in tally.Articles)
        {
            db.UsageDays.Add(new UsageDay { Day = day, ArticleId = articleId, JournalId = _journals![articleId], Counts = counts });
            affected.Add(articleId);
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var month = new DateOnly(day.Year, day.Month, 1);
        var changed = new List<int>();
        foreach (var chunk in affected.Order().Chunk(Chunk))
        {
            await RebuildMonthAsync(db, month, chunk, cancellationToken);
            changed.AddRange(await UpdateCountersAsync(db, chunk, cancellationToken));
        }
        await UsageTitleMonth.RebuildAsync(db, month, [.. affected.Where(_journals!.ContainsKey).Select(a => _journals[a]).Distinct()], cancellationToken);

        var now = clock.GetUtcNow();
        if (state is null)
        {
            state = new UsageDayState { Day = day };
            db.UsageDayStates.Add(state);
        }
        else
        {
            db.UsageDayStates.Attach(state);
        }
        state.LastEventId = Math.Max(state.LastEventId, tally.LastEventId);
        state.Pending = false;
        state.ProcessedAt = now;
        state.Events = tally.Events;
        state.RobotEvents = tally.Robots;
        state.DoubleClicks = tally.DoubleClicks;
        state.SkippedEvents = tally.Skipped;
        state.LastError = null;
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return changed;
    }

    /// <summary>The month's rows of these articles, summed again from their days: a month is always the sum of its days.</summary>
    private static async Task RebuildMonthAsync(RevistaDb db, DateOnly month, int[] articles, CancellationToken cancellationToken)
    {
        var next = month.AddMonths(1);
        await db.UsageMonths.Where(m => m.Month == month && articles.Contains(m.ArticleId)).ExecuteDeleteAsync(cancellationToken);
        var sums = await db.UsageDays.AsNoTracking()
            .Where(d => d.Day >= month && d.Day < next && articles.Contains(d.ArticleId))
            .GroupBy(d => d.ArticleId)
            .Select(g => new UsageMonth
            {
                Month = month,
                ArticleId = g.Key,
                JournalId = g.Max(d => d.JournalId),
                Counts = new UsageCounts
                {
                    TotalItemInvestigations = g.Sum(d => d.Counts.TotalItemInvestigations),
                    UniqueItemInvestigations = g.Sum(d => d.Counts.UniqueItemInvestigations),
                    TotalItemRequests = g.Sum(d => d.Counts.TotalItemRequests),
                    UniqueItemRequests = g.Sum(d => d.Counts.UniqueItemRequests),
                    HtmlRequests = g.Sum(d => d.Counts.HtmlRequests),
                    PdfRequests = g.Sum(d => d.Counts.PdfRequests),
                },
            })
            .ToListAsync(cancellationToken);
        db.UsageMonths.AddRange(sums);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>Sets each article's visits counter to its Unique_Item_Investigations over all months; returns the ones that moved.</summary>
    private async Task<List<int>> UpdateCountersAsync(RevistaDb db, int[] articles, CancellationToken cancellationToken)
    {
        var totals = await db.UsageMonths.AsNoTracking()
            .Where(m => articles.Contains(m.ArticleId))
            .GroupBy(m => m.ArticleId)
            .Select(g => new { ArticleId = g.Key, Unique = g.Sum(m => (long)m.Counts.UniqueItemInvestigations) })
            .ToDictionaryAsync(t => t.ArticleId, t => t.Unique, cancellationToken);
        var counters = await db.ArticleUsageCounters.Where(c => articles.Contains(c.ArticleId)).ToDictionaryAsync(c => c.ArticleId, cancellationToken);
        var now = clock.GetUtcNow();
        var changed = new List<int>();
        foreach (var articleId in articles)
        {
            var unique = totals.GetValueOrDefault(articleId);
            if (counters.TryGetValue(articleId, out var counter))
            {
                if (counter.UniqueItemInvestigations == unique)
                    continue;
                counter.UniqueItemInvestigations = unique;
                counter.UpdatedAt = now;
            }
            else
            {
                db.ArticleUsageCounters.Add(new ArticleUsageCounter { ArticleId = articleId, UniqueItemInvestigations = unique, UpdatedAt = now });
            }
            changed.Add(articleId);
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return changed;
    }

    /// <summary>Matches each agent not seen before against the robots list, once per agent however many events it has.</summary>
    private async Task ClassifyAgentsAsync(RevistaDb db, List<int> agentIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in agentIds.Where(id => !_robotAgents.ContainsKey(id)).Chunk(Chunk))
        {
            var agents = await db.UsageAgents.AsNoTracking().Where(a => chunk.Contains(a.Id)).Select(a => new { a.Id, a.Text }).ToListAsync(cancellationToken);
            foreach (var agent in agents)
                _robotAgents[agent.Id] = robots.IsRobot(agent.Text);
        }
    }

    private static async Task<Dictionary<int, int>> JournalsAsync(RevistaDb db, CancellationToken cancellationToken)
    {
        // A withdrawn article's events still count for its journal: its tombstone keeps the journal.
        var journals = await db.OaiDeletedRecords.AsNoTracking().Select(d => new { d.ArticleId, d.JournalId })
            .ToDictionaryAsync(d => d.ArticleId, d => d.JournalId, cancellationToken);
        await foreach (var article in db.Articles.AsNoTracking().Select(a => new { a.Id, a.JournalId }).AsAsyncEnumerable().WithCancellation(cancellationToken))
            journals[article.Id] = article.JournalId;
        return journals;
    }

    private async Task<bool> KnownArticleAsync(int articleId, CancellationToken cancellationToken)
    {
        if (_journals!.ContainsKey(articleId))
            return true;
        // An article imported after this run began: read the map again, once per run.
        // Another context: the events are still being read on this one, and PostgreSQL runs one command at a time.
        if (_journalsReloaded)
            return false;
        _journalsReloaded = true;
        await using (var other = openDb())
            _journals = await JournalsAsync(other, cancellationToken);
        return _journals.ContainsKey(articleId);
    }

    private readonly record struct RawEvent(long Id, DateTimeOffset OccurredAt, int ArticleId, UsageActivity Activity, UsageFormat Format, long TargetKey, long ClientKey, int AgentId);

    /// <summary>
    /// Counts one day's events arriving in (user, URL, time) order. Double-clicks (§7.2) are removed from the Total_*
    /// metrics only, as the Code of Practice says: the first of two clicks on one URL within 30 seconds goes, the
    /// second stays, along a chain. Unique_* metrics (§7.3) count each (session, article) once, the session being the
    /// user and the hour of the day; the set of a user's sessions is emptied when the next user starts.
    /// </summary>
    private sealed class DayTally(UsageDayProcessor processor)
    {
        private readonly HashSet<(int ArticleId, int Hour)> _investigated = [];
        private readonly HashSet<(int ArticleId, int Hour)> _requested = [];
        private RawEvent? _held;

        public Dictionary<int, UsageCounts> Articles { get; } = [];
        public int Events { get; private set; }
        public int Robots { get; private set; }
        public int DoubleClicks { get; private set; }
        public int Skipped { get; private set; }
        public long LastEventId { get; private set; }

        public async Task AddAsync(RawEvent e, CancellationToken cancellationToken)
        {
            Events++;
            LastEventId = Math.Max(LastEventId, e.Id);
            if (!processor._robotAgents.TryGetValue(e.AgentId, out var robot) || robot)
            {
                // An agent id with no agent row cannot be checked against the list: not counted as a reader.
                Robots++;
                return;
            }
            if (!Enum.IsDefined(e.Activity) || !await processor.KnownArticleAsync(e.ArticleId, cancellationToken))
            {
                Skipped++;
                return;
            }
            if (_held is { } held && held.ClientKey != e.ClientKey)
                EndUser();
            if (_held is { } previous)
            {
                if (previous.TargetKey == e.TargetKey && e.OccurredAt - previous.OccurredAt <= DoubleClickWindow)
                    DoubleClicks++;
                else
                    CountTotal(previous);
            }
            _held = e;
            var hour = e.OccurredAt.UtcDateTime.Hour;
            _investigated.Add((e.ArticleId, hour));
            if (e.Activity == UsageActivity.Request)
                _requested.Add((e.ArticleId, hour));
        }

        public void Finish() => EndUser();

        private void EndUser()
        {
            if (_held is { } last)
                CountTotal(last);
            _held = null;
            foreach (var (articleId, _) in _investigated)
                Counts(articleId).UniqueItemInvestigations++;
            foreach (var (articleId, _) in _requested)
                Counts(articleId).UniqueItemRequests++;
            _investigated.Clear();
            _requested.Clear();
        }

        // Every request is also an investigation (R5.1 §3.3.2).
        private void CountTotal(RawEvent e)
        {
            var counts = Counts(e.ArticleId);
            counts.TotalItemInvestigations++;
            if (e.Activity != UsageActivity.Request)
                return;
            counts.TotalItemRequests++;
            if (e.Format == UsageFormat.Html)
                counts.HtmlRequests++;
            else if (e.Format == UsageFormat.Pdf)
                counts.PdfRequests++;
        }

        private UsageCounts Counts(int articleId)
        {
            if (!Articles.TryGetValue(articleId, out var counts))
                Articles[articleId] = counts = new UsageCounts();
            return counts;
        }
    }
}
