using Revista.Citations;
using static Revista.Tests.Citations.CslFixtures;

namespace Revista.Tests.Citations;

/// <summary>Text case, rich text in cite affixes, display divisions and the small typographic rules of CSL output.</summary>
public sealed class CslTypographyTests
{
    [Fact]
    public void Title_case_capitalises_a_final_stop_word_but_not_a_lone_letter()
    {
        var style = Style("""<text variable="title" text-case="title"/>""");

        Assert.Equal("Research For", Cite(style, """{"id": "a", "type": "book", "title": "research for"}"""));
        Assert.Equal("Saline Solution of β-Carotine", Cite(style, """{"id": "a", "type": "book", "title": "saline solution of β-carotine"}"""));
        Assert.Equal("Life: A Story", Cite(style, """{"id": "a", "type": "book", "title": "life: a story"}"""));
    }

    [Fact]
    public void Title_case_leaves_small_capitals_and_superscripts_of_the_data_alone()
    {
        var style = Style("""<text variable="title" text-case="title"/>""");

        Assert.Equal("My <span style=\"font-variant:small-caps;\">small caps</span> in a Title",
            CiteHtml(style, """{"id": "a", "type": "book", "title": "my <sc>small caps</sc> in a title"}"""));
    }

    [Fact]
    public void Upper_case_follows_the_casing_rules_of_the_item_language()
    {
        var style = Style("""<text variable="title" text-case="uppercase"/>""");

        Assert.Equal("İC AND ID", Cite(style, """{"id": "a", "type": "book", "title": "ic and ıd", "language": "tr"}"""));
        Assert.Equal("IA AND IB", Cite(style, """{"id": "a", "type": "book", "title": "ia and ıb", "language": "en"}"""));
    }

    [Fact]
    public void Cite_prefix_markup_is_formatting_not_text()
    {
        var style = Style("""<text variable="title"/>""");
        var document = Processor(style).Document(Items("""[{"id": "a", "type": "book", "title": "A"}]"""));

        Assert.Equal("<i>See</i> A", document.Cite([new CslCite("a") { Prefix = "<i>See</i> " }], html: true));
    }

    [Fact]
    public void A_one_word_prefix_ending_in_a_period_is_an_abbreviation_not_a_sentence()
    {
        var style = CslStyle.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
              <info><title>T</title><id>t</id></info>
              <citation><layout><text term="ibid"/></layout></citation>
            </style>
            """, "t.csl");
        var document = Processor(style).Document(Items("""[{"id": "a", "type": "book", "title": "A"}]"""));

        Assert.Equal("Cf. ibid.", document.Cite([new CslCite("a") { Prefix = "Cf. " }], html: false));
        Assert.Equal("Caps after. Ibid.", document.Cite([new CslCite("a") { Prefix = "Caps after. " }], html: false));
    }

    [Fact]
    public void A_suffix_ending_in_a_comma_keeps_only_the_space_of_the_cite_delimiter()
    {
        var style = CslStyle.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
              <info><title>T</title><id>t</id></info>
              <citation><layout delimiter="; "><text variable="title"/></layout></citation>
            </style>
            """, "t.csl");
        var items = Items("""[{"id": "a", "type": "book", "title": "A"}, {"id": "b", "type": "book", "title": "B"}]""");
        var document = Processor(style).Document(items);

        Assert.Equal("A is one, B", document.Cite([new CslCite("a") { Suffix = " is one," }, new CslCite("b")], html: false));
    }

    [Fact]
    public void A_locator_typed_with_a_leading_space_is_trimmed()
    {
        var style = Style("""<group delimiter=":"><text variable="title"/><text variable="locator"/></group>""");
        var document = Processor(style).Document(Items("""[{"id": "a", "type": "book", "title": "T"}]"""));

        Assert.Equal("T:666", document.Cite([new CslCite("a") { Locator = " 666" }], html: false));
    }

    [Fact]
    public void A_display_division_holds_the_affixes_of_its_element()
    {
        var style = Style("""<text variable="title"/>""", """<text variable="citation-number" prefix="[" suffix="]" display="left-margin"/><text variable="title" display="right-inline"/>""");
        var entry = Processor(style).Bibliography(Items("""[{"id": "x", "type": "book", "title": "T"}]""")).Entries[0];

        Assert.Equal("\n    <div class=\"csl-left-margin\">[1]</div><div class=\"csl-right-inline\">T</div>\n  ", entry.Html);
    }

    [Fact]
    public void Note_lines_naming_a_variable_fill_it_when_the_item_lacks_it()
    {
        var item = Item("""{"id": "a", "type": "chapter", "title": "T", "container-title": "Kept", "note": "container-title: Ignored\ncollection-title: Series\nreviewed-author: Hall || W.C.\nA real note."}""");

        Assert.Equal("Kept", item.Get("container-title"));
        Assert.Equal("Series", item.Get("collection-title"));
        Assert.Equal("Hall", item.GetNames("reviewed-author")![0].Family);
        Assert.Equal("A real note.", item.Get("note"));
    }

    [Fact]
    public void A_period_moves_inside_quotation_marks_typed_in_the_data()
    {
        var style = CslStyle.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
              <info><title>T</title><id>t</id></info>
              <citation><layout suffix="."><group delimiter=" "><label variable="locator" form="short"/><text variable="locator"/></group></layout></citation>
            </style>
            """, "t.csl");
        var document = Processor(style).Document(Items("""[{"id": "a", "type": "book", "title": "T"}]"""));

        Assert.Equal("s.v. “gargoyle.”", document.Cite([new CslCite("a") { Locator = "\"gargoyle\"", Label = "sub verbo" }], html: false));
    }

    [Fact]
    public void Spaces_inside_guillemets_become_narrow_no_break_spaces()
    {
        var style = Style("""<text variable="title"/>""");

        Assert.Equal("His «\u202FAnonymous\u202F» Life", Cite(style, """{"id": "a", "type": "book", "title": "His « Anonymous » Life"}"""));
    }
}
