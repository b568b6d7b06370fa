using System.Net;
using AngleSharp.Html.Dom;
using static Revista.Tests.Web.Articles.ArticlePageTests;

namespace Revista.Tests.Web.Journals;

/// <summary>The journal around the article: home, journal home, issue table of contents and archive, found by following links.</summary>
public sealed class JournalPagesTests(JournalPagesTests.AllSamples samples) : IClassFixture<JournalPagesTests.AllSamples>
{
    private RunningSite Site => samples.Site;

    [Fact]
    public async Task The_journal_home_shows_its_issns_publisher_current_issue_and_latest_articles()
    {
        var page = await OpenJournalAsync();

        Assert.Equal("Revista Clínica de Reumatología y Autoinmunidad", Text(page.QuerySelector("h1")));
        var meta = Text(page.QuerySelector(".journal-header .meta"));
        Assert.Contains("Revista Demo Press", meta, StringComparison.Ordinal);
        Assert.Contains("eISSN 0000-0027", meta, StringComparison.Ordinal);
        Assert.Contains("ISSN 0000-0019", meta, StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll("ol.articles > li").Length);
        Assert.NotNull(page.QuerySelector("#current-issue + p a"));
        Assert.Contains("Images in Clinical Practice", page.QuerySelectorAll(".sections li").Select(Text));
    }

    [Fact]
    public async Task The_issue_table_of_contents_groups_articles_by_section_with_authors_pages_and_access()
    {
        var journal = await OpenJournalAsync();
        var (status, page) = await Site.GetPageAsync(journal.QuerySelector("#current-issue + p a")!.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, status);
        var section = page.QuerySelectorAll(".toc-section").Single(s => Text(s.QuerySelector("h3")) == "Images in Clinical Practice");
        var item = section.QuerySelector(".article-item")!;
        Assert.StartsWith("Crowned Dens Syndrome", Text(item.QuerySelector("a.title")), StringComparison.Ordinal);
        Assert.StartsWith("Inés Valdeolmos Carrió, Tomás Arenillas Puig", Text(item.QuerySelector(".item-authors")), StringComparison.Ordinal);
        Assert.Contains("Pages 312–313", Text(item.QuerySelector(".meta")), StringComparison.Ordinal);
        Assert.Equal("Open access", Text(item.QuerySelector(".badge-open")));
        Assert.Contains(page.QuerySelectorAll(".breadcrumbs a"), a => a.GetAttribute("href") == "/rev-clin-reumatol-autoinmun");
    }

    [Fact]
    public async Task The_archive_lists_the_issues_by_year()
    {
        var journal = await OpenJournalAsync();
        var archive = journal.QuerySelectorAll("a").First(a => Text(a) == "Archive").GetAttribute("href")!;

        var (status, page) = await Site.GetPageAsync(archive);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("2026", page.QuerySelectorAll(".archive-year h2").Select(Text));
        Assert.Contains(page.QuerySelectorAll(".issues a"), a => Text(a).StartsWith("Vol. 12. Issue 5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_spanish_interface_keeps_the_language_in_every_link()
    {
        var (_, home) = await Site.GetPageAsync("/es/");
        var (_, journal) = await Site.GetPageAsync(home.QuerySelector("ol.journals a")!.GetAttribute("href")!);

        Assert.Equal("Últimos artículos", Text(journal.QuerySelector("#latest")));
        Assert.All(journal.QuerySelectorAll("main a[href^='/']"), a => Assert.Matches("^/es(/|$)", a.GetAttribute("href")!));
    }

    [Fact]
    public async Task Unknown_journals_and_issues_are_404_pages()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Site.GetPageAsync("/no-such-journal")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Site.GetPageAsync("/rev-clin-reumatol-autoinmun/issues/99999")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Site.GetPageAsync("/rev-clin-reumatol-autoinmun/archive/nothing/here")).Status);
    }

    private async Task<IHtmlDocument> OpenJournalAsync()
    {
        var (_, home) = await Site.GetPageAsync("/");
        var (status, page) = await Site.GetPageAsync(home.QuerySelector("ol.journals a")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, status);
        return page;
    }

    /// <summary>All three demo articles in one journal.</summary>
    public sealed class AllSamples : IAsyncLifetime
    {
        public RunningSite Site { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Site = await RunningSite.StartAsync(
            [RunningSite.Sample("case-report.zip"), RunningSite.Sample("research-article.xml"), RunningSite.Sample("editorial.xml")]);

        public async ValueTask DisposeAsync() => await Site.DisposeAsync();
    }
}
