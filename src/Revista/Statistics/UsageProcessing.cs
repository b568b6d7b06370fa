using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Revista.Data;

namespace Revista.Statistics;

/// <summary>
/// The usage job, as plain code the web host's timer, the command line and tests all call: find the days that have
/// events newer than their totals, process each (one failing day is logged and retried next time, the others go on),
/// then prune raw events past <see cref="UsageOptions.RawEventDays"/> and forget old salts. Every step reads its state
/// from the database, so the job can stop anywhere and start again. One instance per process.
/// </summary>
public sealed class UsageProcessing(Func<RevistaDb> openDb, UsageRecorder recorder, UsageOptions options, TimeProvider clock, ILogger? logger = null) : IDisposable
{
    /// <summary>
    /// How far back each scan for new events starts before the last id already scanned. On PostgreSQL ids are handed out
    /// before commit, so a slow writer can commit a lower id after a higher one was scanned; scanning this many ids again
    /// catches it. A re-scanned event already counted marks nothing.
    /// </summary>
    public const long ScanOverlap = 10_000;

    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long? _scannedTo;
    private UsageDayProcessor? _processor;
    private DateTimeOffset? _robotsLoadedAt;

    /// <summary>One run of the job: mark days with new events, process every pending day, prune, forget salts.</summary>
    public async Task<UsageRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await MarkPendingAsync(cancellationToken);
            var days = await ProcessPendingCoreAsync(cancellationToken);
            var pruned = await PruneAsync(cancellationToken);
            await using (var db = openDb())
                await recorder.ForgetSaltsAsync(db, Today, keep: 1, cancellationToken);
            return new UsageRun(days, pruned);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Processes the days from <paramref name="first"/> to <paramref name="last"/> (inclusive) again, whatever their state.</summary>
    public async Task<IReadOnlyList<UsageDayResult>> ProcessDaysAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var results = new List<UsageDayResult>();
            for (var day = first; day <= last; day = day.AddDays(1))
            {
                if (!await HasEventsOrStateAsync(day, cancellationToken))
                    continue;
                results.Add(await ProcessOneAsync(day, cancellationToken));
            }
            return results;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Processes every day marked pending (after looking for new events), oldest first.</summary>
    public async Task<IReadOnlyList<UsageDayResult>> ProcessPendingAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await MarkPendingAsync(cancellationToken);
            return await ProcessPendingCoreAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Deletes the raw events of processed days older than <see cref="UsageOptions.RawEventDays"/>; their totals stay.
    /// A day still pending keeps its events until it has been processed. Returns how many events were deleted.
    /// </summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var cutoff = Today.AddDays(-Math.Max(1, options.RawEventDays));
        await using var db = openDb();
        var days = await db.UsageDayStates.Where(s => s.Day < cutoff && !s.Pending && s.PrunedAt == null).OrderBy(s => s.Day).ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var state in days)
        {
            var (from, to) = Bounds(state.Day);
            // Only events the totals include: one that arrived after the day was processed waits for the next run.
            deleted += await db.UsageEvents.Where(e => e.OccurredAt >= from && e.OccurredAt < to && e.Id <= state.LastEventId).ExecuteDeleteAsync(cancellationToken);
            if (await db.UsageEvents.AnyAsync(e => e.OccurredAt >= from && e.OccurredAt < to, cancellationToken))
                continue;
            state.PrunedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
        return deleted;
    }

    public void Dispose() => _gate.Dispose();

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Reads the ids and times of events not scanned yet, and marks their days pending where they are newer than the totals.</summary>
    private async Task MarkPendingAsync(CancellationToken cancellationToken)
    {
        await using var db = openDb();
        _scannedTo ??= await db.UsageDayStates.MaxAsync(s => (long?)s.LastEventId, cancellationToken) ?? 0;
        var after = Math.Max(0, _scannedTo.Value - ScanOverlap);
        var newest = new Dictionary<DateOnly, long>();
        var scanned = _scannedTo.Value;
        await foreach (var e in db.UsageEvents.AsNoTracking().Where(e => e.Id > after).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.OccurredAt }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var day = DateOnly.FromDateTime(e.OccurredAt.UtcDateTime);
            newest[day] = Math.Max(newest.GetValueOrDefault(day), e.Id);
            scanned = Math.Max(scanned, e.Id);
        }
        if (newest.Count == 0)
            return;
        var keys = newest.Keys.ToList();
        var states = await db.UsageDayStates.Where(s => keys.Contains(s.Day)).ToDictionaryAsync(s => s.Day, cancellationToken);
        foreach (var (day, id) in newest)
        {
            if (!states.TryGetValue(day, out var state))
            {
                db.UsageDayStates.Add(new UsageDayState { Day = day, Pending = true });
            }
            else if (id > state.LastEventId && !state.Pending)
            {
                if (state.PrunedAt is not null)
                    _logger.LogWarning("Usage events arrived for {Day}, whose raw events were already pruned; its totals cannot be redone and the new events are not counted.", day);
                else
                    state.Pending = true;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        _scannedTo = scanned;
    }

    private async Task<List<UsageDayResult>> ProcessPendingCoreAsync(CancellationToken cancellationToken)
    {
        List<DateOnly> days;
        await using (var db = openDb())
            days = await db.UsageDayStates.Where(s => s.Pending).OrderBy(s => s.Day).Select(s => s.Day).ToListAsync(cancellationToken);
        var results = new List<UsageDayResult>();
        foreach (var day in days)
            results.Add(await ProcessOneAsync(day, cancellationToken));
        return results;
    }

    private async Task<UsageDayResult> ProcessOneAsync(DateOnly day, CancellationToken cancellationToken)
    {
        try
        {
            var processor = await ProcessorAsync(cancellationToken);
            return await processor.ProcessAsync(day, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogError(e, "Usage of {Day} could not be processed; it stays pending and is tried again on the next run.", day);
            await RecordFailureAsync(day, e.Message, cancellationToken);
            return UsageDayResult.Refused(day, "failed: " + e.Message);
        }
    }

    private async Task RecordFailureAsync(DateOnly day, string message, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = openDb();
            var text = message.Length <= 2000 ? message : message[..2000];
            var state = await db.UsageDayStates.FirstOrDefaultAsync(s => s.Day == day, cancellationToken);
            if (state is null)
                db.UsageDayStates.Add(new UsageDayState { Day = day, Pending = true, LastError = text });
            else
                (state.Pending, state.LastError) = (true, text);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            _logger.LogError(e, "The failure of {Day} could not be recorded.", day);
        }
    }

    /// <summary>The processor for the robots list in force; a newly loaded list gets a new one (agents are matched again).</summary>
    private async Task<UsageDayProcessor> ProcessorAsync(CancellationToken cancellationToken)
    {
        await using var db = openDb();
        var loadedAt = await UsageRobots.LoadedAtAsync(db, cancellationToken);
        if (_processor is not null && loadedAt == _robotsLoadedAt)
            return _processor;
        var robots = await UsageRobots.LoadAsync(db, cancellationToken);
        if (robots.IsFallback)
            _logger.LogWarning("Usage processing uses Revista's short built-in robots list: {HowTo}.", RobotList.HowToLoad);
        _robotsLoadedAt = loadedAt;
        return _processor = new UsageDayProcessor(openDb, robots, clock, _logger);
    }

    private async Task<bool> HasEventsOrStateAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var db = openDb();
        var (from, to) = Bounds(day);
        return await db.UsageDayStates.AnyAsync(s => s.Day == day, cancellationToken)
            || await db.UsageEvents.AnyAsync(e => e.OccurredAt >= from && e.OccurredAt < to, cancellationToken);
    }

    private static (DateTimeOffset From, DateTimeOffset To) Bounds(DateOnly day)
    {
        var from = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return (from, from.AddDays(1));
    }
}

/// <summary>What one run of the job did.</summary>
public sealed record UsageRun(IReadOnlyList<UsageDayResult> Days, int PrunedEvents)
{
    /// <summary>Articles whose visits counter changed: their cached pages are out of date.</summary>
    public IEnumerable<int> ChangedCounters => Days.SelectMany(d => d.ChangedCounters).Distinct();
}
