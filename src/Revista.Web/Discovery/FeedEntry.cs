using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;

namespace Revista.Web.Discovery;

/// <summary>An article as a feed shows it: its title, authors, plain-text abstract and section.</summary>
internal sealed record FeedEntry(
    int Id,
    string Title,
    string Language,
    string? Doi,
    DateOnly PublishedOn,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Section,
    IReadOnlyList<string> Authors,
    string? Summary)
{
    /// <summary>The first <paramref name="limit"/> of <paramref name="articles"/> (already ordered), in three queries.</summary>
    public static async Task<IReadOnlyList<FeedEntry>> LoadAsync(RevistaDb db, IQueryable<Article> articles, int limit, CancellationToken cancellationToken)
    {
        var rows = await articles.AsNoTracking().Take(limit)
            .Select(a => new { a.Id, a.Title, a.Language, a.Doi, a.PublishedOn, a.CreatedAt, a.UpdatedAt, Section = a.Section!.Title })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var authors = await AuthorNames.OfAsync(db.Contributors, ids, cancellationToken);
        // The article's own abstract (JATS abstract without abstract-type), not a trans-abstract or a graphical one.
        var summaries = (await db.ArticleAbstracts.AsNoTracking()
            .Where(a => ids.Contains(a.ArticleId) && a.SubArticleId == null && !a.IsTranslation && a.Type == null)
            .OrderBy(a => a.ArticleId).ThenBy(a => a.Position)
            .Select(a => new { a.ArticleId, a.Text })
            .ToListAsync(cancellationToken)).GroupBy(a => a.ArticleId).ToDictionary(g => g.Key, g => g.First().Text);
        return rows.Select(r => new FeedEntry(
            r.Id, r.Title, r.Language, r.Doi, r.PublishedOn, r.CreatedAt, r.UpdatedAt, r.Section,
            [.. authors[r.Id]], summaries.GetValueOrDefault(r.Id))).ToList();
    }
}
