using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Revista.Web.Resources;

namespace Revista.Web.Layout;

/// <summary>
/// A stored date label ("15 September 2014", "September - October 2014", "Spring 2020") in the interface language.
/// Labels are written at import by PublicationDates with invariant (English) month names, so they are re-formatted
/// here rather than stored once per language.
/// </summary>
internal static partial class DateLabel
{
    private static readonly string[] InvariantMonths = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public static string Of(IStringLocalizer<SiteText> text, string label)
    {
        var culture = CultureInfo.CurrentCulture;
        if (DateTime.TryParseExact(label, "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day.ToString(text["DateFormat"], culture);
        if (DateTime.TryParseExact(label, "MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return month.ToString(text["MonthYearFormat"], culture);
        // Seasons ("September - October 2014"): each month name in the culture's words; other words as the file wrote them.
        return Word().Replace(label, match =>
            Array.IndexOf(InvariantMonths, match.Value) is var index and >= 0 && index < 12
                ? culture.DateTimeFormat.GetMonthName(index + 1)
                : match.Value);
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
