using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Revista.Data;

namespace Revista.Statistics;

/// <summary>
/// Turns <see cref="UsageHit"/>s into stored <see cref="UsageEvent"/>s: the address and user agent become a keyed hash
/// under the day's salt, the user agent is stored once, the path becomes a hash. The live capture and the log importer
/// both save through here, so an event means the same whichever way it came. One instance per process: it remembers
/// agent ids and salts it has already looked up.
/// </summary>
public sealed class UsageRecorder
{
    private readonly ConcurrentDictionary<string, int> _agents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<DateOnly, byte[]> _salts = new();
    private readonly UsageTargetKeys _targets = new();

    /// <summary>
    /// Stores <paramref name="hits"/> as events, all or none: in the caller's transaction when there is one, else in
    /// one of its own.
    /// </summary>
    public async Task SaveAsync(RevistaDb db, IReadOnlyCollection<UsageHit> hits, CancellationToken cancellationToken)
    {
        if (hits.Count == 0)
            return;
        var agents = await AgentIdsAsync(db, hits.Select(h => AgentText(h.UserAgent)), cancellationToken);
        var salts = new Dictionary<DateOnly, byte[]>();
        foreach (var day in hits.Select(h => Day(h.OccurredAt)).Distinct())
            salts[day] = await SaltAsync(db, day, cancellationToken);

        // Hashed before the transaction begins: on SQLite it holds the database's one write lock until it commits.
        var rows = Rows(hits, agents, salts);

        var owned = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        await using (owned)
        {
            await UsageEventInsert.ExecuteAsync(db, rows, cancellationToken);
            if (owned is not null)
                await owned.CommitAsync(cancellationToken);
        }
    }

    private List<UsageEventRow> Rows(IReadOnlyCollection<UsageHit> hits, Dictionary<string, int> agents, Dictionary<DateOnly, byte[]> salts)
    {
        var rows = new List<UsageEventRow>(hits.Count);
        // One keyed hash per day, reset after each event: creating an HMAC per event (key set-up and, with OpenSSL 3, an
        // algorithm fetch) cost more than hashing the event itself.
        var clientKeys = salts.ToDictionary(s => s.Key, s => new UsageClientKeys(s.Value));
        try
        {
            foreach (var hit in hits)
            {
                var at = hit.OccurredAt.ToUniversalTime();
                rows.Add(new UsageEventRow(at, hit.ArticleId, hit.Activity, hit.Format, _targets.Key(hit.Path),
                    clientKeys[Day(at)].Key(hit.ClientAddress, hit.UserAgent), agents[AgentText(hit.UserAgent)], hit.LogImportId));
            }
        }
        finally
        {
            foreach (var keys in clientKeys.Values)
                keys.Dispose();
        }
        return rows;
    }

    /// <summary>
    /// Deletes the salts of days before <paramref name="today"/> minus <paramref name="keep"/> days, so the hashes of those
    /// days can no longer be recomputed from an address. Returns how many were deleted.
    /// </summary>
    public async Task<int> ForgetSaltsAsync(RevistaDb db, DateOnly today, int keep, CancellationToken cancellationToken)
    {
        var before = today.AddDays(-keep);
        foreach (var day in _salts.Keys.Where(d => d < before))
            _salts.TryRemove(day, out _);
        return await db.UsageSalts.Where(s => s.Day < before).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The first 8 bytes of HMAC-SHA256(salt, address + LF + user agent).</summary>
    public static long ClientKey(byte[] salt, string? address, string userAgent)
    {
        using var keys = new UsageClientKeys(salt);
        return keys.Key(address, userAgent);
    }

    /// <summary>The first 8 bytes of SHA-256 of the path: equal paths give equal keys; the path itself is not kept.</summary>
    public static long TargetKey(string path) => UsageTargetKeys.Compute(path);

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    internal static string AgentText(string userAgent) =>
        userAgent.Length <= UsageAgent.MaxLength ? userAgent : userAgent[..UsageAgent.MaxLength];

    private async Task<Dictionary<string, int>> AgentIdsAsync(RevistaDb db, IEnumerable<string> texts, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var text in texts.Distinct(StringComparer.Ordinal))
        {
            if (_agents.TryGetValue(text, out var id))
                result[text] = id;
            else
                unknown.Add(text);
        }
        if (unknown.Count == 0)
            return result;
        foreach (var agent in await db.UsageAgents.AsNoTracking().Where(a => unknown.Contains(a.Text)).ToListAsync(cancellationToken))
            result[agent.Text] = _agents[agent.Text] = agent.Id;
        var missing = unknown.Where(t => !result.ContainsKey(t)).Select(t => new UsageAgent { Text = t }).ToList();
        if (missing.Count > 0)
        {
            db.UsageAgents.AddRange(missing);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another process stored one of these agents first: theirs is as good as ours.
                db.ChangeTracker.Clear();
                return await AgentIdsAsync(db, unknown, cancellationToken);
            }
            foreach (var agent in missing)
                result[agent.Text] = _agents[agent.Text] = agent.Id;
            db.ChangeTracker.Clear();
        }
        return result;
    }

    private async Task<byte[]> SaltAsync(RevistaDb db, DateOnly day, CancellationToken cancellationToken)
    {
        if (_salts.TryGetValue(day, out var cached))
            return cached;
        var stored = await db.UsageSalts.AsNoTracking().Where(s => s.Day == day).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            var salt = new UsageSalt { Day = day, Value = RandomNumberGenerator.GetBytes(UsageSalt.Length) };
            db.UsageSalts.Add(salt);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                stored = salt.Value;
            }
            catch (DbUpdateException)
            {
                // Another node made the day's salt at the same moment: use theirs, so both hash readers alike.
                db.ChangeTracker.Clear();
                stored = await db.UsageSalts.AsNoTracking().Where(s => s.Day == day).Select(s => s.Value).FirstAsync(cancellationToken);
            }
            db.ChangeTracker.Clear();
        }
        return _salts[day] = stored;
    }
}
