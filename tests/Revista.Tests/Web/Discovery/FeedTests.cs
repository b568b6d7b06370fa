using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Revista.Tests.Ingest;

namespace Revista.Tests.Web.Discovery;

/// <summary>Atom and RSS feeds found from the journal and issue pages, read back as XML.</summary>
public sealed class FeedTests(DemoSamplesFixture demo) : IClassFixture<DemoSamplesFixture>, IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Prism = "http://prismstandard.org/namespaces/basic/2.0/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private readonly string _folder = Directory.CreateTempSubdirectory("revista-feeds-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_journal_atom_feed_found_in_the_page_head_describes_each_latest_article()
    {
        using var client = demo.Site.Client();
        var (journalPath, journalPage) = await JournalPageAsync(demo.Site, "");
        var href = journalPage.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href")!;

        using var response = await client.GetAsync(href, TestContext.Current.CancellationToken);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.NotEmpty(feed.Element(Atom + "id")!.Value);
        Assert.NotEmpty(feed.Element(Atom + "title")!.Value);
        Assert.NotEmpty(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        AssertRfc3339(feed.Element(Atom + "updated")!.Value);
        Assert.Equal(new Uri(demo.Site.Address, href), new Uri(Link(feed, "self")));
        Assert.Equal(journalPath, new Uri(Link(feed, "alternate", "text/html")).AbsolutePath);
        var entries = feed.Elements(Atom + "entry").ToList();
        var articles = await DiscoverySite.PublishedArticlePathsAsync(demo.Site);
        Assert.Equal(articles.Order(StringComparer.Ordinal), entries.Select(e => new Uri(Link(e, "alternate")).AbsolutePath).Order(StringComparer.Ordinal));
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());

        var caseReport = entries.Single(e => e.Element(Atom + "title")!.Value.StartsWith("Crowned Dens Syndrome", StringComparison.Ordinal));
        Assert.Equal("https://doi.org/10.99999/rcra.2026.0412", caseReport.Element(Atom + "id")!.Value);
        Assert.Equal("10.99999/rcra.2026.0412", caseReport.Element(Prism + "doi")!.Value);
        Assert.NotEmpty(caseReport.Elements(Atom + "author").Select(a => a.Element(Atom + "name")!.Value));
        Assert.NotEmpty(caseReport.Element(Atom + "category")!.Attribute("term")!.Value);
        Assert.DoesNotContain("<", caseReport.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
        Assert.True(caseReport.Element(Atom + "summary")!.Value.Length > 20);
        AssertRfc3339(caseReport.Element(Atom + "updated")!.Value);
        AssertRfc3339(caseReport.Element(Atom + "published")!.Value);
        using var page = await client.GetAsync(Link(caseReport, "alternate"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task The_journal_rss_feed_has_items_with_rfc_822_dates_creators_and_guids()
    {
        using var client = demo.Site.Client();
        var (_, journalPage) = await JournalPageAsync(demo.Site, "");
        var href = journalPage.QuerySelector("link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href")!;

        using var response = await client.GetAsync(href, TestContext.Current.CancellationToken);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Root!;
        var channel = rss.Element("channel")!;

        Assert.Equal("2.0", (string?)rss.Attribute("version"));
        Assert.NotEmpty(channel.Element("title")!.Value);
        Assert.Equal(new Uri(demo.Site.Address, href), new Uri((string)channel.Element(Atom + "link")!.Attribute("href")!));
        var items = channel.Elements("item").ToList();
        Assert.Equal(4, items.Count);
        foreach (var item in items)
        {
            Assert.NotEmpty(item.Element("title")!.Value);
            Assert.True(DateTimeOffset.TryParseExact(item.Element("pubDate")!.Value, "r", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
            Assert.NotEmpty(item.Element("guid")!.Value);
            Assert.StartsWith(demo.Site.Address.ToString().TrimEnd('/'), item.Element("link")!.Value, StringComparison.Ordinal);
            Assert.NotEmpty(item.Element(Prism + "doi")!.Value);
        }
        Assert.Contains(items, i => i.Elements(Dc + "creator").Any());
    }

    [Fact]
    public async Task The_issue_feed_lists_the_issue_contents_and_spanish_feeds_link_to_spanish_pages()
    {
        using var client = demo.Site.Client();
        var (journalPath, journalPage) = await JournalPageAsync(demo.Site, "/es");
        var issueHref = journalPage.QuerySelectorAll("a").First(a => a.GetAttribute("href")?.Contains("/issues/", StringComparison.Ordinal) == true).GetAttribute("href")!;
        var (_, issuePage) = await demo.Site.GetPageAsync(issueHref);
        var href = issuePage.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href")!;

        var feed = (await DiscoverySite.GetXmlAsync(client, href)).Root!;

        Assert.StartsWith("/es/", journalPath, StringComparison.Ordinal);
        Assert.StartsWith("/es/", href, StringComparison.Ordinal);
        Assert.Equal("es", (string?)feed.Attribute(XNamespace.Xml + "lang"));
        var links = feed.Elements(Atom + "entry").Select(e => new Uri(Link(e, "alternate")).AbsolutePath).ToList();
        Assert.Equal(issuePage.QuerySelectorAll("ol.toc > li").Length, links.Count);
        Assert.All(links, l => Assert.StartsWith("/es/", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hostile_titles_and_abstracts_are_escaped_in_both_feeds()
    {
        const string title = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quoted\" ]]&gt; &lt;b&gt;";
        var xml = JatsFixtures.Article(title: title, doi: "10.5555/hostile.1")
            .Replace("</title-group>", "</title-group><abstract><p>An abstract with &lt;img src=x onerror=alert(1)&gt; in it.</p></abstract>", StringComparison.Ordinal);
        await using var site = await RunningSite.StartAsync([JatsFixtures.WriteFile(_folder, "hostile.xml", xml)]);
        var slug = (await DiscoverySite.PublishedArticlePathsAsync(site))[0].Split('/')[1];
        using var client = site.Client();

        var atomText = await client.GetStringAsync($"/{slug}/feed.atom", TestContext.Current.CancellationToken);
        var rssText = await client.GetStringAsync($"/{slug}/feed.rss", TestContext.Current.CancellationToken);
        var entry = XDocument.Parse(atomText).Root!.Element(Atom + "entry")!;
        var item = XDocument.Parse(rssText).Root!.Element("channel")!.Element("item")!;

        const string expected = "<script>alert(1)</script> & \"quoted\" ]]> <b>";
        Assert.Equal(expected, entry.Element(Atom + "title")!.Value);
        Assert.Equal(expected, item.Element("title")!.Value);
        Assert.Contains("<img src=x onerror=alert(1)>", entry.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", item.Element("description")!.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", atomText, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", rssText, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", atomText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_of_unknown_journals_and_issues_are_not_found()
    {
        using var client = demo.Site.Client();
        using var journal = await client.GetAsync("/no-such-journal/feed.atom", TestContext.Current.CancellationToken);
        var slug = (await DiscoverySite.PublishedArticlePathsAsync(demo.Site))[0].Split('/')[1];
        using var issue = await client.GetAsync($"/{slug}/issues/999999/feed.rss", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, journal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, issue.StatusCode);
    }

    private static async Task<(string Path, AngleSharp.Html.Dom.IHtmlDocument Page)> JournalPageAsync(RunningSite site, string language)
    {
        var (_, home) = await site.GetPageAsync(language + "/");
        var journal = home.QuerySelector("ol.journals a")!.GetAttribute("href")!;
        var (status, page) = await site.GetPageAsync(journal);
        Assert.Equal(HttpStatusCode.OK, status);
        return (journal, page);
    }

    private static string Link(XElement parent, string rel, string? type = null) =>
        (string)parent.Elements(Atom + "link").First(l => (string?)l.Attribute("rel") == rel && (type is null || (string?)l.Attribute("type") == type)).Attribute("href")!;

    private static void AssertRfc3339(string value) =>
        Assert.True(DateTimeOffset.TryParseExact(value, "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _), value);
}
