using Microsoft.Playwright;

namespace Revista.BrowserTests.Pages;

/// <summary>The demo content as a reader reaches it: from the home page, through the journal and its current issue.</summary>
public static class DemoJournal
{
    public const string CaseReportTitle = "Crowned Dens Syndrome Presenting as Acute Febrile Neck Pain in an Older Woman";
    public const string CaseReportSpanishTitle = "Síndrome de la odontoides coronada como causa de cervicalgia aguda febril en una mujer de edad avanzada";

    public static string CaseReportTitleIn(string language) => language == "es" ? CaseReportSpanishTitle : CaseReportTitle;

    /// <summary>Words of the case report's abstract in each language, which a search finds it by.</summary>
    public static string SearchWordsIn(string language) => language == "es" ? "odontoides coronada" : "crowned dens";

    public static async Task<JournalPage> OpenJournalAsync(IPage page, string language = "en") =>
        await (await HomePage.OpenAsync(page, language)).OpenFirstJournalAsync();

    public static async Task<IssuePage> OpenCurrentIssueAsync(IPage page, string language = "en") =>
        await (await OpenJournalAsync(page, language)).OpenCurrentIssueAsync();

    /// <summary>The bilingual case report, chosen from the current issue's table of contents.</summary>
    public static async Task<ArticlePage> OpenCaseReportAsync(IPage page, string language = "en") =>
        await (await OpenCurrentIssueAsync(page, language)).OpenArticleAsync(CaseReportTitleIn(language));

    /// <summary>
    /// The case report with its full text shown: the health-professional question answered "yes" when it is asked
    /// (a tab that answered before is not asked again).
    /// </summary>
    public static async Task<ArticlePage> OpenCaseReportPastTheGateAsync(IPage page, string language = "en")
    {
        var article = await OpenCaseReportAsync(page, language);
        return await article.Gate.CountAsync() > 0 ? await article.AnswerHealthProfessionalYesAsync() : article;
    }

    /// <summary>
    /// One of the kinds of page the accessibility, validity and layout tests visit, reached by following links. The
    /// article's own views are opened past the health-professional question, except <see cref="SiteView.FiguresGated"/>:
    /// the figures view as a reader sees it who was never asked (the answer forgotten and the page reloaded).
    /// </summary>
    public static async Task OpenAsync(IPage page, SiteView view, string language = "en")
    {
        switch (view)
        {
            case SiteView.Home: await HomePage.OpenAsync(page, language); break;
            case SiteView.Journal: await OpenJournalAsync(page, language); break;
            case SiteView.About: await (await OpenJournalAsync(page, language)).OpenAboutAsync(); break;
            case SiteView.Section: await (await OpenJournalAsync(page, language)).OpenFirstSectionAsync(); break;
            case SiteView.Issue: await OpenCurrentIssueAsync(page, language); break;
            case SiteView.JournalStatistics: await (await OpenJournalAsync(page, language)).OpenStatisticsAsync(); break;
            case SiteView.IssueStatistics: await (await OpenCurrentIssueAsync(page, language)).OpenStatisticsAsync(); break;
            case SiteView.Article: await OpenCaseReportAsync(page, language); break;
            case SiteView.SearchResults: await HomePage.OpenAsync(page, language); await SiteHeader.SearchAsync(page, SearchWordsIn(language)); break;
            case SiteView.Figures: await (await OpenCaseReportPastTheGateAsync(page, language)).OpenFiguresViewAsync(); break;
            case SiteView.Figure: await (await (await OpenCaseReportPastTheGateAsync(page, language)).OpenFiguresViewAsync()).OpenFigureAsync(); break;
            case SiteView.Statistics: await (await OpenCaseReportPastTheGateAsync(page, language)).OpenStatisticsAsync(); break;
            case SiteView.SideBySide: await (await OpenCaseReportPastTheGateAsync(page, language)).OpenSideBySideAsync(); break;
            case SiteView.FiguresGated:
                await (await OpenCaseReportPastTheGateAsync(page, language)).OpenFiguresViewAsync();
                await page.Context.ClearCookiesAsync();
                await page.ReloadAsync();
                await page.Locator("main .health-gate").WaitForAsync();
                break;
            default: throw new ArgumentOutOfRangeException(nameof(view));
        }
    }
}

public enum SiteView
{
    Home,
    Journal,
    About,
    Section,
    Issue,
    Article,
    Figures,
    Figure,
    Statistics,
    SideBySide,
    FiguresGated,
    JournalStatistics,
    IssueStatistics,
    SearchResults,
}
