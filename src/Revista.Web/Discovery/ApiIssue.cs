using Revista.Issues;

namespace Revista.Web.Discovery;

/// <summary>An issue in the JSON API.</summary>
internal sealed record ApiIssue(int Id, string? Volume, string? Number, int? Year, string? DateLabel, DateOnly? PublishedOn, ApiIssueLinks Links)
{
    public static ApiIssue Of(Issue issue, string slug, string root) => new(
        issue.Id,
        issue.Volume,
        issue.Number,
        issue.Year,
        issue.DateLabel,
        issue.PublishedOn,
        new ApiIssueLinks(
            root + "/" + slug + "/issues/" + issue.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            root + FeedEndpoints.IssuePath(slug, issue.Id, FeedEndpoints.Atom),
            root + FeedEndpoints.IssuePath(slug, issue.Id, FeedEndpoints.Rss)));
}

/// <summary>The issue's table of contents page and its feeds.</summary>
internal sealed record ApiIssueLinks(string Page, string Atom, string Rss);
