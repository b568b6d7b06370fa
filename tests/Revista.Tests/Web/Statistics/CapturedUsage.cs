using Microsoft.EntityFrameworkCore;
using Revista.Data;
using Revista.Statistics;

namespace Revista.Tests.Web.Statistics;

/// <summary>Reads the usage events a running site stored, waiting for its background writer.</summary>
internal static class CapturedUsage
{
    /// <summary>How long a test waits for events before it fails: generous, for a loaded machine (a wait, not a timing assertion).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<List<UsageEvent>> EventsAsync(RevistaDataOptions data)
    {
        await using var db = RevistaDatabase.Create(data);
        return await db.UsageEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    public static Task<List<UsageEvent>> EventsAsync(RunningSite site) =>
        EventsAsync(new RevistaDataOptions { DataDirectory = site.DataFolder });

    /// <summary>The events once there are at least <paramref name="count"/>, or what there is when patience runs out.</summary>
    public static Task<List<UsageEvent>> WaitForAsync(RunningSite site, int count) =>
        WaitForEventsAsync(new RevistaDataOptions { DataDirectory = site.DataFolder }, count);

    /// <summary><see cref="WaitForAsync(RunningSite, int)"/> on a database of either provider.</summary>
    public static async Task<List<UsageEvent>> WaitForEventsAsync(RevistaDataOptions data, int count)
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            var events = await EventsAsync(data);
            if (events.Count >= count || DateTime.UtcNow > until)
                return events;
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
