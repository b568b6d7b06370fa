using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Revista.Tests.Web;

namespace Revista.Tests.Search;

/// <summary>Search for machines: the JSON API, its paging, its errors, and the OpenSearch description browsers read.</summary>
public sealed class SearchApiTests(SearchSiteFixture fixture) : IClassFixture<SearchSiteFixture>
{
    private RunningSite Site => fixture.Site;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_api_lists_ranked_matches_with_the_total_and_the_next_page()
    {
        using var client = Site.Client();
        var all = JsonNode.Parse(await client.GetStringAsync("/api/search?q=osteoporosis&sort=newest", Ct))!;
        var first = JsonNode.Parse(await client.GetStringAsync("/api/search?q=osteoporosis&sort=newest&page=1", Ct))!;

        Assert.Equal(3, all["total"]!.GetValue<int>());
        Assert.Equal(["10.5555/joint.1", "10.5555/bone.2", "10.5555/bone.1"], all["items"]!.AsArray().Select(i => i!["doi"]!.GetValue<string>()));
        Assert.Null(all["next"]);
        Assert.Equal(all.ToJsonString(), first.ToJsonString());
        var page = new Uri(all["items"]![0]!["links"]!["page"]!.GetValue<string>());
        Assert.StartsWith("/joint-journal/articles/", page.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_beyond_the_listed_results_is_refused_with_the_reason()
    {
        using var client = Site.Client();
        using var beyond = await client.GetAsync("/api/search?q=osteoporosis&page=51", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, beyond.StatusCode);
        Assert.Equal("application/problem+json", beyond.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Page 51 does not exist", await beyond.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_names_the_opensearch_description_and_it_points_at_the_search()
    {
        var (_, home) = await Site.GetPageAsync("/");
        var link = home.QuerySelector("link[rel=search]")!;
        using var client = Site.Client();
        using var response = await client.GetAsync(link.GetAttribute("href"), Ct);
        var description = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        XNamespace openSearch = "http://a9.com/-/spec/opensearch/1.1/";

        Assert.Equal("application/opensearchdescription+xml", link.GetAttribute("type"));
        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType!.MediaType);
        var html = description.Root!.Elements(openSearch + "Url").Single(u => (string?)u.Attribute("type") == "text/html");
        var template = (string)html.Attribute("template")!;
        var (status, results) = await Site.GetPageAsync(new Uri(template.Replace("{searchTerms}", "osteoporosis", StringComparison.Ordinal)).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, results.QuerySelectorAll("ol.search-hits > li").Length);
    }
}
