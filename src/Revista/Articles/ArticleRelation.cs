using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Revista.Data;

namespace Revista.Articles;

/// <summary>
/// A related-article link of the article's JATS: the other work's DOI and the link type. Translation links pair an
/// article with its other-language version published under its own DOI, in whichever of the two files carries the link.
/// </summary>
public sealed class ArticleRelation
{
    /// <summary>The other work is a translation of this article (Crossref hasTranslation).</summary>
    public const string HasTranslation = "has-translation";
    /// <summary>This article is a translation of the other work (Crossref isTranslationOf).</summary>
    public const string IsTranslationOf = "is-translation-of";

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Position { get; set; }
    /// <summary>related-article-type as the file writes it, lower-cased.</summary>
    public string Type { get; set; } = "";
    /// <summary><see cref="HasTranslation"/>, <see cref="IsTranslationOf"/>, or null for any other relation.</summary>
    public string? Translation { get; set; }
    public string? Doi { get; set; }
    /// <summary>The DOI lower-cased, to find the other article whichever case either file used.</summary>
    public string? DoiKey { get; set; }
    public string? Language { get; set; }
    public string? Text { get; set; }

    public bool IsTranslation => Translation is not null;
}

internal sealed class ArticleRelationConfiguration : IEntityTypeConfiguration<ArticleRelation>
{
    public void Configure(EntityTypeBuilder<ArticleRelation> builder)
    {
        builder.Property(r => r.Type).HasMaxLength(64);
        builder.Property(r => r.Translation).HasMaxLength(32);
        builder.Property(r => r.Doi).HasMaxLength(ColumnLengths.Doi);
        builder.Property(r => r.DoiKey).HasMaxLength(ColumnLengths.Doi);
        builder.Property(r => r.Language).HasMaxLength(35);
        builder.Property(r => r.Text).HasMaxLength(1000);
        // "Which articles name this DOI as their translation or original?" — the reverse half of a pairing.
        builder.HasIndex(r => r.DoiKey);
    }
}
