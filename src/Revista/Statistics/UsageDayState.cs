using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Revista.Statistics;

/// <summary>
/// Where processing of one UTC day stands, so the job is restartable at any point: a day is marked
/// <see cref="Pending"/> as soon as an event newer than its totals is seen (live, late-flushed or imported from a log),
/// and cleared in the same transaction that replaces its totals. A day that fails keeps <see cref="Pending"/> and
/// its error, and is tried again on the next run without holding up the others.
/// </summary>
public sealed class UsageDayState
{
    public DateOnly Day { get; set; }
    /// <summary>The highest event id of this day included in its totals (0: never processed).</summary>
    public long LastEventId { get; set; }
    public bool Pending { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    /// <summary>Raw events read at the last processing, and how many of them were robots', double-clicks or unusable.</summary>
    public int Events { get; set; }
    public int RobotEvents { get; set; }
    public int DoubleClicks { get; set; }
    public int SkippedEvents { get; set; }
    /// <summary>When the day's raw events were deleted (<see cref="UsageOptions.RawEventDays"/>); its totals are final from then on.</summary>
    public DateTimeOffset? PrunedAt { get; set; }
    /// <summary>Why the last attempt failed; null after a success.</summary>
    public string? LastError { get; set; }
}

internal sealed class UsageDayStateConfiguration : IEntityTypeConfiguration<UsageDayState>
{
    public void Configure(EntityTypeBuilder<UsageDayState> builder)
    {
        builder.HasKey(s => s.Day);
        builder.Property(s => s.LastError).HasMaxLength(2000);
        builder.HasIndex(s => s.Pending);
    }
}
