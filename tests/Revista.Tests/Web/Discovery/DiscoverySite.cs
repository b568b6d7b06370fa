using System.Globalization;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;

namespace Revista.Tests.Web.Discovery;

/// <summary>What the discovery tests read besides pages: XML documents, and the published articles straight from the database.</summary>
internal static class DiscoverySite
{
    public static async Task<XDocument> GetXmlAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        return await XDocument.LoadAsync(stream, LoadOptions.None, TestContext.Current.CancellationToken);
    }

    /// <summary>"/{slug}/articles/{id}" of every article whose date has come, read from the database, not through the site.</summary>
    public static async Task<List<string>> PublishedArticlePathsAsync(RunningSite site)
    {
        await using var db = RevistaDatabase.Create(new RevistaDataOptions { DataDirectory = site.DataFolder });
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var rows = await db.Articles.Published(today).Select(a => new { a.Id, a.Journal!.Slug }).ToListAsync(TestContext.Current.CancellationToken);
        return [.. rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"/{r.Slug}/articles/{r.Id}"))];
    }

    public static async Task<(string Slug, int Id, string Doi)> ArticleAsync(RunningSite site, string doi)
    {
        await using var db = RevistaDatabase.Create(new RevistaDataOptions { DataDirectory = site.DataFolder });
        var key = doi.ToLowerInvariant();
        var article = await db.Articles.Where(a => a.DoiKey == key).Select(a => new { a.Id, a.Journal!.Slug, a.Doi }).SingleAsync(TestContext.Current.CancellationToken);
        return (article.Slug, article.Id, article.Doi!);
    }
}

/// <summary>The three demo samples (one journal, one issue; English and Spanish articles) served once for read-only test classes.</summary>
public sealed class DemoSamplesFixture : IAsyncLifetime
{
    public RunningSite Site { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Site = await RunningSite.StartDemoAsync();

    public async ValueTask DisposeAsync() => await Site.DisposeAsync();
}
