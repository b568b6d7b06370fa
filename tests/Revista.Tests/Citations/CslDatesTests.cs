using static Revista.Tests.Citations.CslFixtures;

namespace Revista.Tests.Citations;

public sealed class CslDatesTests
{
    private const string Issued = """{"id": "x", "type": "book", "issued": {"date-parts": [[2023, 8, 18]]}}""";

    [Theory]
    [InlineData("en-US", "August 18, 2023")]
    [InlineData("en-GB", "18 August 2023")]
    [InlineData("es-ES", "18 de agosto de 2023")]
    public void Localized_text_dates_follow_the_locale(string locale, string expected)
    {
        var style = Style("""<date variable="issued" form="text"/>""");

        Assert.Equal(expected, Cite(style, Issued, locale));
    }

    [Fact]
    public void Style_date_parts_override_the_locale_and_date_parts_limits_them()
    {
        var style = Style("""<date variable="issued" form="text" date-parts="year-month"><date-part name="month" form="short" strip-periods="true"/></date>""");

        Assert.Equal("Aug 2023", Cite(style, Issued));
    }

    [Fact]
    public void Non_localized_dates_use_their_own_parts_and_forms()
    {
        var style = Style("""
            <date variable="issued" delimiter="/"><date-part name="day" form="numeric-leading-zeros"/><date-part name="month" form="numeric-leading-zeros"/><date-part name="year" form="short"/></date>
            """);

        Assert.Equal("18/08/23", Cite(style, Issued));
    }

    [Fact]
    public void Ranges_collapse_the_shared_parts()
    {
        var style = Style("""<date variable="issued" form="text"/>""");

        Assert.Equal("May 3–5, 2001", Cite(style, """{"id": "x", "type": "book", "issued": {"date-parts": [[2001, 5, 3], [2001, 5, 5]]}}"""));
        Assert.Equal("May 3–June 5, 2001", Cite(style, """{"id": "x", "type": "book", "issued": {"date-parts": [[2001, 5, 3], [2001, 6, 5]]}}"""));
        Assert.Equal("2001–2005", Cite(Style("""<date variable="issued" form="text" date-parts="year"/>"""), """{"id": "x", "type": "book", "issued": {"date-parts": [[2001], [2005]]}}"""));
    }

    [Fact]
    public void Literal_dates_seasons_and_eras_render()
    {
        var style = Style("""<date variable="issued" form="text"/>""");

        Assert.Equal("Spring 2001", Cite(style, """{"id": "x", "type": "book", "issued": {"date-parts": [[2001]], "season": 1}}"""));
        Assert.Equal("around the turn", Cite(style, """{"id": "x", "type": "book", "issued": {"literal": "around the turn"}}"""));
        Assert.Equal("44 BC", Cite(Style("""<date variable="issued"><date-part name="year"/></date>"""), """{"id": "x", "type": "book", "issued": {"date-parts": [[-44]]}}"""));
    }

    [Fact]
    public void Ordinal_days_follow_the_locale()
    {
        var style = Style("""<date variable="issued"><date-part name="month" suffix=" "/><date-part name="day" form="ordinal"/></date>""");

        Assert.Equal("August 18th", Cite(style, Issued));
    }

    [Fact]
    public void Is_uncertain_date_tests_circa()
    {
        var style = Style("""<choose><if is-uncertain-date="issued"><text value="circa"/></if><else><text value="sure"/></else></choose>""");

        Assert.Equal("circa", Cite(style, """{"id": "x", "type": "book", "issued": {"date-parts": [[1900]], "circa": true}}"""));
        Assert.Equal("sure", Cite(style, """{"id": "x", "type": "book", "issued": {"date-parts": [[1900]]}}"""));
    }

    [Fact]
    public void Raw_iso_dates_are_read()
    {
        var style = Style("""<date variable="issued" form="numeric"/>""");

        Assert.Equal("08/18/2023", Cite(style, """{"id": "x", "type": "book", "issued": {"raw": "2023-08-18"}}"""));
    }
}
