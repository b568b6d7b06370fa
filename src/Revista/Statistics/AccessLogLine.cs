using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Revista.Statistics;

/// <summary>
/// One line of a web-server access log in the combined log format, as Apache (<c>LogFormat "%h %l %u %t \"%r\" %>s %b
/// \"%{Referer}i\" \"%{User-agent}i\"" combined</c>) and nginx (<c>log_format combined</c>, its default) write it.
/// Lines in the common log format (no referrer, no user agent) are accepted with an empty user agent; fields a server
/// appends after the user agent are ignored.
/// </summary>
/// <param name="Time">The request's time with the offset the server wrote; the instant is what counts.</param>
/// <param name="Request">The request line as sent ("GET /path HTTP/1.1"), unescaped; may be "-" or junk.</param>
public sealed record AccessLogLine(string ClientAddress, DateTimeOffset Time, string Request, int Status, string UserAgent)
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Parses <paramref name="line"/>, or says in <paramref name="problem"/> why it is not a log line.</summary>
    public static bool TryParse(string line, [NotNullWhen(true)] out AccessLogLine? parsed, [NotNullWhen(false)] out string? problem)
    {
        parsed = null;
        var text = line.AsSpan();
        var space = text.IndexOf(' ');
        if (space <= 0)
        {
            problem = "not a combined log line (no client address followed by a space)";
            return false;
        }
        var address = text[..space];
        // %l and %u sit between the address and the time; a user name may hold anything but '['.
        var open = text[space..].IndexOf('[');
        var close = open < 0 ? -1 : text[(space + open)..].IndexOf(']');
        if (close < 0)
        {
            problem = "no [time] field";
            return false;
        }
        var timeText = text.Slice(space + open + 1, close - 1);
        if (!TryParseTime(timeText, out var time))
        {
            problem = $"time \"{timeText}\" is not dd/Mon/yyyy:HH:mm:ss ±hhmm";
            return false;
        }
        var position = space + open + close + 1;
        if (!TryReadQuoted(text, ref position, out var request))
        {
            problem = "no quoted request (\"%r\") after the time";
            return false;
        }
        var statusText = NextToken(text, ref position);
        if (statusText.Length != 3 || !int.TryParse(statusText, NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            problem = $"status \"{statusText}\" is not a three-digit number";
            return false;
        }
        NextToken(text, ref position); // %b, bytes sent: "-" or a number, not used.
        var agent = "";
        if (TryReadQuoted(text, ref position, out _))
            TryReadQuoted(text, ref position, out agent);
        parsed = new AccessLogLine(address.ToString(), time, request, status, agent ?? "");
        problem = null;
        return true;
    }

    /// <summary>
    /// The method and the request target of <see cref="Request"/>: "GET /a HTTP/1.1" and HTTP/0.9's "GET /a"; an
    /// absolute-form target (proxies) gives its path and query. False for "-", TLS handshakes sent to a plain port, and
    /// other junk a server logs with status 400.
    /// </summary>
    public bool TryParseRequest([NotNullWhen(true)] out string? method, [NotNullWhen(true)] out string? target)
    {
        method = target = null;
        var parts = Request.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetterUpper)
            || (parts.Length == 3 && !parts[2].StartsWith("HTTP/", StringComparison.Ordinal)))
        {
            return false;
        }
        var requested = parts[1];
        if (requested.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || requested.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var slash = requested.IndexOf('/', requested.IndexOf("//", StringComparison.Ordinal) + 2);
            requested = slash < 0 ? "/" : requested[slash..];
        }
        if (!requested.StartsWith('/'))
            return false;
        (method, target) = (parts[0], requested);
        return true;
    }

    /// <summary>"10/Oct/2000:13:55:36 -0700" (Apache %t, nginx $time_local).</summary>
    private static bool TryParseTime(ReadOnlySpan<char> text, out DateTimeOffset time)
    {
        time = default;
        if (text.Length != 26 || text[2] != '/' || text[6] != '/' || text[11] != ':' || text[14] != ':' || text[17] != ':'
            || text[20] != ' ' || text[21] is not ('+' or '-'))
        {
            return false;
        }
        var month = 0;
        for (var i = 0; i < Months.Length && month == 0; i++)
            month = text.Slice(3, 3).Equals(Months[i], StringComparison.OrdinalIgnoreCase) ? i + 1 : 0;
        if (month == 0 || !Digits(text[..2], out var day) || !Digits(text.Slice(7, 4), out var year) || !Digits(text.Slice(12, 2), out var hour)
            || !Digits(text.Slice(15, 2), out var minute) || !Digits(text.Slice(18, 2), out var second)
            || !Digits(text.Slice(22, 2), out var offsetHours) || !Digits(text.Slice(24, 2), out var offsetMinutes)
            || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60
            || offsetHours > 14 || offsetMinutes > 59)
        {
            return false;
        }
        var offset = new TimeSpan(offsetHours, offsetMinutes, 0);
        // A leap second (:60) is logged by some systems; it is the next second's start for counting purposes.
        time = new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), text[21] == '-' ? -offset : offset)
            .AddSeconds(second == 60 ? 1 : 0);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static ReadOnlySpan<char> NextToken(ReadOnlySpan<char> text, ref int position)
    {
        while (position < text.Length && text[position] == ' ')
            position++;
        var start = position;
        while (position < text.Length && text[position] != ' ')
            position++;
        return text[start..position];
    }

    /// <summary>
    /// A double-quoted field after optional spaces. Apache escapes '"' and '\' with a backslash and other bytes as \xhh;
    /// nginx writes '"' itself as \x22; both are undone here, so "\"" and "\x22" read alike.
    /// </summary>
    private static bool TryReadQuoted(ReadOnlySpan<char> text, ref int position, [NotNullWhen(true)] out string? value)
    {
        value = null;
        var at = position;
        while (at < text.Length && text[at] == ' ')
            at++;
        if (at >= text.Length || text[at] != '"')
            return false;
        at++;
        var end = at;
        var escaped = false;
        while (end < text.Length && text[end] != '"')
        {
            if (text[end] == '\\' && end + 1 < text.Length)
            {
                escaped = true;
                end++;
            }
            end++;
        }
        if (end >= text.Length)
            return false;
        value = escaped ? Unescape(text[at..end]) : text[at..end].ToString();
        position = end + 1;
        return true;
    }

    private static string Unescape(ReadOnlySpan<char> text)
    {
        var result = new StringBuilder(text.Length);
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 3 < text.Length && text[i + 1] == 'x'
                && byte.TryParse(text.Slice(i + 2, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
            {
                // Escaped bytes may be the parts of one UTF-8 character (nginx escapes every byte above 0x7E).
                bytes.Add(b);
                i += 3;
                continue;
            }
            Flush(result, bytes);
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\')
                i++;
            result.Append(text[i]);
        }
        Flush(result, bytes);
        return result.ToString();
    }

    private static void Flush(StringBuilder result, List<byte> bytes)
    {
        if (bytes.Count == 0)
            return;
        result.Append(Encoding.UTF8.GetString([.. bytes]));
        bytes.Clear();
    }
}
