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
    ApiArticleSummaryLinks Links);

/// <summary>The article's full API record and its web page.</summary>
internal sealed record ApiArticleSummaryLinks(string Self, string Page);
