using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Revista.Data;

namespace Revista.Statistics;

/// <summary>
/// A journal's processed usage in one month, split by the attributes title and platform reports show (Access_Type and
/// YOP), summed from its articles' <see cref="UsageMonth"/> rows whenever a day of the month is processed. A year's
/// Title Report then reads 12 × (years × access types) rows whatever the journal's size, instead of a row per article
/// and month joined to the articles. The access status and year are the article's when the month was processed, as
/// COUNTER reports the access type at the time of use (R5.1 §3.3.5); processing the month again refreshes them.
/// </summary>
public sealed class UsageTitleMonth
{
    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }
    public int JournalId { get; set; }
    public string AccessStatus { get; set; } = "";
    /// <summary>The articles' year of publication (COUNTER's YOP).</summary>
    public int Year { get; set; }
    public UsageCounts Counts { get; set; } = new();

    /// <summary>Rebuilds every month of every journal from the article months (a repair, and for data loaded directly).</summary>
    public static async Task RebuildAllAsync(RevistaDb db, CancellationToken cancellationToken)
    {
        var journalIds = await db.UsageMonths.Select(m => m.JournalId).Distinct().ToListAsync(cancellationToken);
        foreach (var month in await db.UsageMonths.Select(m => m.Month).Distinct().OrderBy(m => m).ToListAsync(cancellationToken))
            await RebuildAsync(db, month, journalIds, cancellationToken);
    }

    /// <summary>Replaces the rows of <paramref name="month"/> for <paramref name="journalIds"/> with sums of their article months.</summary>
    public static async Task RebuildAsync(RevistaDb db, DateOnly month, IReadOnlyCollection<int> journalIds, CancellationToken cancellationToken)
    {
        await db.UsageTitleMonths.Where(t => t.Month == month && journalIds.Contains(t.JournalId)).ExecuteDeleteAsync(cancellationToken);
        var sums = await (
                from m in db.UsageMonths
                where m.Month == month && journalIds.Contains(m.JournalId)
                join a in db.Articles on m.ArticleId equals a.Id
                group m.Counts by new { m.JournalId, a.AccessStatus, a.PublishedOn.Year } into g
                select new UsageTitleMonth
                {
                    Month = month,
                    JournalId = g.Key.JournalId,
                    AccessStatus = g.Key.AccessStatus,
                    Year = g.Key.Year,
                    Counts = new UsageCounts
                    {
                        TotalItemInvestigations = g.Sum(c => c.TotalItemInvestigations),
                        UniqueItemInvestigations = g.Sum(c => c.UniqueItemInvestigations),
                        TotalItemRequests = g.Sum(c => c.TotalItemRequests),
                        UniqueItemRequests = g.Sum(c => c.UniqueItemRequests),
                        HtmlRequests = g.Sum(c => c.HtmlRequests),
                        PdfRequests = g.Sum(c => c.PdfRequests),
                    },
                })
            .ToListAsync(cancellationToken);
        db.UsageTitleMonths.AddRange(sums);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}

internal sealed class UsageTitleMonthConfiguration : IEntityTypeConfiguration<UsageTitleMonth>
{
    public void Configure(EntityTypeBuilder<UsageTitleMonth> builder)
    {
        builder.HasKey(t => new { t.JournalId, t.Month, t.AccessStatus, t.Year });
        builder.HasIndex(t => new { t.Month, t.JournalId });
        builder.Property(t => t.AccessStatus).HasMaxLength(16);
        builder.ComplexProperty(t => t.Counts);
    }
}
