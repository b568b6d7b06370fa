using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Revista.Statistics;

/// <summary>What a reader did with an item, in COUNTER R5.1 terms (Code of Practice §3.3.2): every request is also an investigation.</summary>
public enum UsageActivity : byte
{
    /// <summary>Information about the item, or a part of it, was viewed: the abstract page, a figure, a supplement.</summary>
    Investigation = 1,
    /// <summary>The full text was viewed or downloaded (HTML full text, PDF).</summary>
    Request = 2,
}

/// <summary>The form of the content used; the Statistics chart splits requests by it.</summary>
public enum UsageFormat : byte
{
    Other = 0,
    Html = 1,
    Pdf = 2,
}

/// <summary>
/// One raw usage event, before COUNTER processing: robots are filtered and double-clicks collapsed when a day is
/// processed, never at capture, so a day can be reprocessed (with a newer robots list, say) to the same or better
/// numbers. Raw events are kept for a configurable window and then pruned; the totals they produce are kept forever.
/// No foreign keys: an event of a withdrawn article must neither fail its batch nor vanish with the article.
/// The reader's IP address is never stored: <see cref="ClientKey"/> is a keyed hash of IP and user agent under a salt
/// that changes every day and is then thrown away.
/// </summary>
public sealed class UsageEvent
{
    public long Id { get; set; }
    /// <summary>When the request was made (UTC): the day and hour the COUNTER session rules use.</summary>
    public DateTimeOffset OccurredAt { get; set; }
    public int ArticleId { get; set; }
    public UsageActivity Activity { get; set; }
    public UsageFormat Format { get; set; }
    /// <summary>
    /// A 64-bit hash of the URL used (path, no query), so that double-click filtering (COUNTER §7.2: the same URL by the
    /// same user within 30 seconds) compares URLs without storing them.
    /// </summary>
    public long TargetKey { get; set; }
    /// <summary>
    /// The COUNTER "user" (§7.2 option 1 and §7.3: IP address + user agent), as the first 8 bytes of an HMAC-SHA256
    /// under the day's salt. With the hour of <see cref="OccurredAt"/> it forms the surrogate session id.
    /// </summary>
    public long ClientKey { get; set; }
    /// <summary>The user agent, kept once in <see cref="UsageAgent"/>: robots are matched against it at processing.</summary>
    public int AgentId { get; set; }
    /// <summary>The institution the usage is attributed to; null is COUNTER's "anonymous" customer (hook for later).</summary>
    public int? InstitutionId { get; set; }
    /// <summary>The web-server log this event was read from (<c>revista stats import-log</c>); null when captured live.</summary>
    public int? LogImportId { get; set; }
}

internal sealed class UsageEventConfiguration : IEntityTypeConfiguration<UsageEvent>
{
    public void Configure(EntityTypeBuilder<UsageEvent> builder)
    {
        // Processing reads one day at a time, and pruning deletes by age.
        builder.HasIndex(e => e.OccurredAt);
        // Only imported events have a log: live capture, the bulk of the rows, then skips this index on every insert.
        builder.HasIndex(e => e.LogImportId).HasFilter("\"LogImportId\" IS NOT NULL");
    }
}
