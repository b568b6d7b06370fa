using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Revista.Data;

/// <summary>
/// A pending change for the search index, written in the same transaction as the article change it describes
/// (transactional outbox): each node's indexer reads the rows after its own position, in Id order, so an index can
/// lag but never miss a change; rows are pruned after <see cref="Search.SearchIndexer.Retention"/>. No foreign key: a
/// "delete" row outlives its article.
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
        // The indexer looks again at recent rows (late commits) and prunes old ones, both by time.
        builder.HasIndex(e => e.CreatedAt);
    }
}
