using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Revista.Data;

namespace Revista.Statistics;

/// <summary>Reads and replaces the robots list stored in the database (<see cref="UsageRobotList"/>).</summary>
public static class UsageRobots
{
    /// <summary>The stored list, or <see cref="RobotList.Fallback"/> when none has been loaded yet.</summary>
    public static async Task<RobotList> LoadAsync(RevistaDb db, CancellationToken cancellationToken)
    {
        var stored = await db.UsageRobotLists.AsNoTracking().OrderByDescending(l => l.Id).FirstOrDefaultAsync(cancellationToken);
        return stored is null ? RobotList.Fallback : RobotList.FromStored(stored);
    }

    /// <summary>When the stored list was loaded (null: none), so a long-running job notices a newer one with one small query.</summary>
    public static Task<DateTimeOffset?> LoadedAtAsync(RevistaDb db, CancellationToken cancellationToken) =>
        db.UsageRobotLists.AsNoTracking().OrderByDescending(l => l.Id).Select(l => (DateTimeOffset?)l.LoadedAt).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Checks <paramref name="json"/> (the COUNTER robots list format) and makes it the list in force, replacing the
    /// previous one in one transaction. Throws <see cref="RobotListException"/> and changes nothing when any entry is bad.
    /// </summary>
    public static async Task<UsageRobotList> ReplaceAsync(RevistaDb db, string json, string source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var patterns = RobotList.Parse(json, source);
        var list = new UsageRobotList
        {
            Source = source.Length <= 2000 ? source : source[..2000],
            LoadedAt = now,
            PatternCount = patterns.Length,
            Patterns = JsonSerializer.Serialize(patterns),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.UsageRobotLists.ExecuteDeleteAsync(cancellationToken);
        db.UsageRobotLists.Add(list);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return list;
    }
}
