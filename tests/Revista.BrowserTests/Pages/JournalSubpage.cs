using Microsoft.Playwright;

namespace Revista.BrowserTests.Pages;

/// <summary>A page under a journal that is a list or a set of facts: its about page, one of its sections.</summary>
public sealed class JournalSubpage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Title => Page.Locator("main h1");
}
