using Microsoft.EntityFrameworkCore;
using Revista.Data;

namespace Revista.Search;

/// <summary>
/// Brings the index up to date with the database: reads the outbox rows after the index's position (every article
/// change writes one in its own transaction), re-reads those articles and applies them in batches. An index that is
/// missing, half-built or too far behind is rebuilt from the articles. Each node runs its own, so rows are never
/// consumed, only pruned when old.
/// </summary>
public sealed class SearchIndexer(SearchIndex index, Func<RevistaDb> database, TimeProvider clock) : IDisposable
{
    public const int BatchSize = 200;

    /// <summary>Marks the indexer's SQL, so a reader of the SQL log (or a test counting a page's queries) can tell it apart.</summary>
    public const string SqlTag = "search indexer";

    /// <summary>Outbox rows are kept this long; an index that has not caught up within it is rebuilt instead.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    /// <summary>
    /// On PostgreSQL ids are taken when a row is inserted, not when it commits, so a row may appear behind the
    /// position after it has moved on; recent rows are looked at again until they are this old.
    /// </summary>
    private static readonly TimeSpan LateCommitWindow = TimeSpan.FromMinutes(2);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<long, DateTimeOffset> _recentlyApplied = [];
    private DateTimeOffset _lastPruned = DateTimeOffset.MinValue;

    public SearchIndex Index => index;

    /// <summary>Applies every pending change (rebuilding first when needed); returns how many articles it wrote.</summary>
    /// <exception cref="SearchIndexUnavailableException">Another process holds the index.</exception>
    public async Task<SearchIndexerRun> CatchUpAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            index.Open();
            var now = clock.GetUtcNow();
            var rebuilt = 0;
            if (index.Position is null || index.Synced < now - Retention + TimeSpan.FromDays(1))
                rebuilt = await RebuildLockedAsync(cancellationToken);
            var applied = 0;
            while (await ApplyNextBatchAsync(now, cancellationToken) is var count and > 0)
                applied += count;
            // An idle index still records that it was in step, or a restart after a quiet month would rebuild it.
            if (index.Synced < now - TimeSpan.FromHours(1))
                index.Apply([], [], index.Position!.Value, now);
            await PruneAsync(now, cancellationToken);
            return new SearchIndexerRun(rebuilt, applied);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Builds the index anew from every article (`revista reindex`).</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            index.Open();
            return await RebuildLockedAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> RebuildLockedAsync(CancellationToken cancellationToken)
    {
        long mark;
        await using (var db = database())
            mark = await db.SearchOutbox.TagWith(SqlTag).MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        // Changes after the mark are applied again afterwards; applying one twice does no harm.
        index.Clear();
        var count = 0;
        var after = 0;
        while (true)
        {
            await using var db = database();
            var ids = await db.Articles.TagWith(SqlTag)
                .Where(a => a.Id > after).OrderBy(a => a.Id).Select(a => a.Id).Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (ids.Count == 0)
                break;
            index.Add(await SearchDocuments.LoadAsync(db, ids, cancellationToken));
            count += ids.Count;
            after = ids[^1];
        }
        index.Apply([], [], mark, clock.GetUtcNow());
        return count;
    }

    private async Task<int> ApplyNextBatchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = database();
        var position = index.Position!.Value;
        var pending = await db.SearchOutbox.AsNoTracking().TagWith(SqlTag)
            .Where(e => e.Id > position)
            .OrderBy(e => e.Id).Take(BatchSize)
            .Select(e => new { e.Id, e.ArticleId })
            .ToListAsync(cancellationToken);
        var windowStart = now - LateCommitWindow;
        Forget(windowStart);
        var late = (await db.SearchOutbox.AsNoTracking().TagWith(SqlTag)
            .Where(e => e.Id <= position && e.CreatedAt >= windowStart)
            .Select(e => new { e.Id, e.ArticleId })
            .ToListAsync(cancellationToken))
            .Where(e => !_recentlyApplied.ContainsKey(e.Id))
            .ToList();
        if (pending.Count == 0 && late.Count == 0)
            return 0;
        var articleIds = pending.Concat(late).Select(e => e.ArticleId).Distinct().ToList();
        var documents = await SearchDocuments.LoadAsync(db, articleIds, cancellationToken);
        // An article no longer in the database was deleted; a "delete" row needs no other reading.
        var deleted = articleIds.Except(documents.Select(d => d.ArticleId));
        index.Apply(documents, deleted, pending.Count > 0 ? pending[^1].Id : position, clock.GetUtcNow());
        foreach (var row in pending.Concat(late))
            _recentlyApplied[row.Id] = now;
        return articleIds.Count;
    }

    private void Forget(DateTimeOffset windowStart)
    {
        foreach (var (id, _) in _recentlyApplied.Where(e => e.Value < windowStart).ToList())
            _recentlyApplied.Remove(id);
    }

    /// <summary>Deletes rows this index has applied that are older than <see cref="Retention"/>.</summary>
    private async Task PruneAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Hourly: even a DELETE of nothing takes SQLite's one write lock.
        if (now - _lastPruned < TimeSpan.FromHours(1))
            return;
        _lastPruned = now;
        var position = index.Position!.Value;
        var before = now - Retention;
        await using var db = database();
        await db.SearchOutbox.TagWith(SqlTag)
            .Where(e => e.Id <= position && e.CreatedAt < before)
            .ExecuteDeleteAsync(cancellationToken);
    }

    public void Dispose() => _gate.Dispose();
}

/// <summary>What one catch-up did: articles written by a rebuild, and by applying outbox rows.</summary>
public sealed record SearchIndexerRun(int Rebuilt, int Applied);
