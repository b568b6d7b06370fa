using Microsoft.Playwright;

namespace Revista.BrowserTests.Pages;

/// <summary>The original and its translation in two columns, row by row where the paragraphs align.</summary>
public sealed class SideBySideView(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>The two cells (original, translation) of the <paramref name="row"/>-th aligned row after the column heads.</summary>
    public ILocator Cells(int row = 0) =>
        Page.Locator("main .parallel-row:not(.parallel-head)").Nth(row).Locator(":scope > .parallel-cell");
}
