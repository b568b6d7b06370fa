using Revista.Data;
using Revista.Statistics;

namespace Revista.Tests.Statistics;

/// <summary>Processed monthly totals written straight into the database, as the COUNTER processing job leaves them.</summary>
internal static class UsageSeed
{
    /// <summary>Adds a month of an article's usage: Total/Unique Item Investigations, Total/Unique Item Requests.</summary>
    public static void AddMonth(RevistaDb db, int articleId, int journalId, string month, int tii, int uii, int tir, int uir) =>
        db.UsageMonths.Add(new UsageMonth
        {
            Month = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ArticleId = articleId,
            JournalId = journalId,
            Counts = new UsageCounts
            {
                TotalItemInvestigations = tii,
                UniqueItemInvestigations = uii,
                TotalItemRequests = tir,
                UniqueItemRequests = uir,
                HtmlRequests = tir,
            },
        });
}
