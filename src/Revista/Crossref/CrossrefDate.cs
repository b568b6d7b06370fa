using System.Globalization;
using System.Xml.Linq;
using Revista.Jats;

namespace Revista.Crossref;

/// <summary>A date as date_t writes it: month and day optional, two digits each, then the year.</summary>
internal sealed record CrossrefDate(int Year, int? Month, int? Day)
{
    public static CrossrefDate? From(JatsDate date) =>
        date.Year is { } year and >= 1400 and <= 2200
            ? new CrossrefDate(year, date.Month is >= 1 and <= 12 ? date.Month : null, date.Month is >= 1 and <= 12 && date.Day is >= 1 and <= 31 ? date.Day : null)
            : null;

    /// <summary>yyyy-MM-dd when the date is complete (xsd:date for ai:license_ref/@start_date).</summary>
    public string? IsoDate => Month is { } month && Day is { } day
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{month:D2}-{day:D2}")
        : null;

    public XElement ToElement(string name, string? mediaType) => new(CrossrefDeposit.Cr + name,
        mediaType is null ? null : new XAttribute("media_type", mediaType),
        Month is { } month ? new XElement(CrossrefDeposit.Cr + "month", CrossrefText.TwoDigits(month)) : null,
        Day is { } day ? new XElement(CrossrefDeposit.Cr + "day", CrossrefText.TwoDigits(day)) : null,
        new XElement(CrossrefDeposit.Cr + "year", Year.ToString(CultureInfo.InvariantCulture)));
}
