using static Revista.Tests.Citations.CslFixtures;

namespace Revista.Tests.Citations;

public sealed class CslPunctuationTests
{
    [Theory]
    [InlineData(":", "! x", "a! x")]
    [InlineData(";", "? x", "a? x")]
    [InlineData("!", ": x", "a! x")]
    [InlineData(":", "; x", "a:; x")]
    [InlineData(",", ". x", "a,. x")]
    [InlineData(";", ". x", "a; x")]
    public void Marks_meeting_at_a_boundary_follow_the_citeproc_js_table(string suffix, string prefix, string expected)
    {
        var style = Style($"""<group><text value="a" suffix="{suffix}"/><text value="x" prefix="{prefix[..^1]}"/></group>""");

        Assert.Equal(expected, Cite(style, """{"id": "x", "type": "book"}"""));
    }

    [Fact]
    public void Exclamation_after_a_quoted_title_moves_inside_with_punctuation_in_quote()
    {
        var style = Style("""<group><text variable="title" quotes="true" suffix="!"/><text value="x" prefix=": "/></group>""");

        Assert.Equal("“T!” x", Cite(style, """{"id": "x", "type": "book", "title": "T"}"""));
    }
}
