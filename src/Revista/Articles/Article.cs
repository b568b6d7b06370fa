using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Revista.Data;
using Revista.Issues;
using Revista.Journals;

namespace Revista.Articles;

/// <summary>
/// An article as currently published: the metadata of its current <see cref="ArticleVersion"/>, parsed once at
/// import. The child rows (contributors, references, fragments, …) always describe the current version; older
/// versions keep only their source XML.
/// </summary>
public sealed class Article
{
    public const string OpenAccess = "open";
    public const string FreeAccess = "free";

    public int Id { get; set; }
    public int JournalId { get; set; }
    public Journal? Journal { get; set; }
    public int? IssueId { get; set; }
    public Issue? Issue { get; set; }
    public int? SectionId { get; set; }
    public Section? Section { get; set; }

    /// <summary>The DOI as the file writes it, for display.</summary>
    public string? Doi { get; set; }
    /// <summary>The DOI lower-cased (invariant): DOIs are case-insensitive (DOI Handbook §2.4), so matching uses this.</summary>
    public string? DoiKey { get; set; }
    public string? PublisherId { get; set; }
    public string? Pmid { get; set; }
    public string? Pmcid { get; set; }
    public string? ArticleType { get; set; }
    public string Language { get; set; } = "en";
    public string Title { get; set; } = "";
    public string TitleHtml { get; set; } = "";
    public string? Subtitle { get; set; }
    public string? SubtitleHtml { get; set; }
    public string? FirstPage { get; set; }
    public string? LastPage { get; set; }
    public string? ElocationId { get; set; }
    /// <summary>The number in the first page (or e-location id) for ordering a table of contents: "e123" → 123, "S12" → 12.</summary>
    public int? PageOrder { get; set; }
    /// <summary>The best publication date (electronic first); the import date when the file has none.</summary>
    public DateOnly PublishedOn { get; set; }
    /// <summary>That date as printed: "15 September 2014"; null when the file has no date.</summary>
    public string? DateLabel { get; set; }
    /// <summary><see cref="OpenAccess"/> when a Creative Commons licence is present, else <see cref="FreeAccess"/>.</summary>
    public string AccessStatus { get; set; } = FreeAccess;
    public string? LicenseUrl { get; set; }
    public string? LicenseHtml { get; set; }
    public string? CopyrightStatement { get; set; }
    public string? CopyrightYear { get; set; }
    public string? CopyrightHolder { get; set; }
    public string? FundingStatement { get; set; }
    public int CurrentVersionNumber { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<ArticleVersion> Versions { get; set; } = [];
    public List<Contributor> Contributors { get; set; } = [];
    public List<Affiliation> Affiliations { get; set; } = [];
    public List<Reference> References { get; set; } = [];
    public List<ArticleAsset> Assets { get; set; } = [];
    public List<Translation> Translations { get; set; } = [];
    public List<ArticleAbstract> Abstracts { get; set; } = [];
    public List<Keyword> Keywords { get; set; } = [];
    public List<ArticleSubject> Subjects { get; set; } = [];
    public List<ArticleFragment> Fragments { get; set; } = [];
    public List<ArticleDate> Dates { get; set; } = [];
    public List<ArticleFunding> Funding { get; set; } = [];
    public List<ArticleNote> Notes { get; set; } = [];
    public List<ArticleRelation> Relations { get; set; } = [];
    /// <summary>The same child rows as the article page reads them, in one row (see <see cref="ArticleFront"/>).</summary>
    public ArticleFront? Front { get; set; }
}

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Doi).HasMaxLength(ColumnLengths.Doi);
        builder.Property(a => a.DoiKey).HasMaxLength(ColumnLengths.Doi);
        builder.Property(a => a.PublisherId).HasMaxLength(ColumnLengths.PublisherId);
        builder.Property(a => a.AccessStatus).HasMaxLength(16);

        builder.HasIndex(a => a.DoiKey).IsUnique();
        builder.HasIndex(a => new { a.JournalId, a.PublisherId });
        // Issue tables of contents read one issue in page order.
        builder.HasIndex(a => new { a.JournalId, a.IssueId, a.PageOrder, a.Id });
        // "Latest articles" pages with keyset paging on (PublishedOn, Id).
        builder.HasIndex(a => new { a.JournalId, a.PublishedOn, a.Id });
        builder.HasIndex(a => new { a.PublishedOn, a.Id });
        // OAI-PMH harvests page on (datestamp, id), the whole repository or one journal (set).
        builder.HasIndex(a => new { a.UpdatedAt, a.Id });
        builder.HasIndex(a => new { a.JournalId, a.UpdatedAt, a.Id });

        builder.HasOne(a => a.Journal).WithMany().HasForeignKey(a => a.JournalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Issue).WithMany().HasForeignKey(a => a.IssueId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.Section).WithMany().HasForeignKey(a => a.SectionId).OnDelete(DeleteBehavior.SetNull);

        builder.HasMany(a => a.Versions).WithOne().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Contributors).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Affiliations).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.References).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Assets).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Translations).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Abstracts).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Keywords).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Subjects).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Fragments).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Dates).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Funding).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Notes).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Relations).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Front).WithOne().HasForeignKey<ArticleFront>(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
