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
}
