using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Revista.Data;

namespace Revista.Journals;

/// <summary>
/// A journal section, the heading articles are grouped under in a table of contents (JATS subj-group
/// subj-group-type="heading"). Position is the order sections were first seen; editors may reorder.
/// </summary>
public sealed class Section
{
    public int Id { get; set; }
    public int JournalId { get; set; }
    public Journal? Journal { get; set; }
    public string Title { get; set; } = "";
    public int Position { get; set; }
}

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(ColumnLengths.SectionTitle);
        builder.HasIndex(s => new { s.JournalId, s.Title }).IsUnique();
    }
}
