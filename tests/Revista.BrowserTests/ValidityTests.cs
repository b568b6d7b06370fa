using Microsoft.Playwright;
using Revista.BrowserTests.Pages;
using Revista.BrowserTests.Tools;

namespace Revista.BrowserTests;

/// <summary>The HTML the server sends for the pages a reader sees is valid for the Nu HTML checker.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ValidityTests(BrowserSite browser)
{
    [Fact]
    public async Task Served_pages_have_no_html_errors()
    {
        var folder = Directory.CreateTempSubdirectory("revista-vnu-").FullName;
        try
        {
            foreach (var language in new[] { "en", "es" })
            {
                await using var tab = await browser.OpenTabAsync();
                foreach (var view in new[] { SiteView.Home, SiteView.Journal, SiteView.About, SiteView.Section, SiteView.Issue, SiteView.Article })
                {
                    await DemoJournal.OpenAsync(tab.Page, view, language);
                    await SaveServedHtmlAsync(tab.Page, Path.Combine(folder, $"{view}-{language}.html"));
                }
                var article = await new ArticlePage(tab.Page).AnswerHealthProfessionalYesAsync();
                Assert.False(await article.Gate.IsVisibleAsync());
                await SaveServedHtmlAsync(tab.Page, Path.Combine(folder, $"Article-{language}-gate-passed.html"));
                // The article's own views, past the question (this tab answered it above), then the figures view asked again.
                foreach (var view in new[] { SiteView.Figures, SiteView.Figure, SiteView.Statistics, SiteView.SideBySide, SiteView.FiguresGated })
                {
                    await DemoJournal.OpenAsync(tab.Page, view, language);
                    Assert.Equal(view == SiteView.FiguresGated, await tab.Page.Locator("main .health-gate").CountAsync() > 0);
                    await SaveServedHtmlAsync(tab.Page, Path.Combine(folder, $"{view}-{language}.html"));
                }
            }

            var errors = await NuHtmlChecker.ErrorsAsync([.. Directory.GetFiles(folder).Order(StringComparer.Ordinal)], TestContext.Current.CancellationToken);

            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => Path.GetFileName(e.Key) + ":\n    " + string.Join("\n    ", e.Value))));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The bytes the server sends for the page's URL (with the tab's cookies), not the DOM after script ran.</summary>
    private static async Task SaveServedHtmlAsync(IPage page, string file)
    {
        var response = await page.APIRequest.GetAsync(page.Url);
        Assert.Equal(200, response.Status);
        await File.WriteAllTextAsync(file, await response.TextAsync(), TestContext.Current.CancellationToken);
    }
}
