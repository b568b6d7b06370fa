using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;

namespace Revista.Web.Discovery;

/// <summary>An article in a list of the JSON API; <see cref="ApiArticleLinks.Self"/> has the full record.</summary>
internal sealed record ApiArticleSummary(
    int Id,
    string? Doi,
    string Title,
    string Language,
    DateOnly PublishedOn,
    DateTimeOffset UpdatedAt,
    int? IssueId,
    string? Section,
    IReadOnlyList<string> Authors,
    ApiArticleSummaryLinks Links)
{
    /// <summary>The summaries of <paramref name="articles"/> in the query's order, in two queries (articles, authors).</summary>
    public static async Task<List<ApiArticleSummary>> LoadAsync(RevistaDb db, IQueryable<Article> articles, string root, CancellationToken cancellationToken)
    {
        var rows = await articles
            .Select(a => new { a.Id, a.Doi, a.Title, a.Language, a.PublishedOn, a.UpdatedAt, a.IssueId, Section = a.Section!.Title, a.Journal!.Slug })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(a => a.Id).ToList();
        var authors = await AuthorNames.OfAsync(db.Contributors, ids, cancellationToken);
        return [.. rows.Select(a => new ApiArticleSummary(
            a.Id, a.Doi, a.Title, a.Language, a.PublishedOn, a.UpdatedAt, a.IssueId, a.Section, [.. authors[a.Id]],
            new ApiArticleSummaryLinks(root + ApiEndpoints.ArticlePath(a.Id), root + string.Create(CultureInfo.InvariantCulture, $"/{a.Slug}/articles/{a.Id}"))))];
    }
}

/// <summary>The article's full API record and its web page.</summary>
internal sealed record ApiArticleSummaryLinks(string Self, string Page);
