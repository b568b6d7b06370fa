using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using static Revista.Tests.Web.Articles.ArticlePageTests;

namespace Revista.Tests.Web.Journals;

/// <summary>Section pages and the about page, reached by following the links of the journal home, issue and article.</summary>
public sealed class SectionAndAboutPagesTests(JournalPagesTests.AllSamples samples) : IClassFixture<JournalPagesTests.AllSamples>
{
    private const string Journal = "/rev-clin-reumatol-autoinmun";

    private RunningSite Site => samples.Site;

    [Fact]
    public async Task The_journal_home_links_each_section_to_its_page_of_articles()
    {
        var (_, journal) = await Site.GetPageAsync(Journal);
        var link = journal.QuerySelectorAll(".sections a").Single(a => Text(a) == "Images in Clinical Practice");

        var (status, page) = await Site.GetPageAsync(link.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Images in Clinical Practice", Text(page.QuerySelector("h1")));
        var item = Assert.Single(page.QuerySelectorAll("ol.articles > li"));
        Assert.StartsWith("Crowned Dens Syndrome", Text(item.QuerySelector("a.title")), StringComparison.Ordinal);
        Assert.StartsWith("Inés Valdeolmos Carrió", Text(item.QuerySelector(".item-authors")), StringComparison.Ordinal);
        Assert.Equal(
            ["Journals", "Revista Clínica de Reumatología y Autoinmunidad", "Images in Clinical Practice"],
            page.QuerySelectorAll(".breadcrumbs li").Select(Text));
        Assert.Equal("Images in Clinical Practice · Revista Clínica de Reumatología y Autoinmunidad", page.Title);
        Assert.Null(page.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task The_article_section_heading_and_the_issue_headings_lead_to_the_same_section_page()
    {
        var article = await OpenArticleAsync(Site, "Crowned Dens Syndrome");
        var fromArticle = article.QuerySelector(".section-heading a")!.GetAttribute("href");
        var issueLink = article.QuerySelector(".issue-line a")!.GetAttribute("href")!;
        var (_, issue) = await Site.GetPageAsync(issueLink);
        var fromIssue = issue.QuerySelectorAll(".toc-section h3 a").Single(a => Text(a) == "Images in Clinical Practice").GetAttribute("href");
        var (_, journal) = await Site.GetPageAsync(Journal);
        var fromJournal = journal.QuerySelectorAll(".sections a").Single(a => Text(a) == "Images in Clinical Practice").GetAttribute("href");

        Assert.Matches("^/rev-clin-reumatol-autoinmun/sections/[0-9]+$", fromArticle);
        Assert.Equal(fromArticle, fromIssue);
        Assert.Equal(fromArticle, fromJournal);
    }

    [Fact]
    public async Task The_spanish_section_page_keeps_the_language_and_shows_spanish_titles()
    {
        var (_, journal) = await Site.GetPageAsync("/es" + Journal);
        var link = journal.QuerySelectorAll(".sections a").Single(a => Text(a) == "Images in Clinical Practice").GetAttribute("href")!;

        var (status, page) = await Site.GetPageAsync(link);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("/es/", link, StringComparison.Ordinal);
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Últimos artículos", Text(page.QuerySelector("#section-articles")));
        Assert.StartsWith("Síndrome de la odontoides coronada", Text(page.QuerySelector("a.title")), StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("main a[href^='/']"), a => Assert.Matches("^/es(/|$)", a.GetAttribute("href")!));
    }

    [Fact]
    public async Task Unknown_sections_and_sections_of_another_journal_are_404_pages()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Site.GetPageAsync(Journal + "/sections/99999")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Site.GetPageAsync("/no-such-journal/sections/1")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Site.GetPageAsync("/no-such-journal/about")).Status);
    }

    [Fact]
    public async Task The_about_page_linked_from_the_journal_header_shows_the_journal_settings()
    {
        var (_, journal) = await Site.GetPageAsync(Journal);
        var about = journal.QuerySelectorAll(".journal-header a").Single(a => Text(a) == "About").GetAttribute("href")!;

        var (status, page) = await Site.GetPageAsync(about);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("About Revista Clínica de Reumatología y Autoinmunidad", Text(page.QuerySelector("h1")));
        var facts = Facts(page);
        Assert.Equal("Revista Clínica de Reumatología y Autoinmunidad", facts["Title"]);
        Assert.Equal("Clinical Journal of Rheumatology and Autoimmunity", facts["Title in English"]);
        Assert.Equal("0000-0027", facts["Online ISSN"]);
        Assert.Equal("0000-0019", facts["Print ISSN"]);
        Assert.Equal("Revista Demo Press, Madrid, Spain", facts["Publisher"]);
        Assert.Equal("English, Spanish", facts["Languages"]);
        Assert.Equal(["Images in Clinical Practice", "Original", "Editorial"], page.QuerySelectorAll(".sections a").Select(Text));
        Assert.Equal(journal.QuerySelectorAll(".sections a").Select(a => a.GetAttribute("href")), page.QuerySelectorAll(".sections a").Select(a => a.GetAttribute("href")));
        // The demo journal has no gate in this fixture, so no notice about it.
        Assert.Null(page.QuerySelector("#about-gate"));
    }

