using Microsoft.Playwright;

namespace Revista.BrowserTests.Pages;

/// <summary>An article: header, abstract, the health-professional question or the full text, references, figures.</summary>
public sealed class ArticlePage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Title => Page.Locator("main h1");

    public ILocator Authors => Page.Locator("main .authors .name");

    public ILocator Abstract => Page.Locator("main #abstract .abstract");

    public ILocator FullText => Page.Locator("main #full-text");

    /// <summary>The paragraphs of the full text, none while the health-professional question is shown.</summary>
    public ILocator FullTextParagraphs => FullText.Locator("p:not(.health-gate *)");

    public ILocator Gate => Page.Locator("main .health-gate");

    public async Task<ArticlePage> AnswerHealthProfessionalYesAsync()
    {
        // The answer comes back to this same address, so wait for the question to go rather than for a new URL.
        await Gate.Locator("button[type=submit]").ClickAsync();
        await Gate.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        await Page.WaitForLoadStateAsync();
        return this;
    }

    public async Task<JournalPage> AnswerHealthProfessionalNoAsync()
    {
        await Links.FollowAsync(Gate.Locator("a"));
        return new JournalPage(Page);
    }

    public async Task<JournalPage> OpenJournalAsync()
    {
        await Links.FollowAsync(Page.Locator("main .journal-line a"));
        return new JournalPage(Page);
    }

    public async Task<IssuePage> OpenIssueAsync()
    {
        await Links.FollowAsync(Page.Locator("main .issue-line a"));
        return new IssuePage(Page);
    }

    /// <summary>The <paramref name="occurrence"/>-th inline citation of reference <paramref name="number"/>.</summary>
    public ILocator Citation(int number, int occurrence = 0) =>
        FullText.Locator("a.xref-bibr").GetByText(number.ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Exact = true }).Nth(occurrence);

    /// <summary>Clicks a citation and returns the reference it leads to (the element its fragment targets).</summary>
    public async Task<ILocator> FollowCitationAsync(ILocator citation)
    {
        var href = await citation.GetAttributeAsync("href") ?? throw new InvalidOperationException("citation without href");
        await citation.ClickAsync();
        await Page.WaitForURLAsync("**" + href);
        return Page.Locator(href);
    }

    /// <summary>Follows the reference's link back to the text.</summary>
    public async Task FollowBackLinkAsync(ILocator reference)
    {
        var back = reference.Locator("a.ref-back");
        var href = await back.GetAttributeAsync("href") ?? throw new InvalidOperationException("back link without href");
        await back.ClickAsync();
        await Page.WaitForURLAsync("**" + href);
    }

    /// <summary>Follows the in-article navigation's "Figures (n)" link (the one that leads to a figure) and returns that figure.</summary>
    public async Task<ILocator> OpenFiguresAsync()
    {
        var links = Page.Locator("main .article-toc a[href^='#']");
        var index = await links.EvaluateAllAsync<int>(
            "links => links.findIndex(a => document.getElementById(decodeURIComponent(a.hash.slice(1)))?.tagName === 'FIGURE')");
        if (index < 0)
            throw new InvalidOperationException("the article navigation has no link to a figure");
        var link = links.Nth(index);
        var href = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();
        await Page.WaitForURLAsync("**" + href);
        return Page.Locator(href);
    }

    /// <summary>The "View figure" link under each figure of the full text: the viewer opens from it, or the figure page without script.</summary>
    public ILocator FigureViewLinks => FullText.Locator("figure .figure-view a");

    /// <summary>The export-citation menu of the article tools (a details element) and its summary, the menu button.</summary>
    public ILocator ExportMenu => Page.Locator("main section.tools details.tool-menu");

    /// <summary>The Cite box (a details element) of the article information.</summary>
    public ILocator CiteBox => Page.Locator("main details#cite");

    /// <summary>The radio button of a citation style in the Cite box, by its label ("Vancouver", "APA" …).</summary>
    public ILocator CitationStyle(string name) => CiteBox.GetByLabel(name, new() { Exact = true });

    /// <summary>The formatted citations of the Cite box that a reader can see.</summary>
    public ILocator VisibleCitations => CiteBox.Locator(".cite-entry:visible");

    /// <summary>Opens the Cite box with the keyboard.</summary>
    public async Task OpenCiteBoxAsync()
    {
        await CiteBox.Locator("summary").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await CitationStyle("Vancouver").WaitForAsync();
    }

    /// <summary>Follows the article navigation's link to the separate figures and tables view.</summary>
    public async Task<FiguresView> OpenFiguresViewAsync()
    {
        await Links.FollowAsync(Page.Locator("main nav.article-toc a[href$='/figures']"));
        return new FiguresView(Page);
    }

    /// <summary>Follows the article navigation's link to the statistics view.</summary>
    public async Task OpenStatisticsAsync() =>
        await Links.FollowAsync(Page.Locator("main nav.article-toc a[href$='/statistics']"));

    /// <summary>Follows the article tools' link to the side-by-side view of the original and its translation.</summary>
    public async Task<SideBySideView> OpenSideBySideAsync()
    {
        await Links.FollowAsync(Page.Locator("main section.tools a[href$='/side-by-side']"));
        return new SideBySideView(Page);
    }

    /// <summary>Whether any part of <paramref name="element"/> lies inside the viewport.</summary>
    public static Task<bool> IsInViewportAsync(ILocator element) =>
        element.EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight && r.height > 0; }");
}
