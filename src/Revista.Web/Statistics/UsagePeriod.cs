using System.Globalization;
using Microsoft.Extensions.Localization;
using Revista.Web.Resources;

namespace Revista.Web.Statistics;

/// <summary>
/// The months a journal or issue statistics page covers, from its <c>?from=yyyy-MM&amp;to=yyyy-MM</c> parameters:
/// by default the twelve months up to the current one; at most <see cref="MaxMonths"/>, so every query stays bounded.
/// </summary>
public sealed record UsagePeriod(DateOnly From, DateOnly To)
{
    public const int MaxMonths = 120;
    public const int DefaultMonths = 12;

    private const string Format = "yyyy-MM";

    public string FromText => From.ToString(Format, CultureInfo.InvariantCulture);

    public string ToText => To.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>
    /// The period the parameters name, or null and a message saying what is wrong, where, and how to write it instead.
    /// </summary>
    internal static UsagePeriod? Parse(string? from, string? to, DateOnly today, IStringLocalizer<SiteText> text, out string? error)
    {
        error = null;
        var current = MonthUsage.FirstOf(today);
        DateOnly? first = null, last = null;
        if (!string.IsNullOrEmpty(from))
        {
            first = Month(from);
            if (first is null)
            {
                error = text["PeriodNotAMonth", from, "from"];
                return null;
            }
        }
        if (!string.IsNullOrEmpty(to))
        {
            last = Month(to);
            if (last is null)
            {
                error = text["PeriodNotAMonth", to, "to"];
                return null;
            }
        }
        var end = last ?? (first is { } start && start.AddMonths(DefaultMonths - 1) < current ? start.AddMonths(DefaultMonths - 1) : current);
        var begin = first ?? end.AddMonths(1 - DefaultMonths);
        if (begin > end)
            error = text["PeriodReversed", begin.ToString(Format, CultureInfo.InvariantCulture), end.ToString(Format, CultureInfo.InvariantCulture)];
        else if (end > current)
            error = text["PeriodInFuture", end.ToString(Format, CultureInfo.InvariantCulture), current.ToString(Format, CultureInfo.InvariantCulture)];
        else if (((end.Year - begin.Year) * 12) + end.Month - begin.Month + 1 > MaxMonths)
            error = text["PeriodTooLong", MaxMonths];
        return error is null ? new UsagePeriod(begin, end) : null;
    }

    private static DateOnly? Month(string value) =>
        value.Length == Format.Length
        && DateOnly.TryParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
        && month.Year >= 1900
            ? month
            : null;
}
