using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Revista.Statistics;

/// <summary>
/// An article's processed usage on one UTC day. Processing a day replaces all of that day's rows, from the raw events,
/// so running it twice gives the same rows. <see cref="JournalId"/> is copied from the article so journal reports
/// need no join; no foreign keys, as totals outlive a withdrawn article.
/// </summary>
public sealed class UsageDay
{
    public DateOnly Day { get; set; }
    public int ArticleId { get; set; }
    public int JournalId { get; set; }
    public UsageCounts Counts { get; set; } = new();
}

internal sealed class UsageDayConfiguration : IEntityTypeConfiguration<UsageDay>
{
    public void Configure(EntityTypeBuilder<UsageDay> builder)
    {
        builder.HasKey(d => new { d.Day, d.ArticleId });
        builder.HasIndex(d => new { d.ArticleId, d.Day });
        builder.ComplexProperty(d => d.Counts);
    }
}
