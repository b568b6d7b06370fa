using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Revista.Data;

/// <summary>
/// A pending change for the search index, written in the same transaction as the article change it describes
/// (transactional outbox): the indexer drains rows in Id order and deletes them once indexed, so the index can lag
/// but never miss a change. No foreign key: a "delete" row outlives its article.
/// </summary>
public sealed class SearchOutboxEntry
{
    public const string Upsert = "upsert";
    public const string Delete = "delete";

    public long Id { get; set; }
    public int ArticleId { get; set; }
    public string Operation { get; set; } = Upsert;
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class SearchOutboxEntryConfiguration : IEntityTypeConfiguration<SearchOutboxEntry>
{
    public void Configure(EntityTypeBuilder<SearchOutboxEntry> builder)
    {
        builder.ToTable("SearchOutbox");
        builder.Property(e => e.Operation).HasMaxLength(ColumnLengths.OutboxOperation);
    }
}
