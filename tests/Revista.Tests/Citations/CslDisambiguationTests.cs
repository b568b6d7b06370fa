using Revista.Citations;
using static Revista.Tests.Citations.CslFixtures;

namespace Revista.Tests.Citations;

public sealed class CslDisambiguationTests
{
    private const string Names = """<names variable="author"><name form="short" initialize-with=". " and="symbol" delimiter-precedes-last="never"/></names>""";

    private static string Author(string family, string given) => $$"""{"family": "{{family}}", "given": "{{given}}"}""";

    private static string Book(string id, params string[] authors) =>
        "{\"id\": \"" + id + "\", \"type\": \"book\", \"author\": [" + string.Join(", ", authors) + "], \"issued\": {\"date-parts\": [[1980]]}}";

    [Fact]
    public void Each_cite_gets_only_the_names_and_initials_that_set_it_apart()
    {
        var style = Style(Names + """<date variable="issued" prefix=" (" suffix=")"><date-part name="year"/></date>""",
            citationAttributes: """et-al-min="3" et-al-use-first="1" disambiguate-add-names="true" disambiguate-add-givenname="true" """);
        var items = Items("[" + string.Join(", ",
            Book("1", Author("Smith", "John"), Author("Brown", "John"), Author("Jones", "John")),
            Book("3", Author("Smith", "John"), Author("Benson", "John"), Author("Jones", "John")),
            Book("4", Author("Smith", "John"), Author("Brown", "John"), Author("Jones", "Arthur"))) + "]");
        var document = Processor(style).Document(items);

        Assert.Equal("Smith, Brown & J. Jones (1980)", document.Cite([new CslCite("1")], html: false));
        Assert.Equal("Smith, Benson, et al. (1980)", document.Cite([new CslCite("3")], html: false));
        Assert.Equal("Smith, Brown & A. Jones (1980)", document.Cite([new CslCite("4")], html: false));
    }

    [Fact]
    public void Identical_cites_keep_their_base_form_and_take_year_suffixes()
    {
        var style = Style(Names + """<date variable="issued" prefix=" (" suffix=")"><date-part name="year"/></date>""",
            citationAttributes: """et-al-min="3" et-al-use-first="1" disambiguate-add-names="true" disambiguate-add-year-suffix="true" """);
        var twice = Book("x", Author("Asthma", "Albert"), Author("Bronchitis", "Bo"), Author("Cold", "Cy"));
        var document = Processor(style).Document(Items("[" + twice + ", " + twice.Replace("\"x\"", "\"y\"", StringComparison.Ordinal) + "]"));

        Assert.Equal("Asthma et al. (1980a)", document.Cite([new CslCite("x")], html: false));
        Assert.Equal("Asthma et al. (1980b)", document.Cite([new CslCite("y")], html: false));
    }

    [Fact]
    public void All_names_rule_tells_people_apart_even_in_unambiguous_cites()
    {
        var style = Style("""<names variable="author"><name form="short" initialize-with="." and="text" delimiter-precedes-last="never"/></names>""",
            citationAttributes: """disambiguate-add-givenname="true" givenname-disambiguation-rule="all-names-with-initials" """);
        var items = Items("""
            [{"id": "1", "type": "book", "author": [{"family": "Smith", "given": "Cecil"}]},
             {"id": "2", "type": "book", "author": [{"family": "Smith", "given": "Charles"}]},
             {"id": "3", "type": "book", "author": [{"family": "Muggins", "given": "Bob"}]},
             {"id": "4", "type": "book", "author": [{"family": "Muggins", "given": "Jardine"}]}]
            """);
        var document = Processor(style).Document(items);

        // Initials cannot tell the Smiths apart, and this rule stops at initials, so they stay as they were.
        Assert.Equal(["Smith", "Smith", "B. Muggins", "J. Muggins"], items.Select(i => document.Cite([new CslCite(i.Id)], html: false)));
    }

    [Theory]
    [InlineData("Ph.M.E.", "", "PhME")]
    [InlineData("ME.", ". ", "ME.")]
    [InlineData("ME", ". ", "M.")]
    [InlineData("John M.E.", ".", "J.M.E.")]
    public void Initials_keep_pieces_the_data_already_abbreviates(string given, string with, string expected) =>
        Assert.Equal(expected, CslNameNode.Initials(given, with, initialize: true, hyphen: true).Trim());

    [Fact]
    public void Name_sort_keys_follow_the_short_form_so_ties_keep_input_order()
    {
        var style = Style("<text value=\"x\"/>", """<names variable="author"><name form="short"/></names><text variable="title" prefix=", "/>""",
            macros: """<macro name="author"><names variable="author"><name form="short"/></names></macro>""",
            bibliographySort: """<key macro="author"/>""");

        Assert.Equal(["Doe, C", "Doe, B", "Roe, A"], Bibliography(style, """
            [{"id": "1", "type": "book", "title": "A", "author": [{"family": "Roe", "given": "Jane"}]},
             {"id": "2", "type": "book", "title": "C", "author": [{"family": "Doe", "given": "John"}]},
             {"id": "3", "type": "book", "title": "B", "author": [{"family": "Doe", "given": "James"}]}]
            """));
    }
}
