using System.Globalization;
using System.Xml.Linq;

namespace Revista.Jats;

// pub-date and history/date (JATS Tag Library: pub-date, date, season, string-date, @iso-8601-date).
public sealed partial class JatsReader
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// A date as written. Type comes from pub-type (NLM, JATS ≤1.0) or date-type (JATS 1.1+), lower-cased. When day, month
    /// or year elements are missing but @iso-8601-date gives them, they are taken from it.
    /// </summary>
    private JatsDate ReadDate(XElement date)
    {
        var iso = Clean(date.Attribute("iso-8601-date")?.Value);
        var (isoYear, isoMonth, isoDay) = ParseIso(iso);
        return new JatsDate
        {
            Type = (Clean(date.Attribute("pub-type")?.Value) ?? Clean(date.Attribute("date-type")?.Value) ?? "pub").ToLowerInvariant(),
            PublicationFormat = Clean(date.Attribute("publication-format")?.Value)?.ToLowerInvariant(),
            Year = Number(Child(date, "year")) ?? isoYear,
            Month = Month(Child(date, "month")) ?? isoMonth,
            Day = Number(Child(date, "day")) ?? isoDay,
            Season = Plain(Child(date, "season")),
            Iso8601 = iso,
            StringDate = Plain(Child(date, "string-date")),
        };
    }

    private static int? Number(XElement? element) =>
        int.TryParse(Plain(element), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;

    /// <summary>month as a number ("03", "3") or, in some older files, an English name ("Mar", "March").</summary>
    private static int? Month(XElement? element)
    {
        if (Number(element) is { } number)
            return number is >= 1 and <= 12 ? number : null;
        var text = Plain(element)?.ToLowerInvariant();
        if (text is null || text.Length < 3)
            return null;
        var index = Array.IndexOf(MonthNames, text[..3]);
        return index < 0 ? null : index + 1;
    }

    /// <summary>"2014", "2014-02" or "2014-02-28" (ISO 8601 calendar date, possibly reduced precision).</summary>
    private static (int? Year, int? Month, int? Day) ParseIso(string? iso)
    {
        if (iso is null)
            return (null, null, null);
        var parts = iso.Split('-');
        int? Part(int index) =>
            index < parts.Length && int.TryParse(parts[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
        return (Part(0), Part(1) is <= 12 and var month ? month : null, Part(2) is <= 31 and var day ? day : null);
    }
}
