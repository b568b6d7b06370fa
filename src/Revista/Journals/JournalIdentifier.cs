using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Revista.Data;

namespace Revista.Journals;

/// <summary>
/// A JATS journal-id with its journal-id-type (nlm-ta, publisher-id, pmc, hwp, …). Rows rather than JSON because
/// imports match journals by them when an article carries no ISSN.
/// </summary>
public sealed class JournalIdentifier
{
    public int Id { get; set; }
    public int JournalId { get; set; }
    public string Type { get; set; } = "";
    public string Value { get; set; } = "";
}

internal sealed class JournalIdentifierConfiguration : IEntityTypeConfiguration<JournalIdentifier>
{
    public void Configure(EntityTypeBuilder<JournalIdentifier> builder)
    {
        builder.Property(i => i.Type).HasMaxLength(ColumnLengths.JournalIdType);
        builder.Property(i => i.Value).HasMaxLength(ColumnLengths.JournalIdValue);
        builder.HasIndex(i => new { i.Value, i.Type });
    }
}
