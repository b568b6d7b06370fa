namespace Revista.Statistics;

/// <summary>What processing one day did: events read and set aside, articles with totals, counters that moved.</summary>
public sealed record UsageDayResult(
    DateOnly Day,
    int Events,
    int RobotEvents,
    int DoubleClicks,
    int SkippedEvents,
    int Articles,
    IReadOnlyList<int> ChangedCounters,
    string? NotProcessed = null)
{
    /// <summary>A day that was not processed (raw events pruned, or it failed), with why.</summary>
    public static UsageDayResult Refused(DateOnly day, string why) => new(day, 0, 0, 0, 0, 0, [], why);
}
