using Microsoft.Playwright;

namespace Revista.BrowserTests.Pages;

/// <summary>The demo content as a reader reaches it: from the home page, through the journal and its current issue.</summary>
public static class DemoJournal
{
    public const string CaseReportTitle = "Crowned Dens Syndrome Presenting as Acute Febrile Neck Pain in an Older Woman";
    public const string CaseReportSpanishTitle = "Síndrome de la odontoides coronada como causa de cervicalgia aguda febril en una mujer de edad avanzada";

    public static string CaseReportTitleIn(string language) => language == "es" ? CaseReportSpanishTitle : CaseReportTitle;

    public static async Task<JournalPage> OpenJournalAsync(IPage page, string language = "en") =>
        await (await HomePage.OpenAsync(page, language)).OpenFirstJournalAsync();

    public static async Task<IssuePage> OpenCurrentIssueAsync(IPage page, string language = "en") =>
        await (await OpenJournalAsync(page, language)).OpenCurrentIssueAsync();

    /// <summary>The bilingual case report, chosen from the current issue's table of contents.</summary>
    public static async Task<ArticlePage> OpenCaseReportAsync(IPage page, string language = "en") =>
        await (await OpenCurrentIssueAsync(page, language)).OpenArticleAsync(CaseReportTitleIn(language));

    /// <summary>One of the four kinds of page the accessibility and layout tests visit.</summary>
    public static async Task OpenAsync(IPage page, SiteView view, string language = "en")
    {
        switch (view)
        {
            case SiteView.Home: await HomePage.OpenAsync(page, language); break;
            case SiteView.Journal: await OpenJournalAsync(page, language); break;
            case SiteView.Issue: await OpenCurrentIssueAsync(page, language); break;
            case SiteView.Article: await OpenCaseReportAsync(page, language); break;
            default: throw new ArgumentOutOfRangeException(nameof(view));
        }
    }
}

public enum SiteView
{
    Home,
    Journal,
    Issue,
    Article,
}
