using Microsoft.Playwright;

namespace Revista.BrowserTests.Pages;

/// <summary>One figure on its own page, large, with links to its neighbours and back to the text.</summary>
public sealed class FigurePage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Figure => Page.Locator("main .figure-large figure");

    public ILocator Image => Figure.Locator("img");
}
