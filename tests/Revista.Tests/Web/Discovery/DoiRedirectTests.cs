using System.Net;
using Revista.Tests.Ingest;

namespace Revista.Tests.Web.Discovery;

/// <summary>/doi/{doi} sends readers to the article with that DOI, whatever its case or encoding.</summary>
public sealed class DoiRedirectTests(DemoSamplesFixture demo) : IClassFixture<DemoSamplesFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("revista-doi-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("/doi/10.99999/rcra.2026.0412")]
    [InlineData("/doi/10.99999/RCRA.2026.0412")]
    [InlineData("/doi/10.99999%2Frcra.2026.0412")]
    [InlineData("/doi/10.99999%2frcra.2026.0412")]
    [InlineData("/doi/https%3A%2F%2Fdoi.org%2F10.99999%2Frcra.2026.0412")]
    [InlineData("/doi/https://doi.org/10.99999/rcra.2026.0412")]
    [InlineData("/doi/doi:10.99999/rcra.2026.0412")]
    public async Task A_doi_of_ours_redirects_to_its_article_page(string path)
    {
        var (slug, id, _) = await DiscoverySite.ArticleAsync(demo.Site, "10.99999/rcra.2026.0412");
        using var client = demo.Site.Client();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal($"/{slug}/articles/{id}", response.Headers.Location!.OriginalString);
        using var page = await client.GetAsync(response.Headers.Location, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task The_spanish_interface_redirects_to_the_spanish_page()
    {
        var (slug, id, _) = await DiscoverySite.ArticleAsync(demo.Site, "10.99999/rcra.2026.0398");
        using var client = demo.Site.Client();

        using var response = await client.GetAsync("/es/doi/10.99999/RCRA.2026.0398", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal($"/es/{slug}/articles/{id}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unknown_doi_is_not_found_on_a_page_that_names_it()
    {
        using var client = demo.Site.Client();
        var (status, page) = await demo.Site.GetPageAsync("/doi/10.99999/no-such-article", client);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("10.99999/no-such-article", page.QuerySelector(".doi-not-found")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_not_found_page_of_the_spanish_interface_is_in_spanish()
    {
        var (status, page) = await demo.Site.GetPageAsync("/es/doi/10.99999/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("Ningún artículo de este sitio tiene el DOI 10.99999/no-such-article", page.QuerySelector(".doi-not-found")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_of_a_not_found_page_leads_to_the_same_path_in_the_other_language()
    {
        var (spanishStatus, spanish) = await demo.Site.GetPageAsync("/es/doi/10.99999/no-such-article?x=1");
        var (englishStatus, english) = await demo.Site.GetPageAsync("/doi/10.99999/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, spanishStatus);
        Assert.Equal(HttpStatusCode.NotFound, englishStatus);
        Assert.Equal("/doi/10.99999/no-such-article?x=1", spanish.QuerySelector("nav.languages a[hreflang=en]")!.GetAttribute("href"));
        Assert.Equal("/es/doi/10.99999/no-such-article", english.QuerySelector("nav.languages a[hreflang=es]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_doi_with_percent_hash_and_question_mark_is_decoded_exactly_once()
    {
        var doi = "10.5555/50%off#1?x";
        var xml = JatsFixtures.Article(doi: doi);
        await using var site = await RunningSite.StartAsync([JatsFixtures.WriteFile(_folder, "odd.xml", xml)]);
        var (slug, id, stored) = await DiscoverySite.ArticleAsync(site, doi);
        using var client = site.Client();

        using var found = await client.GetAsync("/doi/" + Uri.EscapeDataString(doi), TestContext.Current.CancellationToken);
        // "%2525" is a literal "%25" once decoded: a different DOI, which decoding twice would wrongly turn into "%".
        using var twice = await client.GetAsync("/doi/10.5555%2F50%252525off%231%3Fx", TestContext.Current.CancellationToken);

        Assert.Equal(doi, stored);
        Assert.Equal(HttpStatusCode.Found, found.StatusCode);
        Assert.Equal($"/{slug}/articles/{id}", found.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, twice.StatusCode);
    }
}
