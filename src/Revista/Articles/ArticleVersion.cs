using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Revista.Data;

namespace Revista.Articles;

/// <summary>
/// One imported version of an article: the original JATS bytes, unchanged, are the source of truth from which every
/// other row can be rebuilt. Queries that do not need the XML should project it away (it can be megabytes).
/// </summary>
public sealed class ArticleVersion
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    /// <summary>1 for the first import, then 2, 3, … for each import with different bytes.</summary>
    public int Number { get; set; }
    /// <summary>SHA-256 of <see cref="SourceXml"/>, 64 lower-case hex digits: an identical re-import is detected by it.</summary>
    public string XmlSha256 { get; set; } = "";
    public byte[] SourceXml { get; set; } = [];
    public string SourceFileName { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
    /// <summary>Version of the HTML renderer that rendered this version's fragments at import.</summary>
    public int RendererVersion { get; set; }
}

internal sealed class ArticleVersionConfiguration : IEntityTypeConfiguration<ArticleVersion>
{
    public void Configure(EntityTypeBuilder<ArticleVersion> builder)
    {
        builder.Property(v => v.XmlSha256).HasMaxLength(ColumnLengths.Sha256);
        builder.HasIndex(v => new { v.ArticleId, v.Number }).IsUnique();
        // Re-importing a corpus asks "was this exact XML imported before?" once per file, before any parsing.
        builder.HasIndex(v => v.XmlSha256);
    }
}
