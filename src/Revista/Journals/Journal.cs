using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Revista.Data;

namespace Revista.Journals;

/// <summary>
/// A journal hosted by this install, first created from the journal-meta of an imported article
/// (JATS journal-meta: journal-id, journal-title-group, issn, publisher) and then kept by its editors:
/// later imports only fill empty fields, never overwrite them.
/// </summary>
public sealed class Journal
{
    public const string DefaultCitationStyle = "nlm-citation-sequence";

    public int Id { get; set; }
    /// <summary>URL segment: lower-case letters, digits and single hyphens (see <see cref="JournalSlug"/>).</summary>
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>trans-title-group/trans-title by language.</summary>
    public List<JournalTitle> TransTitles { get; set; } = [];
    public string? AbbreviatedTitle { get; set; }
    /// <summary>ISSN of the print edition (issn pub-type="ppub"), normalised to NNNN-NNNC.</summary>
    public string? PrintIssn { get; set; }
    /// <summary>ISSN of the online edition (issn pub-type="epub"), normalised to NNNN-NNNC.</summary>
    public string? ElectronicIssn { get; set; }
    public List<JournalIdentifier> Identifiers { get; set; } = [];
    public string? Publisher { get; set; }
    public string? PublisherLocation { get; set; }
    /// <summary>Languages of the articles published so far (xml:lang of each article), in order of first appearance.</summary>
    public List<string> Languages { get; set; } = [];
    public string? LicenseUrl { get; set; }
    public string? DoiPrefix { get; set; }
    /// <summary>CSL style id for "how to cite".</summary>
    public string CitationStyle { get; set; } = DefaultCitationStyle;
    /// <summary>Ask readers to confirm they are health professionals before showing full text (required by some medical publishers).</summary>
    public bool HealthProfessionalGate { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<Section> Sections { get; set; } = [];
}

internal sealed class JournalConfiguration : IEntityTypeConfiguration<Journal>
{
    public void Configure(EntityTypeBuilder<Journal> builder)
    {
        builder.HasIndex(j => j.Slug).IsUnique();
        builder.Property(j => j.Slug).HasMaxLength(ColumnLengths.Slug);
        builder.Property(j => j.PrintIssn).HasMaxLength(ColumnLengths.Issn);
        builder.Property(j => j.ElectronicIssn).HasMaxLength(ColumnLengths.Issn);
        builder.HasIndex(j => j.PrintIssn);
        builder.HasIndex(j => j.ElectronicIssn);
        builder.Property(j => j.TransTitles).HasJsonConversion();
        builder.Property(j => j.CitationStyle).HasMaxLength(200);
        builder.HasMany(j => j.Identifiers).WithOne().HasForeignKey(i => i.JournalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(j => j.Sections).WithOne(s => s.Journal).HasForeignKey(s => s.JournalId).OnDelete(DeleteBehavior.Cascade);
    }
}
