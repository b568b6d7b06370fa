using Microsoft.Playwright;
using Revista.BrowserTests.Tools;
using Revista.Tests.Web;

namespace Revista.BrowserTests;

/// <summary>
/// The demo site (as `revista serve --demo` fills it) on Kestrel plus one headless Debian chromium, shared by every
/// test of the collection; each test opens its own browser context, so cookies never leak between tests.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public RunningSite Site { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var chromium = TestTools.ChromiumPath;
        Site = await RunningSite.StartDemoAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = TestTools.ChromiumArgs,
        });
        await WarmUpAsync();
    }

    /// <summary>
    /// Pays for the server's first requests (compiling the pages, building the data model) before the first test, so no
    /// test pays for them inside its own timeouts: first over plain HTTP, where nothing but the server can be slow, then
    /// once through the browser from the home page to the case report's figures view. That browser walk once hit its
    /// 60 s timeout in a full run while a re-run passed, so a timed-out walk is tried again in a fresh tab before the
    /// fixture fails.
    /// </summary>
    private async Task WarmUpAsync()
    {
        using (var http = new HttpClient { BaseAddress = Site.Address, Timeout = TimeSpan.FromMinutes(3) })
        {
            var home = await http.GetStringAsync("/");
            var links = System.Text.RegularExpressions.Regex.Matches(home, "href=\"(/[^\"#?]*)\"").Select(m => m.Groups[1].Value).Distinct().Take(20);
            foreach (var link in links)
                await http.GetAsync(link);
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var tab = await OpenTabAsync();
                tab.Page.SetDefaultTimeout(60_000);
                await Pages.DemoJournal.OpenAsync(tab.Page, Pages.SiteView.Figures);
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>
    /// A fresh context (no cookies) at the site, phone-narrow or desktop-wide, in the light colour scheme; with
    /// <paramref name="javaScript"/> false the pages' scripts do not run, as for a reader who turned them off.
    /// </summary>
    public async Task<BrowserTab> OpenTabAsync(int width = 1280, bool javaScript = true)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Site.Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ColorScheme = ColorScheme.Light,
            JavaScriptEnabled = javaScript,
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        return new BrowserTab(await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (Site is not null)
            await Site.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}
