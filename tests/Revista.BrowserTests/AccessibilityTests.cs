using Microsoft.Playwright;
using Revista.BrowserTests.Pages;
using Revista.BrowserTests.Tools;

namespace Revista.BrowserTests;

/// <summary>
/// axe-core finds no WCAG 2.x A/AA violation on the pages a reader sees, in each language, in the light and then the
/// dark colour scheme of the same page.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(BrowserSite browser)
{
    public static TheoryData<SiteView, string> Pages()
    {
        var data = new TheoryData<SiteView, string>();
        foreach (var view in new[]
        {
            SiteView.Home, SiteView.Journal, SiteView.About, SiteView.Section, SiteView.Issue,
            SiteView.Figures, SiteView.FiguresGated, SiteView.Figure, SiteView.Statistics, SiteView.SideBySide,
            SiteView.JournalStatistics, SiteView.IssueStatistics, SiteView.SearchResults,
        })
            foreach (var language in new[] { "en", "es" })
                data.Add(view, language);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Site_pages_have_no_wcag_violations(SiteView view, string language)
    {
        await using var tab = await browser.OpenTabAsync();
        await DemoJournal.OpenAsync(tab.Page, view, language);

        await AssertNoViolationsAsync(tab.Page);
    }

    [Theory]
    [InlineData("en", false)]
    [InlineData("en", true)]
    [InlineData("es", false)]
    [InlineData("es", true)]
    public async Task The_case_report_has_no_wcag_violations(string language, bool gatePassed)
    {
        await using var tab = await browser.OpenTabAsync();
        var article = await DemoJournal.OpenCaseReportAsync(tab.Page, language);
        if (gatePassed)
            await article.AnswerHealthProfessionalYesAsync();
        Assert.Equal(!gatePassed, await article.Gate.IsVisibleAsync());

        await AssertNoViolationsAsync(tab.Page);
    }

    private static async Task AssertNoViolationsAsync(IPage page)
    {
        var found = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            found.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"[{scheme}] {v}"));
        }
        Assert.True(found.Count == 0, $"{page.Url}:\n" + string.Join("\n", found));
    }
}
