using Microsoft.Playwright;

namespace Revista.BrowserTests.Pages;

/// <summary>A journal's home: title, current issue, latest articles.</summary>
public sealed class JournalPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Title => Page.Locator("main h1");

    public async Task<IssuePage> OpenCurrentIssueAsync()
    {
        await Links.FollowAsync(Page.Locator("main section[aria-labelledby='current-issue'] a").First);
        return new IssuePage(Page);
    }

    /// <summary>Opens the latest article whose title contains <paramref name="title"/>.</summary>
    public async Task<ArticlePage> OpenArticleAsync(string title)
    {
        await Links.FollowAsync(Page.Locator("main ol.articles a.title").Filter(new LocatorFilterOptions { HasText = title }));
        return new ArticlePage(Page);
    }

    /// <summary>Follows the journal header's link to its about page.</summary>
    public async Task<JournalSubpage> OpenAboutAsync()
    {
        await Links.FollowAsync(Page.Locator("main .journal-links a[href$='/about']"));
        return new JournalSubpage(Page);
    }

    /// <summary>Follows the journal header's link to its usage statistics.</summary>
    public async Task<JournalSubpage> OpenStatisticsAsync()
    {
        await Links.FollowAsync(Page.Locator("main .journal-links a[href$='/statistics']"));
        return new JournalSubpage(Page);
    }

    /// <summary>Follows the first link of the journal's list of sections.</summary>
    public async Task<JournalSubpage> OpenFirstSectionAsync()
    {
        await Links.FollowAsync(Page.Locator("main ul.sections a").First);
        return new JournalSubpage(Page);
    }
}
