using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Revista.Statistics;

/// <summary>
/// An article's processed usage in one calendar month (UTC), the sum of its <see cref="UsageDay"/> rows, rebuilt whole
/// whenever a day of the month is processed. Kept forever: every COUNTER report and chart reads months, so a year's
/// Title Report for a journal reads at most 12 rows per article.
/// </summary>
public sealed class UsageMonth
{
    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }
    public int ArticleId { get; set; }
    public int JournalId { get; set; }
    public UsageCounts Counts { get; set; } = new();
}

internal sealed class UsageMonthConfiguration : IEntityTypeConfiguration<UsageMonth>
{
    public void Configure(EntityTypeBuilder<UsageMonth> builder)
    {
        builder.HasKey(m => new { m.Month, m.ArticleId });
        builder.HasIndex(m => new { m.ArticleId, m.Month });
        builder.HasIndex(m => new { m.JournalId, m.Month });
        builder.ComplexProperty(m => m.Counts);
    }
}
