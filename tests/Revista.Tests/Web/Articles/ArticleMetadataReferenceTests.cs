using Revista.Articles;
using Revista.Web.Articles;

namespace Revista.Tests.Web.Articles;

/// <summary>citation_reference values (Google Scholar's "citation_title=…; citation_author=…" form) and Open Graph locales.</summary>
public sealed class ArticleMetadataReferenceTests
{
    [Fact]
    public void A_journal_reference_lists_its_fields_in_the_documented_form()
    {
        var reference = new Reference
        {
            PublicationType = "journal",
            Authors = [new ReferenceName("Lovelace", "A", null, null), new ReferenceName(null, null, null, "The Analytical Group")],
            ArticleTitle = "Notes on the engine",
            Source = "J Engines",
            Year = "1843a",
            Volume = "3",
            Issue = "2",
            FirstPage = "10",
            LastPage = "19",
            Doi = "10.5555/engine.3",
        };

        Assert.Equal(
            "citation_title=Notes on the engine; citation_author=Lovelace, A; citation_author=The Analytical Group; citation_journal_title=J Engines; "
            + "citation_year=1843; citation_volume=3; citation_issue=2; citation_firstpage=10; citation_lastpage=19; citation_doi=10.5555/engine.3",
            ArticleMetadata.HighwireReference(reference));
    }

    [Fact]
    public void A_book_names_its_publisher_and_no_journal()
    {
        var reference = new Reference
        {
            PublicationType = "book",
            Authors = [new ReferenceName("Babbage", "C", null, null)],
            Source = "Passages from the life of a philosopher",
            Year = "1864",
            Publisher = "Longman",
        };

        Assert.Equal(
            "citation_title=Passages from the life of a philosopher; citation_author=Babbage, C; citation_publisher=Longman; citation_year=1864",
            ArticleMetadata.HighwireReference(reference));
    }

    [Fact]
    public void Semicolons_inside_a_value_cannot_start_a_new_field()
    {
        var reference = new Reference { PublicationType = "journal", ArticleTitle = "Cause; effect", Source = "J; K", Year = "2020" };

        Assert.Equal("citation_title=Cause, effect; citation_journal_title=J, K; citation_year=2020", ArticleMetadata.HighwireReference(reference));
    }

    [Fact]
    public void A_reference_without_structure_keeps_its_text_as_written()
    {
        var reference = new Reference { PublicationType = "other", Text = "Personal communication, 2021." };

        Assert.Equal("Personal communication, 2021.", ArticleMetadata.HighwireReference(reference));
    }

    [Theory]
    [InlineData("en", "en_US")]
    [InlineData("es", "es_ES")]
    [InlineData("pt-BR", "pt_BR")]
    public void Open_graph_locales_are_language_and_territory(string language, string locale) =>
        Assert.Equal(locale, ArticleMetadata.OpenGraphLocale(language));
}
