using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Revista.Data;
using Revista.Statistics;

namespace Revista.Tests.Web;

/// <summary>
/// Processed usage written straight into the tables the site reads (what the COUNTER processing job produces), and a
/// clock fixed in a known month so "the current month" does not depend on when the tests run.
/// </summary>
internal static class UsageRows
{
    /// <summary>The site's "now" in these tests: every sample is published by then.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 15, 12, 0, 0, TimeSpan.Zero);

    public static void FixClock(IServiceCollection services) => services.AddSingleton<TimeProvider>(new FixedClock(Now));

    public static async Task<int> ArticleIdAsync(RevistaDb db, string titleStart) =>
        (await db.Articles.SingleAsync(a => a.Title.StartsWith(titleStart))).Id;

    public static async Task AddCounterAsync(RevistaDb db, int articleId, long visits)
    {
        db.ArticleUsageCounters.Add(new ArticleUsageCounter { ArticleId = articleId, UniqueItemInvestigations = visits, UpdatedAt = Now });
        await db.SaveChangesAsync();
    }

    /// <summary>One month of an article: HTML and PDF requests, with the other metrics derived from them plausibly.</summary>
    public static async Task AddMonthAsync(RevistaDb db, int articleId, string month, int html, int pdf, int other = 0, int uniqueRequests = -1, int uniqueInvestigations = -1)
    {
        var journalId = (await db.Articles.SingleAsync(a => a.Id == articleId)).JournalId;
        var requests = html + pdf + other;
        var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        db.UsageMonths.Add(new UsageMonth
        {
            Month = first,
            ArticleId = articleId,
            JournalId = journalId,
            Counts = new UsageCounts
            {
                HtmlRequests = html,
                PdfRequests = pdf,
                TotalItemRequests = requests,
                UniqueItemRequests = uniqueRequests >= 0 ? uniqueRequests : requests / 2,
                TotalItemInvestigations = requests * 2,
                UniqueItemInvestigations = uniqueInvestigations >= 0 ? uniqueInvestigations : requests,
            },
        });
        await db.SaveChangesAsync();
        await UsageTitleMonth.RebuildAsync(db, first, [journalId], CancellationToken.None);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
