using Revista.Articles;
using Revista.Issues;
using Revista.Journals;
using Revista.Web.Articles;

namespace Revista.Tests.Web.Articles;

/// <summary>"Please cite this article as" in Vancouver style (Citing Medicine, chapter 1), built from the article's rows.</summary>
public sealed class VancouverCitationTests
{
    [Fact]
    public void Lists_six_authors_then_et_al()
    {
        var authors = Enumerable.Range(1, 7).Select(i => Author("Surname" + i, "Given")).ToList();

        var text = VancouverCitation.Format(Article(), authors);

        Assert.StartsWith("Surname1 G, Surname2 G, Surname3 G, Surname4 G, Surname5 G, Surname6 G, et al. A title.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Surname7", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_initials_of_every_given_name_and_hyphenated_part()
    {
        Assert.Equal("Gelman SM", VancouverCitation.Name(Author("Gelman", "Saúl Mario")));
        Assert.Equal("Dupont JP", VancouverCitation.Name(Author("Dupont", "Jean-Pierre")));
        Assert.Equal("WHO Working Group", VancouverCitation.Name(new Contributor { Collab = "WHO Working Group" }));
    }

    [Fact]
    public void Ends_with_journal_abbreviation_year_volume_issue_shortened_pages_and_doi()
    {
        var text = VancouverCitation.Format(Article(), [Author("Contreras", "Isidro")]);

        Assert.Equal("Contreras I. A title. Reumatol Clin. 2014;10(5):336-7. doi:10.1016/j.reuma.2013.01.001", text);
    }

    [Fact]
    public void Keeps_a_title_that_ends_in_a_question_mark_and_uses_the_elocation_without_pages()
    {
        var article = Article();
        article.Title = "Is it gout?";
        article.FirstPage = null;
        article.LastPage = null;
        article.ElocationId = "e123";

        var text = VancouverCitation.Format(article, [Author("Contreras", "Isidro")]);

        Assert.Contains("Is it gout? Reumatol Clin. 2014;10(5):e123.", text, StringComparison.Ordinal);
    }

    private static Article Article() => new()
    {
        Title = "A title",
        Journal = new Journal { Title = "Reumatología Clínica", AbbreviatedTitle = "Reumatol Clin" },
        Issue = new Issue { Volume = "10", Number = "5", Year = 2014 },
        FirstPage = "336",
        LastPage = "337",
        Doi = "10.1016/j.reuma.2013.01.001",
        PublishedOn = new DateOnly(2014, 9, 1),
    };

    private static Contributor Author(string surname, string given) =>
        new() { Surname = surname, GivenNames = given, DisplayName = given + " " + surname };
}
