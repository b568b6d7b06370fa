using Microsoft.EntityFrameworkCore;

namespace Revista.Articles;

public static class AuthorNames
{
    /// <summary>
    /// The bylines of a list of articles in one query: each article's own authors (not a sub-article's, not editors), as
    /// printed, in order.
    /// </summary>
    public static async Task<ILookup<int, string>> OfAsync(IQueryable<Contributor> contributors, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken) =>
        (await contributors.AsNoTracking()
            .Where(c => articleIds.Contains(c.ArticleId) && c.SubArticleId == null && c.ContribType == Contributor.Author)
            .OrderBy(c => c.ArticleId).ThenBy(c => c.Position)
            .Select(c => new { c.ArticleId, c.DisplayName })
            .ToListAsync(cancellationToken)).ToLookup(c => c.ArticleId, c => c.DisplayName);
}
