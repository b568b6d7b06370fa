using Microsoft.Playwright;
using Revista.BrowserTests.Pages;

namespace Revista.BrowserTests;

/// <summary>A reader's path through the demo journal in a real browser.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ReadingTests(BrowserSite browser)
{
    [Fact]
    public async Task Reads_the_case_report_title_authors_abstract_and_full_text_after_the_gate()
    {
        await using var tab = await browser.OpenTabAsync();
        var article = await DemoJournal.OpenCaseReportAsync(tab.Page);

        Assert.Equal(DemoJournal.CaseReportTitle, (await article.Title.InnerTextAsync()).Trim());
        Assert.Equal(5, await article.Authors.CountAsync());
        Assert.Contains("Tomás Arenillas Puig", await article.Authors.AllInnerTextsAsync());
        Assert.Contains("Crowned dens syndrome is an acute form", await article.Abstract.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await article.Gate.IsVisibleAsync());
        Assert.Equal(0, await article.FullTextParagraphs.CountAsync());

        await article.AnswerHealthProfessionalYesAsync();

        Assert.False(await article.Gate.IsVisibleAsync());
        Assert.Equal(DemoJournal.CaseReportTitle, (await article.Title.InnerTextAsync()).Trim());
        Assert.True(await article.FullTextParagraphs.First.IsVisibleAsync());
        Assert.Contains("79-year-old woman", await article.FullText.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follows_a_numbered_citation_to_its_reference_and_back_to_the_citing_spot()
    {
        await using var tab = await browser.OpenTabAsync();
        var article = await (await DemoJournal.OpenCaseReportAsync(tab.Page)).AnswerHealthProfessionalYesAsync();
        // The second citation of reference 3, far below the first citations of the discussion.
        var citation = article.Citation(3, occurrence: 1);

        var reference = await article.FollowCitationAsync(citation);

        Assert.Contains("Crowned dens syndrome in the emergency department", await reference.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await ArticlePage.IsInViewportAsync(reference));
        Assert.False(await ArticlePage.IsInViewportAsync(citation));

        await article.FollowBackLinkAsync(reference);

        Assert.True(await ArticlePage.IsInViewportAsync(citation));
        Assert.Equal(await citation.GetAttributeAsync("id"), new Uri(tab.Page.Url).Fragment.TrimStart('#'));
    }

    [Fact]
    public async Task Opens_a_figure_from_the_article_navigation_and_shows_its_image()
    {
        await using var tab = await browser.OpenTabAsync();
        var article = await (await DemoJournal.OpenCaseReportAsync(tab.Page)).AnswerHealthProfessionalYesAsync();

        var figure = await article.OpenFiguresAsync();

        Assert.True(await ArticlePage.IsInViewportAsync(figure));
        Assert.Contains("Lateral radiograph of the cervical spine", await figure.InnerTextAsync(), StringComparison.Ordinal);
        var image = figure.Locator("img");
        Assert.False(string.IsNullOrWhiteSpace(await image.GetAttributeAsync("alt")));
        await image.EvaluateAsync("img => img.decode()");
        Assert.True(await image.EvaluateAsync<int>("img => img.naturalWidth") > 0);
        var download = await figure.Locator("a[download]").GetAttributeAsync("href");
        var response = await tab.Page.APIRequest.GetAsync(download!);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("image/", response.Headers["content-type"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Finds_the_case_report_from_the_search_box_and_opens_it(string language)
    {
        await using var tab = await browser.OpenTabAsync();
        await HomePage.OpenAsync(tab.Page, language);

        await SiteHeader.SearchAsync(tab.Page, DemoJournal.SearchWordsIn(language));
        var hit = tab.Page.Locator("main ol.search-hits a.title", new() { HasText = DemoJournal.CaseReportTitleIn(language) });
        Assert.True(await tab.Page.Locator("main ol.search-hits .snippet mark").First.IsVisibleAsync());
        await hit.ClickAsync();

        var article = new ArticlePage(tab.Page);
        Assert.Equal(DemoJournal.CaseReportTitleIn(language), (await article.Title.InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Switches_the_case_report_between_english_and_spanish()
    {
        await using var tab = await browser.OpenTabAsync();
        var article = await DemoJournal.OpenCaseReportAsync(tab.Page);
        var englishAbstract = await article.Abstract.InnerTextAsync();

        await SiteHeader.SwitchLanguageAsync(tab.Page, "es");

        Assert.Equal(DemoJournal.CaseReportSpanishTitle, (await article.Title.InnerTextAsync()).Trim());
        Assert.Equal("es", await article.Title.GetAttributeAsync("lang"));
        var spanishAbstract = await article.Abstract.InnerTextAsync();
        Assert.Contains("El síndrome de la odontoides coronada", spanishAbstract, StringComparison.Ordinal);
        Assert.NotEqual(englishAbstract, spanishAbstract);

        await SiteHeader.SwitchLanguageAsync(tab.Page, "en");

        Assert.Equal(DemoJournal.CaseReportTitle, (await article.Title.InnerTextAsync()).Trim());
        Assert.Equal(englishAbstract, await article.Abstract.InnerTextAsync());
    }

    [Fact]
    public async Task Chooses_a_citation_style_in_the_cite_box_with_the_keyboard_and_sees_only_that_one()
    {
        await using var tab = await browser.OpenTabAsync();
        var article = await DemoJournal.OpenCaseReportAsync(tab.Page);

        await article.OpenCiteBoxAsync();
        Assert.Equal("nlm-citation-sequence", await article.VisibleCitations.GetAttributeAsync("data-style"));
        await article.CitationStyle("Vancouver").FocusAsync();
        await tab.Page.Keyboard.PressAsync("ArrowRight");

        Assert.True(await article.CitationStyle("APA").IsCheckedAsync());
        Assert.Equal(1, await article.VisibleCitations.CountAsync());
        Assert.Equal("apa", await article.VisibleCitations.GetAttributeAsync("data-style"));
        Assert.Contains("(2026)", await article.VisibleCitations.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answering_yes_to_the_health_professional_question_is_remembered_on_other_articles()
    {
        await using var tab = await browser.OpenTabAsync();
        var article = await (await DemoJournal.OpenCaseReportAsync(tab.Page)).AnswerHealthProfessionalYesAsync();
        Assert.False(await article.Gate.IsVisibleAsync());

        var journal = await article.OpenJournalAsync();
        var other = await journal.OpenArticleAsync("Normalised synovial ultrasound index");

        Assert.Equal(0, await other.Gate.CountAsync());
        Assert.True(await other.FullTextParagraphs.First.IsVisibleAsync());
        await SiteHeader.SwitchLanguageAsync(tab.Page, "es");
        Assert.Equal(0, await other.Gate.CountAsync());
    }

    [Fact]
    public async Task Answering_no_to_the_health_professional_question_returns_to_the_journal_home()
    {
        await using var tab = await browser.OpenTabAsync();
        var article = await DemoJournal.OpenCaseReportAsync(tab.Page);
        var journalUrl = await tab.Page.Locator("main .journal-line a").EvaluateAsync<string>("a => a.href");

        var journal = await article.AnswerHealthProfessionalNoAsync();

        Assert.Equal(journalUrl, tab.Page.Url);
        Assert.Equal("Revista Clínica de Reumatología y Autoinmunidad", (await journal.Title.InnerTextAsync()).Trim());
        var again = await journal.OpenArticleAsync(DemoJournal.CaseReportTitle);
        Assert.True(await again.Gate.IsVisibleAsync());
    }

    [Fact]
    public async Task Print_view_hides_navigation_and_tools_and_keeps_the_text()
    {
        await using var tab = await browser.OpenTabAsync();
        var article = await (await DemoJournal.OpenCaseReportAsync(tab.Page)).AnswerHealthProfessionalYesAsync();

        await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var hidden in new[] { "header.site", "footer.site", "nav.breadcrumbs", "nav.article-toc", "section.tools" })
            Assert.False(await tab.Page.Locator(hidden).IsVisibleAsync(), hidden + " is printed");
        Assert.True(await article.Title.IsVisibleAsync());
        Assert.True(await article.Abstract.IsVisibleAsync());
        Assert.True(await article.FullTextParagraphs.First.IsVisibleAsync());
        Assert.True(await tab.Page.Locator("main #references").IsVisibleAsync());
        var pdf = await tab.Page.PdfAsync();
        Assert.True(pdf.Length > 10_000);
    }

    [Theory]
    [InlineData(SiteView.Home)]
    [InlineData(SiteView.Journal)]
    [InlineData(SiteView.Issue)]
    [InlineData(SiteView.Article)]
    [InlineData(SiteView.About)]
    [InlineData(SiteView.Section)]
    [InlineData(SiteView.Figures)]
    [InlineData(SiteView.FiguresGated)]
    [InlineData(SiteView.Figure)]
    [InlineData(SiteView.Statistics)]
    [InlineData(SiteView.SideBySide)]
    [InlineData(SiteView.JournalStatistics)]
    [InlineData(SiteView.SearchResults)]
    public async Task Pages_need_no_horizontal_scrolling_at_320_pixels(SiteView view)
    {
        await using var tab = await browser.OpenTabAsync(width: 320);
        await DemoJournal.OpenAsync(tab.Page, view);
        if (view == SiteView.Article)
            await new ArticlePage(tab.Page).AnswerHealthProfessionalYesAsync();

        var (scrollWidth, clientWidth) = await ScrollWidthAsync(tab.Page);

        Assert.True(scrollWidth <= clientWidth, $"{view}: {scrollWidth} px of content in a {clientWidth} px wide window");
    }

    [Fact]
    public async Task Every_article_of_the_current_issue_needs_no_horizontal_scrolling_at_320_pixels()
    {
        await using var tab = await browser.OpenTabAsync(width: 320);
        var issue = await DemoJournal.OpenCurrentIssueAsync(tab.Page);
        var titles = await issue.Articles.AllInnerTextsAsync();
        Assert.True(titles.Count >= 3, "the demo issue lists " + titles.Count + " articles");
        var gateAnswered = false;

        foreach (var title in titles)
        {
            var article = await issue.OpenArticleAsync(title.Trim());
            if (!gateAnswered)
            {
                await article.AnswerHealthProfessionalYesAsync();
                gateAnswered = true;
            }
            var (scrollWidth, clientWidth) = await ScrollWidthAsync(tab.Page);
            Assert.True(scrollWidth <= clientWidth, $"{title}: {scrollWidth} px of content in a {clientWidth} px wide window");
            issue = await article.OpenIssueAsync();
        }
    }

    [Fact]
    public async Task A_citation_shows_its_reference_in_a_popover_on_keyboard_focus()
    {
        await using var tab = await browser.OpenTabAsync();
        var article = await (await DemoJournal.OpenCaseReportAsync(tab.Page)).AnswerHealthProfessionalYesAsync();
        var citation = article.Citation(7);

        await citation.FocusAsync();

        var popover = tab.Page.GetByRole(AriaRole.Tooltip);
        Assert.Contains("Short-term outcomes after colchicine", await popover.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(await popover.GetAttributeAsync("id"), await citation.GetAttributeAsync("aria-describedby"));
        await tab.Page.Keyboard.PressAsync("Escape");
        Assert.Equal(0, await popover.CountAsync());
    }

    private static async Task<(int Scroll, int Client)> ScrollWidthAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
        return (widths[0], widths[1]);
    }
}
