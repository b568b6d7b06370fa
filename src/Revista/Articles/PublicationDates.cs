using System.Globalization;
using Revista.Jats;

namespace Revista.Articles;

/// <summary>
/// Chooses and formats the dates of an article from its JATS pub-date elements, which come typed the old way
/// (pub-type="epub", "ppub", "collection") or the JATS 1.1+ way (date-type="pub" with publication-format).
/// </summary>
public static class PublicationDates
{
    // The article's own date is when readers could first read it: the electronic date first.
    private static readonly string[] ArticlePreference = ["epub", "pub", "epub-ppub", "ppub", "collection"];

    // An issue's date is the print or collection date the whole issue shares.
    private static readonly string[] IssuePreference = ["collection", "ppub", "epub-ppub", "pub", "epub"];

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public static JatsDate? BestArticleDate(IReadOnlyList<JatsDate> dates) => Best(dates, ArticlePreference);

    public static JatsDate? BestIssueDate(IReadOnlyList<JatsDate> dates) => Best(dates, IssuePreference);

    /// <summary>The year from the parts or from @iso-8601-date.</summary>
    public static int? YearOf(JatsDate? date) =>
        date is null ? null
        : date.Year is >= 1 and <= 9999 ? date.Year
        : IsoPart(date.Iso8601, 0, 4) is int year and >= 1 ? year
        : null;

    /// <summary>The date with missing month or day taken as the first (a season's first month when it names months).</summary>
    public static DateOnly? ToDateOnly(JatsDate? date)
    {
        if (YearOf(date) is not { } year)
            return null;
        var month = MonthOf(date!) ?? 1;
        var day = DayOf(date!, year, month) ?? 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>"15 September 2014", "September - October 2014" (from season "Sep-Oct"), "Spring 2020", "2014"; null when there is no year or string-date.</summary>
    public static string? Label(JatsDate? date, bool includeDay)
    {
        if (date is null)
            return null;
        if (YearOf(date) is not { } year)
            return string.IsNullOrWhiteSpace(date.StringDate) ? null : date.StringDate.Trim();
        if (!string.IsNullOrWhiteSpace(date.Season))
            return $"{ExpandSeason(date.Season)} {year}";
        if (MonthOf(date) is not { } month)
            return year.ToString(CultureInfo.InvariantCulture);
        var name = MonthNames[month - 1];
        return includeDay && DayOf(date, year, month) is { } day
            ? string.Create(CultureInfo.InvariantCulture, $"{day} {name} {year}")
            : $"{name} {year}";
    }

    /// <summary>ISO 8601 with the parts known ("2014", "2014-09", "2014-09-15"); the file's @iso-8601-date when it has one.</summary>
    public static string? Iso(JatsDate date)
    {
        if (!string.IsNullOrWhiteSpace(date.Iso8601))
            return date.Iso8601.Trim();
        if (YearOf(date) is not { } year)
            return null;
        if (date.Month is not { } month || month is < 1 or > 12)
            return year.ToString("D4", CultureInfo.InvariantCulture);
        return DayOf(date, year, month) is { } day
            ? new DateOnly(year, month, day).ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
    }

    /// <summary>The old-style type of a date: a JATS 1.1+ date-type="pub" becomes epub or ppub by its publication-format.</summary>
    public static string EffectiveType(JatsDate date) => (date.Type, date.PublicationFormat?.ToLowerInvariant()) switch
    {
        ("pub", "electronic") => "epub",
        ("pub", "print") => "ppub",
        _ => date.Type,
    };

    private static JatsDate? Best(IReadOnlyList<JatsDate> dates, string[] preference) =>
        dates.Where(d => YearOf(d) is not null)
            .OrderBy(d => Array.IndexOf(preference, EffectiveType(d)) is var rank and >= 0 ? rank : preference.Length)
            .ThenByDescending(d => (MonthOf(d) is null ? 0 : 1) + (d.Day is null ? 0 : 1))
            .FirstOrDefault();

    private static int? MonthOf(JatsDate date) =>
        date.Month is >= 1 and <= 12 ? date.Month
        : SeasonMonths(date.Season) is [var first, ..] ? first
        : IsoPart(date.Iso8601, 5, 2) is int month and >= 1 and <= 12 ? month
        : null;

    private static int? DayOf(JatsDate date, int year, int month)
    {
        var day = date.Day ?? IsoPart(date.Iso8601, 8, 2);
        return day is { } d && d >= 1 && d <= DateTime.DaysInMonth(year, month) ? d : null;
    }

    private static int? IsoPart(string? iso, int start, int length) =>
        iso is not null && iso.Length >= start + length
        && int.TryParse(iso.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>"Sep-Oct" → "September - October"; a season that names no months ("Spring") is kept as written.</summary>
    private static string ExpandSeason(string season)
    {
        var months = SeasonMonths(season);
        return months is null ? season.Trim() : string.Join(" - ", months.Select(m => MonthNames[m - 1]));
    }

    /// <summary>The months a season names ("Sep-Oct", "Jan/Feb", "July–August"), or null when a part is not a month.</summary>
    private static List<int>? SeasonMonths(string? season)
    {
        if (string.IsNullOrWhiteSpace(season))
            return null;
        var months = new List<int>();
        foreach (var part in season.Split(['-', '–', '/', '‐'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var index = Array.FindIndex(MonthNames, name => name.Length > 0 && part.Length >= 3
                && name.StartsWith(part.TrimEnd('.'), StringComparison.OrdinalIgnoreCase));
            if (index < 0)
                return null;
            months.Add(index + 1);
        }
        return months.Count == 0 ? null : months;
    }
}
