using Microsoft.Playwright;

namespace Revista.BrowserTests.Pages;

/// <summary>An issue's table of contents, grouped by section.</summary>
public sealed class IssuePage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Title => Page.Locator("main h1");

    public ILocator Articles => Page.Locator("main ol.toc a.title");

    /// <summary>Follows the issue's link to its usage statistics.</summary>
    public async Task<JournalSubpage> OpenStatisticsAsync()
    {
        await Links.FollowAsync(Page.Locator("main .meta a[href$='/statistics']"));
        return new JournalSubpage(Page);
    }

    public async Task<ArticlePage> OpenArticleAsync(string title)
    {
        await Links.FollowAsync(Articles.Filter(new LocatorFilterOptions { HasText = title }));
        return new ArticlePage(Page);
    }
}
