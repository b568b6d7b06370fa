using System.Net;
using System.Text.Json;
using Revista.Tests.Ingest;

namespace Revista.Tests.Web.Discovery;

/// <summary>The JSON API followed by its own links: journals → articles (every page) → one article → its page and exports.</summary>
public sealed class ApiTests(DemoSamplesFixture demo) : IClassFixture<DemoSamplesFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("revista-api-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Walking_the_article_pages_by_their_next_links_returns_every_published_article_once()
    {
        var files = Enumerable.Range(1, 7).Select(i => JatsFixtures.WriteFile(_folder, $"{i}.xml",
            JatsFixtures.Article(title: $"Article {i}", doi: $"10.5555/api.{i}")
                .Replace("<day>3</day>", $"<day>{1 + (i % 3)}</day>", StringComparison.Ordinal))).ToList();
        files.Add(JatsFixtures.WriteFile(_folder, "future.xml",
            JatsFixtures.Article(title: "Not yet", doi: "10.5555/api.future").Replace("<year>2025</year>", "<year>2099</year>", StringComparison.Ordinal)));
        await using var site = await RunningSite.StartAsync([.. files]);
        using var client = site.Client();

        using var journals = await GetJsonAsync(client, "/api/journals");
        var articlesUrl = journals.RootElement.GetProperty("items")[0].GetProperty("links").GetProperty("articles").GetString()!;
        var seen = new List<string>();
        var pages = 0;
        for (string? next = articlesUrl + "?limit=2"; next is not null; pages++)
        {
            using var response = await client.GetAsync(next, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            var items = page.RootElement.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(items.Count, 1, 2);
            seen.AddRange(items.Select(i => new Uri(i.GetProperty("links").GetProperty("page").GetString()!).AbsolutePath));
            var nextElement = page.RootElement.GetProperty("next");
            next = nextElement.ValueKind == JsonValueKind.Null ? null : nextElement.GetString();
            if (next is null)
                Assert.False(response.Headers.Contains("Link"));
            else
                Assert.Equal($"<{next}>; rel=\"next\"", response.Headers.GetValues("Link").Single());
        }

        var published = await DiscoverySite.PublishedArticlePathsAsync(site);
        Assert.Equal(7, published.Count);
        Assert.Equal(4, pages);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(published.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_journal_record_links_to_its_issues_and_feeds()
    {
        using var client = demo.Site.Client();
        var (_, home) = await demo.Site.GetPageAsync("/");
        using var journals = await GetJsonAsync(client, home.QuerySelector("link[rel=alternate][type='application/json']")!.GetAttribute("href")!);
        var journal = journals.RootElement.GetProperty("items").EnumerateArray().Single();
        var self = journal.GetProperty("links").GetProperty("self").GetString()!;
        var (_, journalPage) = await demo.Site.GetPageAsync(journal.GetProperty("links").GetProperty("page").GetString()!);
        Assert.Equal(new Uri(self).AbsolutePath, journalPage.QuerySelector("link[rel=alternate][type='application/json']")!.GetAttribute("href"));

        using var record = await GetJsonAsync(client, self);
        using var issues = await GetJsonAsync(client, record.RootElement.GetProperty("links").GetProperty("issues").GetString()!);

        Assert.Equal(journal.GetProperty("slug").GetString(), record.RootElement.GetProperty("slug").GetString());
        Assert.Equal("0000-0027", record.RootElement.GetProperty("electronicIssn").GetString());
        Assert.Equal("Revista Clínica de Reumatología y Autoinmunidad", record.RootElement.GetProperty("title").GetString());
        var issue = issues.RootElement.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("12", issue.GetProperty("volume").GetString());
        Assert.Equal("5", issue.GetProperty("number").GetString());
        Assert.Equal(JsonValueKind.Null, issues.RootElement.GetProperty("next").ValueKind);
        foreach (var link in (string[])["page", "atom", "rss"])
        {
            using var response = await client.GetAsync(issue.GetProperty("links").GetProperty(link).GetString(), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task An_article_record_has_its_metadata_and_links_that_work()
    {
        var (_, id, _) = await DiscoverySite.ArticleAsync(demo.Site, "10.99999/rcra.2026.0412");
        using var client = demo.Site.Client();

        demo.Site.ResetCommandCount();
        using var document = await GetJsonAsync(client, $"/api/articles/{id}");
        Assert.InRange(demo.Site.CommandCount, 1, 2);
        var article = document.RootElement;

        Assert.Equal(id, article.GetProperty("id").GetInt32());
        Assert.Equal("10.99999/rcra.2026.0412", article.GetProperty("doi").GetString());
        Assert.StartsWith("Crowned Dens Syndrome", article.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("en", article.GetProperty("language").GetString());
        Assert.Equal("312", article.GetProperty("pages").GetProperty("first").GetString());
        Assert.Equal("313", article.GetProperty("pages").GetProperty("last").GetString());
        Assert.Equal("12", article.GetProperty("issue").GetProperty("volume").GetString());
        Assert.Contains(article.GetProperty("translations").EnumerateArray(), t => t.GetProperty("language").GetString() == "es");
        var authors = article.GetProperty("authors").EnumerateArray().ToList();
        Assert.NotEmpty(authors);
        Assert.All(authors, a => Assert.NotEmpty(a.GetProperty("name").GetString()!));
        Assert.Contains(authors, a => a.GetProperty("affiliations").GetArrayLength() > 0);
        Assert.NotEmpty(article.GetProperty("affiliations").EnumerateArray());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", article.GetProperty("dates").GetProperty("published").GetString()!);
        var links = article.GetProperty("links");
        foreach (var url in (string[])[links.GetProperty("page").GetString()!, links.GetProperty("jats").GetString()!, links.GetProperty("citation").GetProperty("ris").GetString()!, links.GetProperty("references").GetProperty("bib").GetString()!])
        {
            using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("/api/articles/999999")]
    [InlineData("/api/journals/no-such-journal")]
    [InlineData("/api/journals/no-such-journal/articles")]
    [InlineData("/api/journals/no-such-journal/issues")]
    public async Task Unknown_ids_answer_404_problem_details(string path)
    {
        using var client = demo.Site.Client();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.NotEmpty(problem.RootElement.GetProperty("detail").GetString()!);
    }

    [Fact]
    public async Task A_malformed_cursor_is_a_bad_request_and_the_limit_is_capped()
    {
        using var client = demo.Site.Client();
        using var journals = await GetJsonAsync(client, "/api/journals");
        var articles = journals.RootElement.GetProperty("items")[0].GetProperty("links").GetProperty("articles").GetString()!;

        using var bad = await client.GetAsync(articles + "?after=yesterday", TestContext.Current.CancellationToken);
        using var capped = await GetJsonAsync(client, articles + "?limit=1000000");
        using var one = await GetJsonAsync(client, articles + "?limit=1");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType!.MediaType);
        Assert.Equal(4, capped.RootElement.GetProperty("items").GetArrayLength());
        Assert.Single(one.RootElement.GetProperty("items").EnumerateArray());
        Assert.EndsWith("&limit=1", one.RootElement.GetProperty("next").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_named_by_the_home_page_describes_exactly_the_api_paths()
    {
        using var client = demo.Site.Client();
        var (_, home) = await demo.Site.GetPageAsync("/");
        using var document = await GetJsonAsync(client, home.QuerySelector("link[rel=service-desc]")!.GetAttribute("href")!);

        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["/api/articles/{id}", "/api/journals", "/api/journals/{slug}", "/api/journals/{slug}/articles", "/api/journals/{slug}/issues", "/api/search"],
            paths);
        var listArticles = document.RootElement.GetProperty("paths").GetProperty("/api/journals/{slug}/articles").GetProperty("get");
        var parameters = listArticles.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("after", parameters);
        Assert.Contains("limit", parameters);
        Assert.True(listArticles.GetProperty("responses").TryGetProperty("404", out _));
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
