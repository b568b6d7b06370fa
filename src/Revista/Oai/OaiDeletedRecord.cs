using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Revista.Data;

namespace Revista.Oai;

/// <summary>
/// The tombstone of a withdrawn article, so harvesters learn of the deletion (OAI-PMH 2.0 §2.5.1, deletedRecord
/// "persistent": the repository keeps this information with no time limit). No foreign keys: it outlives its article,
/// and keeps the journal slug and section so the deleted record stays in its sets.
/// </summary>
public sealed class OaiDeletedRecord
{
    public int Id { get; set; }
    /// <summary>The id the article had; its OAI identifier stays the same after deletion.</summary>
    public int ArticleId { get; set; }
    public int JournalId { get; set; }
    public string JournalSlug { get; set; } = "";
    public int? SectionId { get; set; }
    /// <summary>When it was deleted: the datestamp of the deleted record.</summary>
    public DateTimeOffset DeletedAt { get; set; }
}

internal sealed class OaiDeletedRecordConfiguration : IEntityTypeConfiguration<OaiDeletedRecord>
{
    public void Configure(EntityTypeBuilder<OaiDeletedRecord> builder)
    {
        builder.Property(d => d.JournalSlug).HasMaxLength(ColumnLengths.Slug);
        builder.HasIndex(d => d.ArticleId).IsUnique();
        // Harvest lists page on (datestamp, id), as they do over Articles (UpdatedAt, Id).
        builder.HasIndex(d => new { d.DeletedAt, d.ArticleId });
    }
}
