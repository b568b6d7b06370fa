using System.Globalization;

namespace Revista.Oai;

/// <summary>
/// UTCdatetime values (OAI-PMH 2.0 §3.3.1): "YYYY-MM-DD" (day granularity) or "YYYY-MM-DDThh:mm:ssZ" (seconds, the
/// granularity this repository declares). Datestamps are written to the second; stored times keep their fraction, so
/// comparisons use whole-second or whole-day bounds.
/// </summary>
public static class OaiDatestamp
{
    private const string SecondsFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'";
    private const string DayFormat = "yyyy'-'MM'-'dd";

    public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString(SecondsFormat, CultureInfo.InvariantCulture);

    /// <summary>Reads a from/until argument; <paramref name="isDay"/> tells its granularity.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value, out bool isDay)
    {
        value = default;
        // "YYYY-MM-DD" is ten characters; anything longer must be a full time.
        isDay = text?.Length == 10;
        var format = isDay ? DayFormat : SecondsFormat;
        if (text is null || !DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
            return false;
        value = new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
        return true;
    }

    /// <summary>The first instant after the day or second that <paramref name="until"/> names, so "until" includes all of it.</summary>
    public static DateTimeOffset EndOf(DateTimeOffset until, bool isDay) => until + (isDay ? TimeSpan.FromDays(1) : TimeSpan.FromSeconds(1));
}
