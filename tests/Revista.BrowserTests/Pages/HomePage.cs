using Microsoft.Playwright;

namespace Revista.BrowserTests.Pages;

/// <summary>The platform home: the list of journals. Every other page is reached from here by its links.</summary>
public sealed class HomePage(IPage page)
{
    public IPage Page { get; } = page;

    public static async Task<HomePage> OpenAsync(IPage page, string language = "en")
    {
        await page.GotoAsync("/");
        if (language != "en")
            await SiteHeader.SwitchLanguageAsync(page, language);
        return new HomePage(page);
    }

    public ILocator Journals => Page.Locator("main ol.journals a.title");

    public async Task<JournalPage> OpenJournalAsync(string title)
    {
        await Links.FollowAsync(Journals.Filter(new LocatorFilterOptions { HasText = title }));
        return new JournalPage(Page);
    }

    public async Task<JournalPage> OpenFirstJournalAsync()
    {
        await Links.FollowAsync(Journals.First);
        return new JournalPage(Page);
    }
}
