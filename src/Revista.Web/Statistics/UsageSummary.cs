using Microsoft.EntityFrameworkCore;
using Revista.Data;
using Revista.Statistics;

namespace Revista.Web.Statistics;

/// <summary>
/// A journal's or an issue's usage over a period for its statistics page: totals by month and the most used articles,
/// each one query grouped in the database over <see cref="UsageMonth"/> rows found by the (JournalId, Month) index, so
/// the cost follows the number of articles used in the period, never the number of events. Public only because Razor
/// components take it as a parameter.
/// </summary>
public sealed record UsageSummary(UsagePeriod Period, IReadOnlyList<MonthUsage> Months, IReadOnlyList<TopArticle> TopArticles)
{
    /// <summary>How many articles the top list shows.</summary>
    public const int TopCount = 25;

    public UsageCounts Total { get; } = MonthUsage.Total(Months);

    internal static async Task<UsageSummary> LoadAsync(RevistaDb db, int journalId, int? issueId, UsagePeriod period, CancellationToken cancellationToken)
    {
        var rows = db.UsageMonths.AsNoTracking()
            .Where(m => m.JournalId == journalId && m.Month >= period.From && m.Month <= period.To);
        if (issueId is { } issue)
            rows = rows.Where(m => db.Articles.Any(a => a.Id == m.ArticleId && a.IssueId == issue));

        var months = await rows
            .GroupBy(m => m.Month)
            .Select(g => new
            {
                Month = g.Key,
                TotalItemInvestigations = g.Sum(m => m.Counts.TotalItemInvestigations),
                UniqueItemInvestigations = g.Sum(m => m.Counts.UniqueItemInvestigations),
                TotalItemRequests = g.Sum(m => m.Counts.TotalItemRequests),
                UniqueItemRequests = g.Sum(m => m.Counts.UniqueItemRequests),
                HtmlRequests = g.Sum(m => m.Counts.HtmlRequests),
                PdfRequests = g.Sum(m => m.Counts.PdfRequests),
            })
            .ToListAsync(cancellationToken);

        // COUNTER ranks items by their requests; investigations (which include requests) break ties, then the id keeps
        // the order stable between two looks at the same numbers.
        var top = await rows
            .GroupBy(m => m.ArticleId)
            .Select(g => new
            {
                ArticleId = g.Key,
                UniqueItemRequests = g.Sum(m => m.Counts.UniqueItemRequests),
                UniqueItemInvestigations = g.Sum(m => m.Counts.UniqueItemInvestigations),
                TotalItemRequests = g.Sum(m => m.Counts.TotalItemRequests),
            })
            .OrderByDescending(t => t.UniqueItemRequests).ThenByDescending(t => t.UniqueItemInvestigations).ThenBy(t => t.ArticleId)
            .Take(TopCount)
            .Join(db.Articles, t => t.ArticleId, a => a.Id, (t, a) => new TopArticle(a.Id, a.Title, a.Language, t.UniqueItemRequests, t.UniqueItemInvestigations, t.TotalItemRequests))
            .ToListAsync(cancellationToken);

        var filled = MonthUsage.Fill(
            months.Select(m => new MonthUsage(m.Month, new UsageCounts
            {
                TotalItemInvestigations = m.TotalItemInvestigations,
                UniqueItemInvestigations = m.UniqueItemInvestigations,
                TotalItemRequests = m.TotalItemRequests,
                UniqueItemRequests = m.UniqueItemRequests,
                HtmlRequests = m.HtmlRequests,
                PdfRequests = m.PdfRequests,
            })),
            period.From,
            period.To);
        return new UsageSummary(period, filled, [.. top
            .OrderByDescending(t => t.UniqueItemRequests).ThenByDescending(t => t.UniqueItemInvestigations).ThenBy(t => t.ArticleId)]);
    }
}

/// <summary>One line of a top-articles list: the article and its COUNTER numbers in the period.</summary>
public sealed record TopArticle(int ArticleId, string Title, string Language, int UniqueItemRequests, int UniqueItemInvestigations, int TotalItemRequests);
