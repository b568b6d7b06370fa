using static Revista.Tests.Citations.CslFixtures;

namespace Revista.Tests.Citations;

public sealed class CslNamesTests
{
    private const string Three = """
        {"id": "x", "type": "book", "author": [
          {"family": "Abreu", "given": "Ana María"}, {"family": "Brito", "given": "Jean-Paul"}, {"family": "Costa", "given": "Carla"}]}
        """;

    [Fact]
    public void Joins_names_with_and_text_and_a_contextual_delimiter()
    {
        var style = Style("""<names variable="author"><name and="text"/></names>""");

        Assert.Equal("Ana María Abreu, Jean-Paul Brito, and Carla Costa", Cite(style, Three));
    }

    [Fact]
    public void Inverts_names_and_initializes_given_names_with_hyphens()
    {
        var style = Style("""<names variable="author"><name name-as-sort-order="all" initialize-with=". " and="symbol" delimiter-precedes-last="never"/></names>""");

        Assert.Equal("Abreu, A. M., Brito, J.-P. & Costa, C.", Cite(style, Three));
    }

    [Fact]
    public void Initialize_with_hyphen_false_drops_the_hyphen()
    {
        var style = Style("""<names variable="author"><name name-as-sort-order="all" sort-separator=" " initialize-with="" initialize-with-hyphen="false"/></names>""");

        Assert.Equal("Abreu AM, Brito JP, Costa C", Cite(style, Three));
    }

    [Fact]
    public void Keeps_lower_case_particles_of_given_names_whole()
    {
        var style = Style("""<names variable="author"><name name-as-sort-order="all" sort-separator=" " initialize-with=""/></names>""");

        Assert.Equal("Torquato MT da CG", Cite(style, """{"id": "x", "type": "book", "author": [{"family": "Torquato", "given": "Maria Teresa da Costa Gonçalves"}]}"""));
    }

    [Fact]
    public void Truncates_with_et_al_and_uses_the_delimiter_contextually()
    {
        var style = Style("""<names variable="author"><name et-al-min="3" et-al-use-first="1"/><et-al font-style="italic"/></names>""");

        Assert.Equal("Ana María Abreu et al.", Cite(style, Three));
        Assert.Equal("Ana María Abreu <i>et al.</i>", CiteHtml(style, Three));
    }

    [Fact]
    public void Et_al_use_last_shows_an_ellipsis_and_the_last_name()
    {
        var style = Style("""<names variable="author"><name form="short" et-al-min="4" et-al-use-first="1" et-al-use-last="true"/></names>""");
        var four = """{"id": "x", "type": "book", "author": [{"family": "A"}, {"family": "B"}, {"family": "C"}, {"family": "D"}]}""";

        Assert.Equal("A, … D", Cite(style, four));
    }

    [Fact]
    public void Short_form_keeps_the_non_dropping_particle()
    {
        var style = Style("""<names variable="author"><name form="short"/></names>""");

        Assert.Equal("van Gogh", Cite(style, """{"id": "x", "type": "book", "author": [{"family": "van Gogh", "given": "Vincent"}]}"""));
    }

    [Fact]
    public void Demoted_particle_follows_the_given_name_in_sort_order()
    {
        var style = Style("""<names variable="author"><name name-as-sort-order="all"/></names>""", styleAttributes: "demote-non-dropping-particle=\"display-and-sort\"");

        Assert.Equal("Gogh, Vincent van", Cite(style, """{"id": "x", "type": "book", "author": [{"family": "van Gogh", "given": "Vincent"}]}"""));
    }

    [Fact]
    public void Suffix_and_literal_names_render_as_given()
    {
        var style = Style("""<names variable="author"><name name-as-sort-order="all" initialize-with=". "/></names>""");
        var item = """{"id": "x", "type": "book", "author": [{"family": "Ramos", "given": "Alberto", "suffix": "Jr."}, {"literal": "The PRISMA Group"}]}""";

        Assert.Equal("Ramos, A., Jr., The PRISMA Group", Cite(style, item));
    }

    [Fact]
    public void Name_part_formatting_applies_to_the_family_name()
    {
        var style = Style("""<names variable="author"><name><name-part name="family" text-case="uppercase"/></name></names>""");

        Assert.Equal("Carla COSTA", Cite(style, """{"id": "x", "type": "book", "author": [{"family": "Costa", "given": "Carla"}]}"""));
    }

    [Fact]
    public void Label_is_plural_for_several_names_and_substitute_replaces_missing_authors()
    {
        var style = Style("""
            <names variable="author"><name/><label form="short" prefix=" (" suffix=")"/>
              <substitute><names variable="editor"/><text variable="title"/></substitute></names>
            """);

        Assert.Equal("Ana Abreu, Bea Brito (eds.)", Cite(style, """{"id": "x", "type": "book", "editor": [{"family": "Abreu", "given": "Ana"}, {"family": "Brito", "given": "Bea"}]}"""));
        Assert.Equal("Only a title", Cite(style, """{"id": "x", "type": "book", "title": "Only a title"}"""));
    }

    [Fact]
    public void Substituted_variables_are_not_repeated()
    {
        var style = Style("""
            <group delimiter=". "><names variable="author"><substitute><text variable="title"/></substitute></names><text variable="title"/></group>
            """);

        Assert.Equal("Only a title", Cite(style, """{"id": "x", "type": "book", "title": "Only a title"}"""));
    }

    [Fact]
    public void Count_form_counts_the_rendered_names()
    {
        var style = Style("""<names variable="author"><name form="count"/></names>""");

        Assert.Equal("3", Cite(style, Three));
    }

    [Fact]
    public void Family_first_scripts_render_without_spaces()
    {
        var style = Style("""<names variable="author"><name/></names>""");

        Assert.Equal("我妻栄", Cite(style, """{"id": "x", "type": "book", "author": [{"family": "我妻", "given": "栄"}]}"""));
    }
}
