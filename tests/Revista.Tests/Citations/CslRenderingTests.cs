using static Revista.Tests.Citations.CslFixtures;

namespace Revista.Tests.Citations;

public sealed class CslRenderingTests
{
    private const string Article = """
        {"id": "x", "type": "article-journal", "title": "the rise of \"open\" science: a review", "container-title": "Journal of Tests",
         "volume": "12", "issue": "3", "page": "321-328", "edition": "2", "language": "en"}
        """;

    [Fact]
    public void Group_is_suppressed_when_all_its_variables_are_empty()
    {
        var style = Style("""<group delimiter=" "><text term="volume" form="short"/><text variable="volume"/></group><group prefix="[" suffix="]"><text term="issue"/><text variable="number"/></group>""");

        Assert.Equal("vol. 12", Cite(style, Article));
    }

    [Fact]
    public void Choose_tests_type_variable_numeric_and_match_modes()
    {
        var style = Style("""
            <choose>
              <if type="book chapter" match="any"><text value="book"/></if>
              <else-if variable="volume issue" match="all" is-numeric="edition"><text value="numbered article"/></else-if>
              <else><text value="other"/></else>
            </choose>
            <choose><if variable="DOI" match="none"><text value=" without DOI"/></if></choose>
            """);

        Assert.Equal("numbered article without DOI", Cite(style, Article));
    }

    [Fact]
    public void Numbers_render_as_ordinals_long_ordinals_and_roman()
    {
        var style = Style("""<group delimiter=" "><number variable="edition" form="ordinal"/><number variable="edition" form="long-ordinal"/><number variable="volume" form="roman" text-case="uppercase"/></group>""");

        Assert.Equal("2nd second XII", Cite(style, Article));
        Assert.Equal("2.ª segunda XII", Cite(style, Article, "es-ES"));
    }

    [Fact]
    public void Labels_take_the_plural_from_the_value()
    {
        var style = Style("""<group delimiter=" "><label variable="page" form="short"/><text variable="page"/></group>""");

        Assert.Equal("pp. 321–328", Cite(style, Article));
        Assert.Equal("p. 7", Cite(style, """{"id": "x", "type": "book", "page": "7"}"""));
    }

    [Theory]
    [InlineData("expanded", "321–328")]
    [InlineData("minimal", "321–8")]
    [InlineData("minimal-two", "321–28")]
    [InlineData("chicago-16", "321–28")]
    public void Page_ranges_follow_page_range_format(string format, string expected)
    {
        var style = Style("""<text variable="page"/>""", styleAttributes: $"page-range-format=\"{format}\"");

        Assert.Equal(expected, Cite(style, Article));
    }

    [Fact]
    public void Text_case_title_applies_to_english_items_and_keeps_stop_words()
    {
        var style = Style("""<text variable="title" text-case="title"/>""");

        Assert.Equal("The Rise of “Open” Science: A Review", Cite(style, Article));
        Assert.Equal("the rise", Cite(style, """{"id": "x", "type": "book", "title": "the rise", "language": "pt"}"""));
    }

    [Theory]
    [InlineData("uppercase", "THE RISE OF “OPEN” SCIENCE: A REVIEW")]
    [InlineData("capitalize-first", "The rise of “open” science: a review")]
    [InlineData("capitalize-all", "The Rise Of “Open” Science: A Review")]
    public void Text_case_transforms(string textCase, string expected)
    {
        var style = Style($"""<text variable="title" text-case="{textCase}"/>""");

        Assert.Equal(expected, Cite(style, Article));
    }

    [Fact]
    public void Quotes_move_punctuation_inside_in_american_english_only()
    {
        var style = Style("""<text variable="title" quotes="true" suffix="."/>""");
        var item = """{"id": "x", "type": "book", "title": "A \"quoted\" word"}""";

        Assert.Equal("“A ‘quoted’ word.”", Cite(style, item));
        Assert.Equal("«A “quoted” word».", Cite(style, item, "es-ES"));
    }

    [Fact]
    public void Duplicate_punctuation_merges_across_affixes()
    {
        var style = Style("""<group delimiter=". "><text variable="title"/><text variable="container-title"/></group>""");

        Assert.Equal("Is it? Journal", Cite(style, """{"id": "x", "type": "book", "title": "Is it?", "container-title": "Journal"}"""));
    }

    [Fact]
    public void Html_is_encoded_and_formatting_becomes_tags()
    {
        var style = Style("""<text variable="title" font-style="italic" strip-periods="true"/><text variable="container-title" font-weight="bold" prefix=" " vertical-align="sup"/>""");
        var item = """{"id": "x", "type": "book", "title": "R.&D. <script>alert(1)</script>", "container-title": "J"}""";

        Assert.Equal("<i>R&#38;D &#60;script&#62;alert(1)&#60;/script&#62;</i> <b><sup>J</sup></b>", CiteHtml(style, item));
    }

    [Fact]
    public void Rich_text_markup_in_data_is_honoured_and_flips_inside_italics()
    {
        var style = Style("""<text variable="title" font-style="italic"/>""");

        Assert.Equal("<i>Life of <span style=\"font-style:normal;\">E. coli</span></i>", CiteHtml(style, """{"id": "x", "type": "book", "title": "Life of <i>E. coli</i>"}"""));
    }

    [Fact]
    public void Macros_and_terms_and_values_render()
    {
        var style = Style("""<text macro="m" prefix="(" suffix=")"/>""", macros: """<macro name="m"><text term="in" text-case="capitalize-first"/><text value=" here"/></macro>""");

        Assert.Equal("(In here)", Cite(style, Article));
    }

    [Fact]
    public void Style_locale_overrides_the_locale_file_for_its_language()
    {
        var style = Style("""<text term="in"/>""", locale: """<locale xml:lang="es"><terms><term name="in">dentro de</term></terms></locale>""");

        Assert.Equal("dentro de", Cite(style, Article, "es-ES"));
        Assert.Equal("in", Cite(style, Article, "en-US"));
    }

    [Fact]
    public void Display_blocks_and_second_field_align_shape_the_html()
    {
        var style = Style("""<text variable="title"/>""", """<text variable="citation-number" suffix="."/><text variable="title" display="block"/>""", bibliographyAttributes: "second-field-align=\"flush\"");
        var entry = Processor(style).Bibliography(Items("""[{"id": "x", "type": "book", "title": "T"}]""")).Entries[0];

        Assert.Equal("1. T", entry.Text);
        // citeproc-js's layout of display divisions: a block on lines of its own, the left margin on a new line.
        Assert.Equal("\n    <div class=\"csl-left-margin\">1.</div><div class=\"csl-right-inline\">\n\n    <div class=\"csl-block\">T</div>\n</div>\n  ", entry.Html);
    }
}
