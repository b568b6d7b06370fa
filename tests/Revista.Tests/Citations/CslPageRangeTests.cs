using static Revista.Tests.Citations.CslFixtures;

namespace Revista.Tests.Citations;

public sealed class CslPageRangeTests
{
    private static string Page(string format, string page) =>
        Cite(Style("""<text variable="page"/>""", styleAttributes: $"page-range-format=\"{format}\""), $$"""{"id": "x", "type": "book", "page": "{{page}}"}""");

    [Theory]
    [InlineData("expanded", "N110 - N5", "N110–N115")]
    [InlineData("minimal", "n11564-n1568", "n11564–8")]
    [InlineData("chicago", "8n11564-8n1568", "8n11564–68")]
    [InlineData("expanded", "123N110 - N5, 456K200 - 99", "123N110-N5, 456K200-99")]
    [InlineData("minimal", "n11564-1568", "n11564-1568")]
    public void Shortens_ranges_whose_ends_share_a_prefix_and_tightens_the_others(string format, string page, string expected) =>
        Assert.Equal(expected, Page(format, page));

    [Fact]
    public void An_escaped_hyphen_is_no_range_and_takes_a_singular_label()
    {
        var style = Style("""<group delimiter=" "><label variable="page"/><text variable="page"/></group>""");

        Assert.Equal("page 3-B", Cite(style, """{"id": "x", "type": "book", "page": "3\\-B"}"""));
        Assert.Equal("pages i–ix", Cite(style, """{"id": "x", "type": "book", "page": "i-ix"}"""));
    }

    [Fact]
    public void Page_first_comes_from_the_page_range()
    {
        var style = Style("""<text variable="page-first"/>""");

        Assert.Equal("22", Cite(style, """{"id": "x", "type": "book", "page": "22-45"}"""));
        Assert.Equal("10", Cite(style, """{"id": "x", "type": "book", "page": "10–20"}"""));
        Assert.Equal("7", Cite(style, """{"id": "x", "type": "book", "page": "22-45", "page-first": "7"}"""));
    }
}
