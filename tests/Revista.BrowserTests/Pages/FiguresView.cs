using Microsoft.Playwright;

namespace Revista.BrowserTests.Pages;

/// <summary>An article's separate figures and tables view: every figure with its caption and a link to its own page.</summary>
public sealed class FiguresView(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>The figures (JATS fig) of the list, tables excluded.</summary>
    public ILocator Figures => Page.Locator("main ol.figure-list > li figure.fig");

    public ILocator Gate => Page.Locator("main .health-gate");

    /// <summary>Follows the first link under the <paramref name="index"/>-th figure, the one to the figure's own page.</summary>
    public async Task<FigurePage> OpenFigureAsync(int index = 0)
    {
        await Links.FollowAsync(Page.Locator("main ol.figure-list > li:has(figure.fig)").Nth(index).Locator(".figure-links a").First);
        return new FigurePage(Page);
    }
}
