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
        await SeedUsageAsync(Site.DataFolder);
        // The host's job builds the search index within seconds; building it now spares the search tests the wait.
        await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Revista.Search.SearchIndexer>(Site.Services).CatchUpAsync(CancellationToken.None);
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
    /// Processed usage for every demo article (a visits counter and the last three months), so the accessibility and
    /// validity checks see the visits number, the charts and the tables, not their empty states.
    /// </summary>
    private static async Task SeedUsageAsync(string dataFolder)
    {
        await using var db = Revista.Data.RevistaDatabase.Create(new Revista.Data.RevistaDataOptions { DataDirectory = dataFolder });
        var month = DateOnly.FromDateTime(DateTime.UtcNow);
        month = new DateOnly(month.Year, month.Month, 1);
        var articles = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Articles.Select(a => new { a.Id, a.JournalId }));
        foreach (var (article, index) in articles.Select((a, i) => (a, i)))
        {
            db.ArticleUsageCounters.Add(new Revista.Statistics.ArticleUsageCounter { ArticleId = article.Id, UniqueItemInvestigations = 1200 + index, UpdatedAt = DateTimeOffset.UtcNow });
            for (var back = 0; back < 3; back++)
            {
                var html = 30 * (index + 1) + (7 * back);
                var pdf = 10 + (3 * back);
                db.UsageMonths.Add(new Revista.Statistics.UsageMonth
                {
                    Month = month.AddMonths(-back),
                    ArticleId = article.Id,
                    JournalId = article.JournalId,
                    Counts = new Revista.Statistics.UsageCounts { HtmlRequests = html, PdfRequests = pdf, TotalItemRequests = html + pdf, UniqueItemRequests = (html + pdf) / 2, TotalItemInvestigations = 2 * (html + pdf), UniqueItemInvestigations = html + pdf },
                });
            }
        }
        await db.SaveChangesAsync();
        await Revista.Statistics.UsageTitleMonth.RebuildAllAsync(db, CancellationToken.None);
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
            // Playwright reports a timeout as System.TimeoutException, other failures as PlaywrightException.
            catch (Exception e) when (attempt < 3 && e is PlaywrightException or TimeoutException)
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
