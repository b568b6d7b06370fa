using Revista.Citations;
using static Revista.Tests.Citations.CslFixtures;

namespace Revista.Tests.Citations;

public sealed class CslDocumentTests
{
    private const string ThreeBooks = """
        [
          {"id": "c", "type": "book", "title": "Gamma", "author": [{"family": "Doe", "given": "John"}], "issued": {"date-parts": [[2000]]}},
          {"id": "a", "type": "book", "title": "Alpha", "author": [{"family": "Doe", "given": "John"}], "issued": {"date-parts": [[2000]]}},
          {"id": "b", "type": "book", "title": "Beta", "author": [{"family": "Adams", "given": "Amy"}], "issued": {"date-parts": [[1999]]}}
        ]
        """;

    private static readonly string AuthorDate = """<group delimiter=" "><names variable="author"><name form="short"/></names><date variable="issued"><date-part name="year"/></date></group>""";

    [Fact]
    public void Sorts_the_bibliography_by_macro_and_variable_keys()
    {
        var style = Style(AuthorDate, """<names variable="author"><name name-as-sort-order="all"/></names><text variable="title" prefix=". "/>""",
            macros: """<macro name="author"><names variable="author"><name name-as-sort-order="all"/></names></macro>""",
            bibliographySort: """<key macro="author"/><key variable="title" sort="descending"/>""");

        Assert.Equal(["Adams, Amy. Beta", "Doe, John. Gamma", "Doe, John. Alpha"], Bibliography(style, ThreeBooks));
    }

    [Fact]
    public void Year_suffixes_disambiguate_in_bibliography_order_and_collapse_in_citations()
    {
        var style = Style(AuthorDate, """<text variable="title"/><date variable="issued" prefix=" "><date-part name="year"/></date>""",
            citationAttributes: "disambiguate-add-year-suffix=\"true\" collapse=\"year-suffix\" year-suffix-delimiter=\", \"",
            bibliographySort: """<key variable="title"/>""");
        var document = Processor(style).Document(Items(ThreeBooks));

        Assert.Equal("a", document.YearSuffix("a"));
        Assert.Equal("b", document.YearSuffix("c"));
        Assert.Null(document.YearSuffix("b"));
        Assert.Equal(["Alpha 2000a", "Beta 1999", "Gamma 2000b"], document.Bibliography().Entries.Select(e => e.Text));
        Assert.Equal("Doe 2000a, b", document.Cite([new CslCite("a"), new CslCite("c")], html: false));
    }

    [Fact]
    public void Given_names_disambiguate_before_year_suffixes()
    {
        var style = Style(AuthorDate, citationAttributes: "disambiguate-add-givenname=\"true\" disambiguate-add-year-suffix=\"true\"");
        var items = Items("""
            [{"id": "1", "type": "book", "author": [{"family": "Doe", "given": "John"}], "issued": {"date-parts": [[2000]]}},
             {"id": "2", "type": "book", "author": [{"family": "Doe", "given": "Jane"}], "issued": {"date-parts": [[2000]]}}]
            """);
        var document = Processor(style).Document(items);

        Assert.Equal("John Doe 2000", document.Cite([new CslCite("1")], html: false));
        Assert.Null(document.YearSuffix("1"));
    }

    [Fact]
    public void Citation_numbers_follow_citation_order_and_ranges_collapse()
    {
        var style = Style("""<text variable="citation-number"/>""", """<text variable="citation-number" suffix=". "/><text variable="title"/>""",
            citationAttributes: "collapse=\"citation-number\"", citationSort: """<key variable="citation-number"/>""");
        var items = Items("""
            [{"id": "1", "type": "book", "title": "One"}, {"id": "2", "type": "book", "title": "Two"},
             {"id": "3", "type": "book", "title": "Three"}, {"id": "4", "type": "book", "title": "Four"}]
            """);
        var document = Processor(style).Document(items);

        Assert.Equal("1–3", document.Cite([new CslCite("3"), new CslCite("1"), new CslCite("2")], html: false));
        Assert.Equal("1–4", document.Cite([new CslCite("4"), new CslCite("3"), new CslCite("1"), new CslCite("2")], html: false));
        Assert.Equal("1. One", document.Bibliography().Entries[0].Text);
    }

