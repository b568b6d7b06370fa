using Revista.Statistics;

namespace Revista.Tests.Statistics;

/// <summary>Lines of the combined log format as Apache and nginx write them, and the oddities real logs hold.</summary>
public sealed class AccessLogLineTests
{
    [Fact]
    public void Reads_every_field_of_an_nginx_combined_line()
    {
        const string Line = """203.0.113.7 - - [03/Feb/2025:10:15:42 +0000] "GET /tj/articles/12 HTTP/1.1" 200 5120 "https://example.org/" "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0" """;

        Assert.True(AccessLogLine.TryParse(Line, out var line, out _));

        Assert.Equal("203.0.113.7", line.ClientAddress);
        Assert.Equal(new DateTimeOffset(2025, 2, 3, 10, 15, 42, TimeSpan.Zero), line.Time);
        Assert.Equal(200, line.Status);
        Assert.Equal("Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0", line.UserAgent);
        Assert.True(line.TryParseRequest(out var method, out var target));
        Assert.Equal(("GET", "/tj/articles/12"), (method, target));
    }

    [Theory]
    [InlineData("03/Feb/2025:10:15:42 -0500", "2025-02-03T15:15:42Z")]
    [InlineData("03/Feb/2025:01:15:42 +0530", "2025-02-02T19:45:42Z")]
    [InlineData("31/Dec/2025:23:30:00 -0100", "2026-01-01T00:30:00Z")]
    public void Keeps_the_instant_of_a_time_written_with_any_offset(string time, string utc)
    {
        Assert.True(AccessLogLine.TryParse($"""192.0.2.1 - - [{time}] "GET / HTTP/1.1" 200 1 "-" "ua" """, out var line, out _));

        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), line.Time);
        Assert.Equal(time[^5..], (line.Time.Offset < TimeSpan.Zero ? "-" : "+") + line.Time.Offset.ToString("hhmm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Reads_an_ipv6_client_and_a_user_name()
    {
        Assert.True(AccessLogLine.TryParse("""2001:db8::8a2e:370:7334 - ana maria [03/Feb/2025:10:15:42 +0000] "GET / HTTP/2.0" 304 - "-" "ua" """, out var line, out _));

        Assert.Equal("2001:db8::8a2e:370:7334", line.ClientAddress);
        Assert.Equal(304, line.Status);
    }

    [Theory]
    [InlineData("""Mozilla/5.0 \"quoted\" agent""", "Mozilla/5.0 \"quoted\" agent")] // Apache
    [InlineData("""Mozilla/5.0 \x22quoted\x22 agent""", "Mozilla/5.0 \"quoted\" agent")] // nginx
    [InlineData("""caf\xC3\xA9 \\ agent""", "café \\ agent")]
    public void Undoes_the_escapes_apache_and_nginx_write_in_quoted_fields(string written, string meant)
    {
        Assert.True(AccessLogLine.TryParse($"""192.0.2.1 - - [03/Feb/2025:10:15:42 +0000] "GET / HTTP/1.1" 200 1 "-" "{written}" """, out var line, out _));

        Assert.Equal(meant, line.UserAgent);
    }

    [Fact]
    public void A_line_of_the_common_format_has_an_empty_user_agent()
    {
        Assert.True(AccessLogLine.TryParse("""192.0.2.1 - - [03/Feb/2025:10:15:42 +0000] "GET /a HTTP/1.0" 200 1043""", out var line, out _));

        Assert.Equal("", line.UserAgent);
    }

    [Fact]
    public void Fields_appended_after_the_user_agent_are_ignored()
    {
        Assert.True(AccessLogLine.TryParse("""192.0.2.1 - - [03/Feb/2025:10:15:42 +0000] "GET /a HTTP/1.1" 200 1 "-" "ua" "198.51.100.2" 0.004""", out var line, out _));

        Assert.Equal("ua", line.UserAgent);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("""\x16\x03\x01\x02\x00\x01\x00\x01\xFC\x03\x03""")]
    [InlineData("GET")]
    [InlineData("get /a HTTP/1.1")]
    [InlineData("GET a HTTP/1.1")]
    public void A_malformed_request_line_is_a_line_whose_request_cannot_be_read(string request)
    {
        Assert.True(AccessLogLine.TryParse($"""192.0.2.1 - - [03/Feb/2025:10:15:42 +0000] "{request}" 400 0 "-" "-" """, out var line, out _));

        Assert.False(line.TryParseRequest(out _, out _));
    }

    [Fact]
    public void An_absolute_request_target_gives_its_path_and_query()
    {
        Assert.True(AccessLogLine.TryParse("""192.0.2.1 - - [03/Feb/2025:10:15:42 +0000] "GET http://journal.example/tj/articles/3?x=1 HTTP/1.1" 200 1 "-" "ua" """, out var line, out _));

        Assert.True(line.TryParseRequest(out _, out var target));
        Assert.Equal("/tj/articles/3?x=1", target);
    }

    [Theory]
    [InlineData("", "no client address")]
    [InlineData("192.0.2.1 - - \"GET / HTTP/1.1\" 200 1", "no [time]")]
    [InlineData("192.0.2.1 - - [03/Foo/2025:10:15:42 +0000] \"GET / HTTP/1.1\" 200 1", "time \"03/Foo/2025:10:15:42 +0000\"")]
    [InlineData("192.0.2.1 - - [31/Feb/2025:10:15:42 +0000] \"GET / HTTP/1.1\" 200 1", "time")]
    [InlineData("192.0.2.1 - - [03/Feb/2025:10:15:42] \"GET / HTTP/1.1\" 200 1", "time")]
    [InlineData("192.0.2.1 - - [03/Feb/2025:10:15:42 +0000] \"GET / HTTP/1.1 200 1", "no quoted request")]
    [InlineData("192.0.2.1 - - [03/Feb/2025:10:15:42 +0000] \"GET / HTTP/1.1\" OK 1", "status \"OK\"")]
    public void Says_what_is_wrong_with_a_line_that_is_not_a_log_line(string text, string expected)
    {
        Assert.False(AccessLogLine.TryParse(text, out _, out var problem));

        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
