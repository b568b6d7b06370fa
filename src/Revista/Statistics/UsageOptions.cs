namespace Revista.Statistics;

/// <summary>
/// Settings of usage statistics, from configuration section <c>Revista:Usage</c> (environment variables
/// <c>Revista__Usage__Xxx</c>). Every feature of the statistics issue reads its settings from here.
/// </summary>
public sealed class UsageOptions
{
    public const string Section = "Revista:Usage";

    /// <summary>Whether article usage is captured at all (off: pages are served exactly as before, for comparison).</summary>
    public bool Capture { get; set; } = true;

    /// <summary>How many days raw events are kept after they happened; their totals are kept forever.</summary>
    public int RawEventDays { get; set; } = 90;

    /// <summary>
    /// The platform name reported in COUNTER reports (the Platform element); empty means the site's host name.
    /// </summary>
    public string Platform { get; set; } = "";

    /// <summary>How often the processing job runs (totals and the visits counters are at most this old).</summary>
    public TimeSpan ProcessingInterval { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>
    /// How many captured uses may wait in memory for the background writer. When the database cannot keep up (or is
    /// down) and the queue is full, further uses are dropped, logged and counted (metric revista.usage.dropped) rather
    /// than slowing or failing the pages; 100,000 is about 20 MB and minutes of traffic at a busy site.
    /// </summary>
    public int QueueCapacity { get; set; } = 100_000;

    /// <summary>
    /// The most uses the background writer stores in one database transaction. A batch carries a fixed cost (a context,
    /// a transaction, the agents' lookup) that at 1,000 equalled the inserts' own under load (perf, decision #26); a
    /// busy site gathers a few thousand in the writer's 200 ms, which a 5,000 cap lets go in at once.
    /// </summary>
    public int BatchSize { get; set; } = 5_000;
}