    [Fact]
    public void Positions_distinguish_first_subsequent_and_ibid()
    {
        var style = Style("""
            <choose>
              <if position="ibid-with-locator"><group delimiter=" "><text term="ibid"/><text variable="locator"/></group></if>
              <else-if position="ibid"><text term="ibid"/></else-if>
              <else-if position="subsequent"><text variable="title" form="short"/></else-if>
              <else><text variable="title"/></else>
            </choose>
            """);
        var items = Items("""[{"id": "a", "type": "book", "title": "A long title", "title-short": "Short"}, {"id": "b", "type": "book", "title": "Other"}]""");
        var document = Processor(style).Document(items);

        Assert.Equal("A long title", document.Cite([new CslCite("a")], html: false));
        Assert.Equal("ibid.", document.Cite([new CslCite("a")], html: false));
        Assert.Equal("ibid. 4", document.Cite([new CslCite("a") { Locator = "4" }], html: false));
        Assert.Equal("Other", document.Cite([new CslCite("b")], html: false));
        Assert.Equal("Short", document.Cite([new CslCite("a")], html: false));
    }

    [Fact]
    public void Locator_labels_and_cite_affixes_render()
    {
        var style = Style("""<group delimiter=" "><text variable="title"/><label variable="locator" form="short"/><text variable="locator"/></group>""");
        var document = Processor(style).Document(Items("""[{"id": "a", "type": "book", "title": "T"}]"""));

        Assert.Equal("see T chaps. 2–3!", document.Cite([new CslCite("a") { Locator = "2-3", Label = "chapter", Prefix = "see ", Suffix = "!" }], html: false));
    }

    [Fact]
    public void Subsequent_author_substitute_replaces_repeated_names()
    {
        var style = Style(AuthorDate, """<group delimiter=". "><names variable="author"><name/></names><text variable="title"/></group>""",
            bibliographyAttributes: "subsequent-author-substitute=\"———\"", bibliographySort: """<key variable="title"/>""");

        Assert.Equal(["John Doe. Alpha", "Amy Adams. Beta", "John Doe. Gamma"], Bibliography(style, ThreeBooks));
        var same = Style(AuthorDate, """<group delimiter=". "><names variable="author"><name/></names><text variable="title"/></group>""",
            bibliographyAttributes: "subsequent-author-substitute=\"———\"", bibliographySort: """<key macro="a"/><key variable="title"/>""",
            macros: """<macro name="a"><names variable="author"/></macro>""");
        Assert.Equal(["Amy Adams. Beta", "John Doe. Alpha", "———. Gamma"], Bibliography(same, ThreeBooks));
    }

    [Fact]
    public void Suppress_author_and_author_only_cites()
    {
        var style = Style(AuthorDate);
        var document = Processor(style).Document(Items(ThreeBooks));

        Assert.Equal("2000", document.Cite([new CslCite("a") { SuppressAuthor = true }], html: false));
        Assert.Equal("Doe", document.Cite([new CslCite("a") { AuthorOnly = true }], html: false));
    }

    [Fact]
    public void The_processor_is_reusable_across_documents_and_threads()
    {
        var processor = CslCatalog.Processor("apa", "en-US");
        var items = Items(ThreeBooks);
        var expected = processor.Bibliography(items).ToText();

        var results = Enumerable.Range(0, 8).AsParallel().Select(_ => processor.Bibliography(items).ToText()).ToList();

        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Equal("Adams, A. (1999). <i>Beta</i>.", processor.Bibliography(items).Entries[0].Html);
    }
}
