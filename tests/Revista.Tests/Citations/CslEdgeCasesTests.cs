using Revista.Citations;
using static Revista.Tests.Citations.CslFixtures;

namespace Revista.Tests.Citations;

/// <summary>Behaviours the CSL test suite asks for beyond the common paths: joined conjunctions, written locator labels,
/// empty terms in cs:substitute, positions given by the caller, superscript characters and CSS-spaced small caps.</summary>
public sealed class CslEdgeCasesTests
{
    [Fact]
    public void A_hebrew_and_term_joins_the_names_without_added_spaces()
    {
        var style = Style("""<names variable="author"><name and="text"/></names>""",
            locale: "<locale><terms><term name=\"and\">ו&#8200;</term></terms></locale>");

        Assert.Equal("תפוחו\u2008תפוז", Cite(style, """{"id": "x", "type": "book", "author": [{"family": "תפוח"}, {"family": "תפוז"}]}"""));
        Assert.Equal("Abreu and Brito", Cite(Style("""<names variable="author"><name and="text"/></names>"""),
            """{"id": "x", "type": "book", "author": [{"family": "Abreu"}, {"family": "Brito"}]}"""));
    }

    [Fact]
    public void A_locator_that_writes_its_own_label_gets_no_second_one()
    {
        var style = Style("""<group delimiter=" "><label variable="locator" form="short"/><text variable="locator"/></group>""");
        var processor = Processor(style);
        var item = Item("""{"id": "x", "type": "book"}""");

        Assert.Equal("vol. 1, fol. 186", processor.Document([item]).Cite([new CslCite("x") { Locator = "vol. 1, fol. 186" }], html: false));
        // The label's plural follows the part before the first written label.
        Assert.Equal("p. 12, fig. 3", processor.Document([item]).Cite([new CslCite("x") { Locator = "12, fig. 3" }], html: false));
        Assert.Equal("pp. 12–14", processor.Document([item]).Cite([new CslCite("x") { Locator = "12-14" }], html: false));
    }

    [Fact]
    public void A_term_defined_as_empty_ends_substitution()
    {
        var layout = """<names variable="translator"><substitute><text term="editor"/><text term="author"/></substitute></names>""";
        var empty = Style(layout, locale: """<locale><terms><term name="editor"></term><term name="author">Author</term></terms></locale>""");
        var inherited = Style(layout, locale: """<locale><terms><term name="author">Author</term></terms></locale>""");

        Assert.Equal("", Cite(empty, """{"id": "x", "type": "book"}"""));
        Assert.Equal("editor", Cite(inherited, """{"id": "x", "type": "book"}"""));
    }

    [Fact]
    public void A_position_given_with_the_cite_overrides_the_tracked_one()
    {
        var style = Style("""<choose><if position="subsequent"><text value="again"/></if><else><text variable="title"/></else></choose>""");
        var document = Processor(style).Document(Items("""[{"id": "x", "type": "book", "title": "Alpha"}]"""));

        Assert.Equal("again", document.Cite([new CslCite("x") { Position = CslPosition.Subsequent }], html: false));
    }

    [Fact]
    public void The_same_locator_under_another_label_is_ibid_with_locator()
    {
        var style = CslStyle.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
              <info><title>Notes</title><id>notes</id></info>
              <citation><layout><choose><if position="ibid-with-locator"><text value="ibid-with-locator"/></if>
                <else-if position="ibid"><text value="ibid"/></else-if><else><text value="first"/></else></choose></layout></citation>
            </style>
            """, "notes.csl");
        var document = Processor(style).Document(Items("""[{"id": "x", "type": "book"}]"""));

        document.Cite([new CslCite("x") { Locator = "12" }], html: false, noteNumber: 1);
        Assert.Equal("ibid", document.Cite([new CslCite("x") { Locator = "12" }], html: false, noteNumber: 2));
        Assert.Equal("ibid-with-locator", document.Cite([new CslCite("x") { Locator = "12", Label = "book" }], html: false, noteNumber: 3));
    }

    [Fact]
    public void Cites_without_names_still_collapse_their_year_suffixes()
    {
        var style = Style("""<date variable="issued"><date-part name="year"/></date>""",
            citationAttributes: "disambiguate-add-year-suffix=\"true\" collapse=\"year-suffix\" year-suffix-delimiter=\",\"");
        var items = Items("""
            [{"id": "a", "type": "book", "author": [{"family": "Doe"}], "issued": {"date-parts": [[1965]]}},
             {"id": "b", "type": "book", "author": [{"family": "Doe"}], "issued": {"date-parts": [[1965]]}}]
            """);

        Assert.Equal("1965a,b", Processor(style).Document(items).Cite([new CslCite("a"), new CslCite("b")], html: false));
    }

    [Fact]
    public void The_layout_suffix_closes_the_last_display_division()
    {
        var style = CslStyle.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><title>Blocks</title><id>blocks</id></info>
              <citation><layout><text variable="title"/></layout></citation>
              <bibliography><layout suffix="."><group display="left-margin"><text value="N.d."/></group>
                <group display="right-inline"><text variable="title"/></group></layout></bibliography>
            </style>
            """, "blocks.csl");
        var entry = Processor(style).Bibliography(Items("""[{"id": "x", "type": "book", "title": "Here"}]""")).Entries[0];

        Assert.Equal("\n    <div class=\"csl-left-margin\">N.d.</div><div class=\"csl-right-inline\">Here.</div>\n  ", entry.Html);
    }

    [Fact]
    public void Spaces_opening_the_first_display_division_go_before_it()
    {
        var style = CslStyle.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><title>Blocks</title><id>blocks</id></info>
              <citation><layout><text variable="title"/></layout></citation>
              <bibliography><layout><group display="left-margin"><text value="N.d." prefix=" "/></group>
                <group display="right-inline"><text variable="title"/></group></layout></bibliography>
            </style>
            """, "blocks.csl");
        var entry = Processor(style).Bibliography(Items("""[{"id": "x", "type": "book", "title": "Here"}]""")).Entries[0];

        Assert.Equal(" \n    <div class=\"csl-left-margin\">N.d.</div><div class=\"csl-right-inline\">Here</div>\n  ", entry.Html);
    }

    [Fact]
    public void Superscript_characters_become_sup_elements_of_their_base_letters()
    {
        var style = Style("""<text variable="title"/>""");

        Assert.Equal("1<sup>r</sup><sup>e</sup> <sup>A</sup><sup>TM</sup>", CiteHtml(style, """{"id": "x", "type": "book", "title": "1ʳᵉ ᴬ™"}"""));
    }

    [Fact]
    public void Small_caps_spans_may_space_their_css()
    {
        var style = Style("""<text variable="title" text-case="title"/>""");

        Assert.Equal("<span style=\"font-variant:small-caps;\">here</span>",
            CiteHtml(style, """{"id": "x", "type": "book", "title": "<span style=\"font-variant: small-caps;\">here</span>"}"""));
    }
}
