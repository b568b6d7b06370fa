using System.Globalization;

namespace Revista.Web.Statistics;

/// <summary>
/// The geometry of the monthly bar chart: one pair of bars per month (HTML views left, PDF downloads right), heights
/// proportional to the numbers on an axis that starts at zero and ends on a round value. Coordinates are in the SVG's
/// own units; the browser scales the whole drawing to the column's width.
/// </summary>
internal sealed class UsageChart
{
    /// <summary>More months than this make bars too thin to read on a phone; the chart then shows the latest ones.</summary>
    public const int MaxMonths = 24;

    public const double Width = 480;
    public const double Height = 260;
    public const double Left = 46;
    public const double Right = 6;
    public const double Top = 10;
    public const double Bottom = 44;

    public UsageChart(IReadOnlyList<MonthUsage> months)
    {
        Months = months.Count > MaxMonths ? [.. months.Skip(months.Count - MaxMonths)] : months;
        var largest = Months.Count == 0 ? 0 : Months.Max(m => Math.Max(m.Counts.HtmlRequests, m.Counts.PdfRequests));
        Step = NiceStep(largest);
        AxisMax = Math.Max(Step, (int)Math.Ceiling(largest / (double)Step) * Step);
    }

    public IReadOnlyList<MonthUsage> Months { get; }

    public int Step { get; }

    public int AxisMax { get; }

    public const double PlotBottom = Height - Bottom;

    private static double PlotHeight => Height - Top - Bottom;

    private double Slot => (Width - Left - Right) / Math.Max(1, Months.Count);

    public double BarWidth => Slot * 0.4;

    public double HtmlX(int index) => Left + (index * Slot) + (Slot * 0.1);

    public double PdfX(int index) => HtmlX(index) + BarWidth;

    public double LabelX(int index) => Left + ((index + 0.5) * Slot);

    public double BarHeight(int value) => value <= 0 ? 0 : value / (double)AxisMax * PlotHeight;

    public double Y(int value) => PlotBottom - BarHeight(value);

    public IEnumerable<int> Ticks()
    {
        for (var tick = 0; tick <= AxisMax; tick += Step)
            yield return tick;
    }

    /// <summary>Every month labelled up to a year; beyond, every third, so labels never overlap.</summary>
    public bool Labelled(int index) => Months.Count <= 12 || (Months.Count - 1 - index) % 3 == 0;

    /// <summary>The year under a month's label: on the first labelled month and wherever the year changes.</summary>
    public bool ShowsYear(int index)
    {
        for (var previous = index - 1; previous >= 0; previous--)
        {
            if (Labelled(previous))
                return Months[previous].Month.Year != Months[index].Month.Year;
        }
        return true;
    }

    /// <summary>
    /// An SVG text element (Razor reserves &lt;text&gt; for its own use, so it is written here, its content encoded).
    /// </summary>
    public static Microsoft.AspNetCore.Components.MarkupString Text(double x, double y, string anchor, string content) =>
        new($"<text x=\"{Number(x)}\" y=\"{Number(y)}\" text-anchor=\"{anchor}\">{System.Net.WebUtility.HtmlEncode(content)}</text>");

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>1, 2 or 5 times a power of ten, so that about four gridlines cover the largest value.</summary>
    private static int NiceStep(int largest)
    {
        if (largest <= 4)
            return 1;
        var rough = largest / 4.0;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = rough / power <= 1 ? 1 : rough / power <= 2 ? 2 : rough / power <= 5 ? 5 : 10;
        return (int)(step * power);
    }
}
