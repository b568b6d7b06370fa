using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Revista.Statistics;

/// <summary>
/// The visits number an article page shows: its Unique_Item_Investigations to date, kept as one row per article by the
/// processing job, so the page reads it by primary key (O(1)) however many events and months lie behind it.
/// </summary>
public sealed class ArticleUsageCounter
{
    public int ArticleId { get; set; }
    public long UniqueItemInvestigations { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class ArticleUsageCounterConfiguration : IEntityTypeConfiguration<ArticleUsageCounter>
{
    public void Configure(EntityTypeBuilder<ArticleUsageCounter> builder) =>
        builder.HasKey(c => c.ArticleId);
}
