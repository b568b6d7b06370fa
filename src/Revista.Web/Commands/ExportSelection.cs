using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;

namespace Revista.Web.Commands;

/// <summary>
/// Which articles `revista export` writes: one article (--article ID), an issue (--issue ID), the articles changed
/// since a day (--since YYYY-MM-DD: imported or updated that day or later), or with no selector every published article.
/// Only published articles (publication date come) are exported.
/// </summary>
internal sealed record ExportSelection(int? ArticleId, int? IssueId, DateOnly? Since)
{
    /// <summary>The selection from the options, or a usage problem (a sentence for stderr).</summary>
    public static (ExportSelection? Selection, string? Problem) Parse(int? article, int? issue, string? since)
    {
        if (new object?[] { article, issue, since }.Count(v => v is not null) > 1)
            return (null, "give at most one of --article, --issue and --since.");
        if (since is null)
            return (new ExportSelection(article, issue, null), null);
        return DateOnly.TryParseExact(since.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? (new ExportSelection(null, null, day), null)
            : (null, $"--since \"{since}\" is not a date; write it as YYYY-MM-DD (e.g. 2026-01-31).");
    }

    /// <summary>The selected published articles in journal, issue and table-of-contents order, or why the selection names nothing that exists.</summary>
    public async Task<(IQueryable<Article>? Articles, string? Problem)> QueryAsync(RevistaDb db, DateOnly today, CancellationToken cancellationToken)
    {
        var published = db.Articles.Published(today);
        if (ArticleId is { } articleId)
        {
            if (!await db.Articles.AnyAsync(a => a.Id == articleId, cancellationToken))
                return (null, string.Create(CultureInfo.InvariantCulture, $"no article with id {articleId} (--article)."));
            return (published.Where(a => a.Id == articleId), null);
        }
        if (IssueId is { } issueId)
        {
            if (!await db.Issues.AnyAsync(i => i.Id == issueId, cancellationToken))
                return (null, string.Create(CultureInfo.InvariantCulture, $"no issue with id {issueId} (--issue)."));
            return (published.Where(a => a.IssueId == issueId).InIssueOrder(), null);
        }
        if (Since is { } since)
        {
            var from = new DateTimeOffset(since.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            published = published.Where(a => a.UpdatedAt >= from);
        }
        return (published.OrderBy(a => a.JournalId).ThenBy(a => a.IssueId).ThenBy(a => a.PageOrder == null).ThenBy(a => a.PageOrder).ThenBy(a => a.Id), null);
    }
}
