using Revista.Statistics;

namespace Revista.Web.Statistics;

/// <summary>
/// Processed usage of one calendar month (an article's or a journal's), as the charts and tables show it. Public only
/// because Razor components (always public) take it as a parameter.
/// </summary>
public sealed record MonthUsage(DateOnly Month, UsageCounts Counts)
{
    /// <summary>
    /// Every month from <paramref name="first"/> to <paramref name="last"/> in order, those without a row as zeros: a month
    /// inside the counted period with no usage was measured as none, and a chart that skipped it would join its neighbours.
    /// </summary>
    public static IReadOnlyList<MonthUsage> Fill(IEnumerable<MonthUsage> rows, DateOnly first, DateOnly last)
    {
        var byMonth = rows.ToDictionary(r => r.Month);
        var months = new List<MonthUsage>();
        for (var month = FirstOf(first); month <= last; month = month.AddMonths(1))
            months.Add(byMonth.TryGetValue(month, out var row) ? row : new MonthUsage(month, new UsageCounts()));
        return months;
    }

    public static UsageCounts Total(IEnumerable<MonthUsage> months)
    {
        var total = new UsageCounts();
        foreach (var month in months)
            total.Add(month.Counts);
        return total;
    }

    public static DateOnly FirstOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>Requests of formats other than HTML and PDF (supplementary files), for the by-format breakdown.</summary>
    public static int OtherRequests(UsageCounts counts) => counts.TotalItemRequests - counts.HtmlRequests - counts.PdfRequests;
}
