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
                foreach (var view in new[] { SiteView.Home, SiteView.Journal, SiteView.About, SiteView.Section, SiteView.Issue, SiteView.JournalStatistics, SiteView.IssueStatistics, SiteView.SearchResults, SiteView.Article })
                {
                    await DemoJournal.OpenAsync(tab.Page, view, language);
                    await SaveServedHtmlAsync(tab.Page, Path.Combine(folder, $"{view}-{language}.html"));
                }
                var article = await new ArticlePage(tab.Page).AnswerHealthProfessionalYesAsync();
                Assert.False(await article.Gate.IsVisibleAsync());
                await SaveServedHtmlAsync(tab.Page, Path.Combine(folder, $"Article-{language}-gate-passed.html"));
                // The article's own views past the question, each reached from the article (one walk from the home page
                // is enough), then the figures view for a reader who has not answered it.
                await article.OpenStatisticsAsync();
                await SaveServedHtmlAsync(tab.Page, Path.Combine(folder, $"Statistics-{language}.html"));
                await tab.Page.GoBackAsync();
                await article.OpenSideBySideAsync();
                await SaveServedHtmlAsync(tab.Page, Path.Combine(folder, $"SideBySide-{language}.html"), mustContain: "parallel-cell");
                await tab.Page.GoBackAsync();
                var figures = await article.OpenFiguresViewAsync();
                await SaveServedHtmlAsync(tab.Page, Path.Combine(folder, $"Figures-{language}.html"), mustContain: "figure-list");
                var figuresUrl = tab.Page.Url;
                await figures.OpenFigureAsync();
                await SaveServedHtmlAsync(tab.Page, Path.Combine(folder, $"Figure-{language}.html"), mustContain: "figure-large");
                await tab.Page.Context.ClearCookiesAsync();
                await SaveServedHtmlAsync(tab.Page, Path.Combine(folder, $"FiguresGated-{language}.html"), figuresUrl, mustContain: "health-gate");
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
    private static async Task SaveServedHtmlAsync(IPage page, string file, string? url = null, string? mustContain = null)
    {
        var response = await page.APIRequest.GetAsync(url ?? page.Url);
        Assert.Equal(200, response.Status);
        var html = await response.TextAsync();
        if (mustContain is not null)
            Assert.Contains(mustContain, html, StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, html, TestContext.Current.CancellationToken);
    }
}
