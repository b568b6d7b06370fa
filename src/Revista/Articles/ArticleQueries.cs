namespace Revista.Articles;

/// <summary>Queries the reader site shares. Each matches an index on Articles.</summary>
public static class ArticleQueries
{
    /// <summary>Articles whose publication date has come (an issue may be imported before its date).</summary>
    public static IQueryable<Article> Published(this IQueryable<Article> articles, DateOnly today) =>
        articles.Where(a => a.PublishedOn <= today);

    /// <summary>Table-of-contents order: by first page (or e-location number), unpaged articles last, then by id.</summary>
    public static IQueryable<Article> InIssueOrder(this IQueryable<Article> articles) =>
        articles.OrderBy(a => a.PageOrder == null).ThenBy(a => a.PageOrder).ThenBy(a => a.ElocationId).ThenBy(a => a.Id);

    /// <summary>Newest first, continuing after <paramref name="after"/> (keyset paging: no OFFSET, every page costs the same).</summary>
    public static IQueryable<Article> LatestFirst(this IQueryable<Article> articles, ArticleCursor? after = null)
    {
        if (after is { } cursor)
        {
            articles = articles.Where(a => a.PublishedOn < cursor.PublishedOn
                || (a.PublishedOn == cursor.PublishedOn && a.Id < cursor.ArticleId));
        }
        return articles.OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id);
    }
}
