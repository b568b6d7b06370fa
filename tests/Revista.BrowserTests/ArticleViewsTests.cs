using Microsoft.Playwright;
using Revista.BrowserTests.Pages;
using Revista.BrowserTests.Tools;

namespace Revista.BrowserTests;

/// <summary>The article's figure viewer, its separate views (figures, figure page, side by side) and the citation export.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ArticleViewsTests(BrowserSite browser)
{
    [Fact]
    public async Task A_figure_opens_in_a_viewer_that_keeps_focus_inside_and_closes_on_escape()
    {
        await using var tab = await browser.OpenTabAsync();
        var article = await DemoJournal.OpenCaseReportPastTheGateAsync(tab.Page);
        var link = article.FigureViewLinks.First;
        var dialog = tab.Page.Locator("dialog.figure-dialog");

        var articleUrl = tab.Page.Url;

        await link.ClickAsync();

        Assert.True(await dialog.IsVisibleAsync());
        Assert.Equal(articleUrl, tab.Page.Url);
        Assert.Contains("Lateral radiograph of the cervical spine", await dialog.InnerTextAsync(), StringComparison.Ordinal);
        var image = dialog.Locator("img");
        await image.EvaluateAsync("img => img.decode()");
        Assert.True(await image.EvaluateAsync<int>("img => img.naturalWidth") > 0);
        Assert.True(await FocusIsInsideAsync(dialog), "focus did not move into the viewer");
        var violations = await Axe.ViolationsAsync(tab.Page);
        Assert.True(violations.Count == 0, "the open viewer:\n" + string.Join("\n", violations));
        for (var i = 0; i < 6; i++)
        {
            await tab.Page.Keyboard.PressAsync(i % 3 == 2 ? "Shift+Tab" : "Tab");
            Assert.True(await FocusIsInsideAsync(dialog), $"Tab {i + 1} left the viewer");
        }

        await tab.Page.Keyboard.PressAsync("Escape");

        // The dialog's close event, which removes it and moves focus, is queued after the key press.
        await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        Assert.True(await link.EvaluateAsync<bool>("a => document.activeElement === a"), "focus did not return to the link");
    }

    [Fact]
    public async Task Without_javascript_the_view_figure_link_leads_to_the_figure_page_with_its_image()
    {
        await using var tab = await browser.OpenTabAsync(javaScript: false);
        var article = await DemoJournal.OpenCaseReportPastTheGateAsync(tab.Page);
        Assert.True(await article.FullTextParagraphs.First.IsVisibleAsync());
        var href = await article.FigureViewLinks.First.GetAttributeAsync("href");

        await article.FigureViewLinks.First.ClickAsync();
        await tab.Page.WaitForURLAsync("**" + href);

        var figure = new FigurePage(tab.Page);
        Assert.Equal(0, await tab.Page.Locator("dialog").CountAsync());
        Assert.Contains("Lateral radiograph of the cervical spine", await figure.Figure.InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(await figure.Image.GetAttributeAsync("alt")));
        await figure.Image.EvaluateAsync("img => img.decode()");
        Assert.True(await figure.Image.EvaluateAsync<int>("img => img.naturalWidth") > 0);
    }

    [Fact]
    public async Task The_figures_view_lists_both_figures_of_the_case_report_with_their_images()
    {
        await using var tab = await browser.OpenTabAsync();
        var article = await DemoJournal.OpenCaseReportPastTheGateAsync(tab.Page);

        var view = await article.OpenFiguresViewAsync();

        Assert.Equal(2, await view.Figures.CountAsync());
        var captions = await view.Figures.AllInnerTextsAsync();
        Assert.Contains("Lateral radiograph of the cervical spine", captions[0], StringComparison.Ordinal);
        Assert.StartsWith("Fig. 2", captions[1].Trim(), StringComparison.Ordinal);
        foreach (var image in await view.Figures.Locator("img").AllAsync())
        {
            Assert.False(string.IsNullOrWhiteSpace(await image.GetAttributeAsync("alt")));
            await image.EvaluateAsync("img => img.decode()");
            Assert.True(await image.EvaluateAsync<int>("img => img.naturalWidth") > 0);
        }
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task The_side_by_side_view_sets_english_and_spanish_in_columns_on_wide_screens_and_stacks_them_on_phones(int width)
    {
        await using var tab = await browser.OpenTabAsync(width);
        var article = await DemoJournal.OpenCaseReportPastTheGateAsync(tab.Page);

        var view = await article.OpenSideBySideAsync();

        var cells = view.Cells();
        Assert.Equal(2, await cells.CountAsync());
        Assert.Equal("en", await cells.Nth(0).GetAttributeAsync("lang"));
        Assert.Equal("es", await cells.Nth(1).GetAttributeAsync("lang"));
        var english = (await cells.Nth(0).BoundingBoxAsync())!;
        var spanish = (await cells.Nth(1).BoundingBoxAsync())!;
        Assert.True(english.Height > 0 && spanish.Height > 0);
        if (width >= 1000)
        {
            Assert.True(spanish.X >= english.X + english.Width, $"columns overlap: en at x {english.X}+{english.Width}, es at x {spanish.X}");
            Assert.True(Math.Abs(spanish.Y - english.Y) < 1, $"columns do not start level: en at y {english.Y}, es at y {spanish.Y}");
        }
        else
        {
            Assert.True(spanish.Y >= english.Y + english.Height, $"not stacked: en at y {english.Y}+{english.Height}, es at y {spanish.Y}");
            Assert.True(Math.Abs(spanish.X - english.X) < 1, $"stacked cells do not line up: en at x {english.X}, es at x {spanish.X}");
        }
    }

    [Fact]
    public async Task The_export_citation_menu_opens_with_the_keyboard_and_downloads_ris()
    {
        await using var tab = await browser.OpenTabAsync();
        var article = await DemoJournal.OpenCaseReportAsync(tab.Page);
        var menu = article.ExportMenu;
        var ris = menu.Locator("a[type='application/x-research-info-systems']");
        Assert.False(await ris.IsVisibleAsync());

        await menu.Locator("summary").FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");

        Assert.True(await menu.EvaluateAsync<bool>("d => d.open"));
        Assert.True(await ris.IsVisibleAsync());
        for (var i = 0; i < 10 && !await ris.EvaluateAsync<bool>("a => document.activeElement === a"); i++)
            await tab.Page.Keyboard.PressAsync("Tab");
        Assert.True(await ris.EvaluateAsync<bool>("a => document.activeElement === a"), "Tab did not reach the RIS link");

        var download = await tab.Page.RunAndWaitForDownloadAsync(() => tab.Page.Keyboard.PressAsync("Enter"));

        Assert.EndsWith(".ris", download.SuggestedFilename, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.StartsWith("TY  - JOUR", text, StringComparison.Ordinal);
        Assert.Contains(DemoJournal.CaseReportTitle, text, StringComparison.Ordinal);
    }

    private static Task<bool> FocusIsInsideAsync(ILocator container) =>
        container.EvaluateAsync<bool>("d => d.contains(document.activeElement)");
}
