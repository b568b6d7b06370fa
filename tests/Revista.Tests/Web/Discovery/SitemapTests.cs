using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Revista.Tests.Ingest;
using Revista.Web.Discovery;

namespace Revista.Tests.Web.Discovery;

/// <summary>robots.txt names the sitemap index; the index leads to every published article page, once per language.</summary>
public sealed partial class SitemapTests(DemoSamplesFixture demo) : IClassFixture<DemoSamplesFixture>, IDisposable
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private readonly string _folder = Directory.CreateTempSubdirectory("revista-sitemap-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")]
    private static partial Regex W3cDateTime();

    [Fact]
    public async Task Robots_txt_allows_crawling_and_names_the_sitemap_index_by_absolute_url()
    {
        using var client = demo.Site.Client();
        using var response = await client.GetAsync("/robots.txt", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("User-agent: *", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Disallow:", StringComparison.OrdinalIgnoreCase) && l.Length > "Disallow:".Length);
        var sitemap = Assert.Single(lines, l => l.StartsWith("Sitemap:", StringComparison.Ordinal))["Sitemap:".Length..].Trim();
        Assert.Equal(new Uri(demo.Site.Address, "/sitemap.xml"), new Uri(sitemap));
    }

    [Fact]
    public async Task The_sitemap_index_leads_to_every_published_article_once_per_language_with_lastmod_and_alternates()
    {
        using var client = demo.Site.Client();
        var urls = await AllUrlsAsync(client);
        var articles = await DiscoverySite.PublishedArticlePathsAsync(demo.Site);

        var locs = urls.Select(u => new Uri(u.Element(Sm + "loc")!.Value).AbsolutePath).ToList();
        Assert.Equal(locs.Count, locs.Distinct().Count());
        Assert.Equal(4, articles.Count);
        foreach (var article in articles)
        {
            Assert.Single(locs, article);
            Assert.Single(locs, "/es" + article);
        }
        foreach (var url in urls.Where(u => u.Element(Sm + "loc")!.Value.Contains("/articles/", StringComparison.Ordinal)))
        {
            Assert.Matches(W3cDateTime(), url.Element(Sm + "lastmod")!.Value);
            var alternates = url.Elements(Xhtml + "link").ToDictionary(l => (string)l.Attribute("hreflang")!, l => new Uri((string)l.Attribute("href")!).AbsolutePath);
            var english = new Uri(url.Element(Sm + "loc")!.Value).AbsolutePath.Replace("/es/", "/", StringComparison.Ordinal);
            Assert.Equal(english, alternates["x-default"]);
            // The demo editorial and its Spanish version (an article of its own) name each other as their other
            // language; every other article names itself in both (LinkedTranslationTests checks pages and sitemap agree).
            Assert.True(alternates["en"] == english || alternates["es"] == "/es" + english, english);
            Assert.StartsWith("/es/", alternates["es"], StringComparison.Ordinal);
            Assert.All(url.Elements(Xhtml + "link"), l => Assert.Equal("alternate", (string?)l.Attribute("rel")));
        }
    }

    [Fact]
    public async Task The_journal_sitemap_lists_its_home_archive_about_and_issue_pages()
    {
        using var client = demo.Site.Client();
        var locs = (await AllUrlsAsync(client)).Select(u => new Uri(u.Element(Sm + "loc")!.Value).AbsolutePath).ToList();
        var slug = (await DiscoverySite.PublishedArticlePathsAsync(demo.Site))[0].Split('/')[1];

        Assert.Contains("/" + slug, locs);
        Assert.Contains("/es/" + slug, locs);
        Assert.Contains($"/{slug}/archive", locs);
        Assert.Contains($"/{slug}/about", locs);
        Assert.Single(locs, l => l.StartsWith($"/{slug}/issues/", StringComparison.Ordinal));
        foreach (var path in locs.Take(8))
        {
            using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_journal_past_the_size_limit_is_split_into_parts_that_together_hold_each_article_once()
    {
        var files = Enumerable.Range(1, 12).Select(i => JatsFixtures.WriteFile(_folder, $"{i}.xml",
            JatsFixtures.Article(title: $"Article {i}", doi: $"10.5555/split.{i}"))).ToList();
        // Dated far ahead: not published yet, so in no sitemap.
        files.Add(JatsFixtures.WriteFile(_folder, "future.xml",
            JatsFixtures.Article(title: "Not yet", doi: "10.5555/split.future").Replace("<year>2025</year>", "<year>2099</year>", StringComparison.Ordinal)));
        const int limit = 10;
        await using var site = await RunningSite.StartAsync([.. files], services: services => services.Configure<SitemapOptions>(o => o.UrlsPerSitemap = limit));
        using var client = site.Client();

        var index = await DiscoverySite.GetXmlAsync(client, "/sitemap.xml");
        var sitemaps = index.Root!.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value).ToList();
        var locs = new List<string>();
        foreach (var sitemap in sitemaps)
        {
            var urls = (await DiscoverySite.GetXmlAsync(client, sitemap)).Root!.Elements(Sm + "url").ToList();
            Assert.InRange(urls.Count, 1, limit);
            locs.AddRange(urls.Select(u => new Uri(u.Element(Sm + "loc")!.Value).AbsolutePath));
        }

        var articles = await DiscoverySite.PublishedArticlePathsAsync(site);
        Assert.Equal(12, articles.Count);
        Assert.True(sitemaps.Count >= 4, $"{sitemaps.Count} sitemaps for 12 articles at {limit} URLs a file");
        Assert.EndsWith("/sitemap.xml", sitemaps[0], StringComparison.Ordinal);
        Assert.All(sitemaps.Skip(1), s => Assert.Matches(@"/sitemap-\d+\.xml$", s));
        Assert.Equal(locs.Count, locs.Distinct().Count());
        Assert.Equal(articles.Order(StringComparer.Ordinal), locs.Where(l => l.Contains("/articles/", StringComparison.Ordinal) && !l.StartsWith("/es/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_sitemap_costs_a_bounded_number_of_queries_and_an_unknown_journal_has_none()
    {
        var files = Enumerable.Range(1, 6).Select(i => JatsFixtures.WriteFile(_folder, $"q{i}.xml",
            JatsFixtures.Article(title: $"Article {i}", doi: $"10.5555/queries.{i}"))).ToArray();
        await using var site = await RunningSite.StartAsync(files);
        using var client = site.Client();
        var slug = (await DiscoverySite.PublishedArticlePathsAsync(site))[0].Split('/')[1];

        site.ResetCommandCount();
        await DiscoverySite.GetXmlAsync(client, "/sitemap.xml");
        Assert.InRange(site.CommandCount, 1, 4);
        site.ResetCommandCount();
        var journal = await DiscoverySite.GetXmlAsync(client, $"/{slug}/sitemap.xml");
        // Two more than the index: the translation pairings (each direction one query) whatever the article count.
        Assert.InRange(site.CommandCount, 1, 6);
        Assert.Equal(2 * (3 + 1 + 1 + 6), journal.Root!.Elements(Sm + "url").Count());

        using var missing = await client.GetAsync("/no-such-journal/sitemap.xml", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        using var noPart = await client.GetAsync($"/{slug}/sitemap-{int.MaxValue}.xml", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, noPart.StatusCode);
    }

    private static async Task<List<XElement>> AllUrlsAsync(HttpClient client)
    {
        var robots = await client.GetStringAsync("/robots.txt", TestContext.Current.CancellationToken);
        var indexUrl = robots.Split('\n').Single(l => l.StartsWith("Sitemap:", StringComparison.Ordinal))["Sitemap:".Length..].Trim();
        var index = await DiscoverySite.GetXmlAsync(client, indexUrl);
        Assert.Equal(Sm + "sitemapindex", index.Root!.Name);
        var urls = new List<XElement>();
        foreach (var loc in index.Root.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value))
        {
            var sitemap = await DiscoverySite.GetXmlAsync(client, loc);
            Assert.Equal(Sm + "urlset", sitemap.Root!.Name);
            Assert.All(sitemap.Root.Elements(), e => Assert.Equal(Sm + "url", e.Name));
            urls.AddRange(sitemap.Root.Elements(Sm + "url"));
        }
        return urls;
    }
}