    [Fact]
    public async Task The_spanish_about_page_is_in_spanish()
    {
        var (status, page) = await Site.GetPageAsync("/es" + Journal + "/about");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Acerca de Revista Clínica de Reumatología y Autoinmunidad", Text(page.QuerySelector("h1")));
        var facts = Facts(page);
        Assert.Equal("Clinical Journal of Rheumatology and Autoimmunity", facts["Título en inglés"]);
        Assert.Equal("inglés, español", facts["Idiomas"]);
        Assert.Equal("Revista Demo Press, Madrid, Spain", facts["Editorial"]);
    }

    internal static Dictionary<string, string> Facts(IHtmlDocument page) =>
        page.QuerySelectorAll(".facts dt").ToDictionary(Text, dt => Text(dt.NextElementSibling));
}

/// <summary>Section pages with journal settings changed in the database, each on its own site.</summary>
public sealed class SectionPagingTests
{
    [Fact]
    public async Task A_section_lists_its_articles_latest_first_and_continues_after_a_cursor()
    {
        List<(DateOnly PublishedOn, int Id)> expected = [];
        await using var site = await RunningSite.StartAsync(
            [RunningSite.Sample("case-report.zip"), RunningSite.Sample("research-article.xml"), RunningSite.Sample("editorial.xml")],
            async db =>
            {
                var cancellationToken = TestContext.Current.CancellationToken;
                var section = await db.Sections.OrderBy(s => s.Position).Select(s => s.Id).FirstAsync(cancellationToken);
                await db.Articles.ExecuteUpdateAsync(a => a.SetProperty(x => x.SectionId, section), cancellationToken);
                var rows = await db.Articles.Select(a => new { a.PublishedOn, a.Id }).ToListAsync(cancellationToken);
                expected = [.. rows.OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id).Select(a => (a.PublishedOn, a.Id))];
            });
        var (_, journal) = await site.GetPageAsync("/rev-clin-reumatol-autoinmun");
        var sectionPath = journal.QuerySelector(".sections a")!.GetAttribute("href")!;
        static int IdOf(AngleSharp.Dom.IElement a) => int.Parse(a.GetAttribute("href")!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        static string Cursor((DateOnly PublishedOn, int Id) a) =>
            a.PublishedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "." + a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (_, first) = await site.GetPageAsync(sectionPath);
        var (_, rest) = await site.GetPageAsync($"{sectionPath}?after={Cursor(expected[0])}");
        var (_, none) = await site.GetPageAsync($"{sectionPath}?after={Cursor(expected[^1])}");

        Assert.Equal(expected.Select(a => a.Id), first.QuerySelectorAll("ol.articles a.title").Select(IdOf));
        Assert.Equal(expected.Skip(1).Select(a => a.Id), rest.QuerySelectorAll("ol.articles a.title").Select(IdOf));
        Assert.Empty(none.QuerySelectorAll("ol.articles > li"));
        Assert.Equal("No older articles.", Text(none.QuerySelector("#section-articles + p")));
    }

    [Fact]
    public async Task The_about_page_explains_the_health_professional_question_when_the_journal_asks_it()
    {
        await using var site = await RunningSite.StartAsync(
            [RunningSite.Sample("case-report.zip")],
            db => db.Journals.ExecuteUpdateAsync(j => j
                .SetProperty(x => x.HealthProfessionalGate, true)
                .SetProperty(x => x.DoiPrefix, "10.99999")
                .SetProperty(x => x.LicenseUrl, "https://creativecommons.org/licenses/by/4.0/"), TestContext.Current.CancellationToken));

        var (_, page) = await site.GetPageAsync("/rev-clin-reumatol-autoinmun/about");

        Assert.Contains("health professionals able to prescribe or dispense drugs", Text(page.QuerySelector("#about-gate + p")), StringComparison.Ordinal);
        var facts = SectionAndAboutPagesTests.Facts(page);
        Assert.Equal("10.99999", facts["DOI prefix"]);
        Assert.Equal("CC BY 4.0", facts["Licence"]);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", page.QuerySelector(".facts a[rel=license]")!.GetAttribute("href"));
    }
}
