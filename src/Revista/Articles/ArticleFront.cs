using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Revista.Data;

namespace Revista.Articles;

/// <summary>
/// The article's front matter (JATS front/article-meta: contributors, affiliations, author notes, abstracts, keywords,
/// translations, history dates, funding, and the PDF galley named by self-uri) as the article page shows it: one JSON
/// copy of the current version's child rows, written by <see cref="ArticleUpsert"/> from the same rows in the same
/// transaction. The child tables stay the queryable truth; this copy lets a page read them in one row instead of one
/// query per table (DESIGN principle 2: at most 3 queries on a cache miss).
/// </summary>
public sealed class ArticleFront
{
    /// <summary>
    /// The shape of <see cref="Content"/>. Raise it when <see cref="ArticleFrontContent"/> changes meaning; rows of an
    /// older format are then rebuilt from the child tables by <see cref="ArticleFrontContent.ReadRowsAsync"/>.
    /// </summary>
    public const int CurrentFormat = 3;

    public int ArticleId { get; set; }
    public int Format { get; set; } = CurrentFormat;
    public ArticleFrontContent Content { get; set; } = new();
}

internal sealed class ArticleFrontConfiguration : IEntityTypeConfiguration<ArticleFront>
{
    public void Configure(EntityTypeBuilder<ArticleFront> builder)
    {
        builder.HasKey(f => f.ArticleId);
        // Written once per version and replaced whole, so reference equality is the right change check.
        builder.Property(f => f.Content).HasConversion(
            content => JsonColumn.Write(content),
            json => JsonColumn.Read<ArticleFrontContent>(json) ?? new ArticleFrontContent(),
            new ValueComparer<ArticleFrontContent>((a, b) => ReferenceEquals(a, b), c => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(c), c => c));
    }
}
