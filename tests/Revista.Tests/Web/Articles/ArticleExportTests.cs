using System.Net;
using static Revista.Tests.Web.Articles.ArticlePageTests;

namespace Revista.Tests.Web.Articles;

/// <summary>The export links of the article page and the issue page lead to files reference managers can take.</summary>
public sealed class ArticleExportTests(DemoSiteFixture demo) : IClassFixture<DemoSiteFixture>
{
    private RunningSite Site => demo.Site;

    [Theory]
    [InlineData("RIS", "application/x-research-info-systems", ".ris", "TI  - Crowned Dens Syndrome")]
    [InlineData("BibTeX", "application/x-bibtex", ".bib", "title = {{Crowned Dens Syndrome")]
    [InlineData("CSL-JSON", "application/vnd.citationstyles.csl+json", ".json", "\"title\": \"Crowned Dens Syndrome")]
    [InlineData("EndNote", "application/x-endnote-refer", ".enw", "%T Crowned Dens Syndrome")]
    [InlineData("MEDLINE", "application/x-medline", ".nbib", "TI  - Crowned Dens Syndrome")]
    public async Task Each_export_named_in_the_page_head_downloads_with_its_media_type(string name, string mediaType, string extension, string expected)
    {
        var page = await OpenArticleAsync(Site, "Crowned Dens Syndrome");
        var link = page.QuerySelectorAll("link[rel=alternate][title]").Single(l => l.GetAttribute("title") == name);
        Assert.Equal(mediaType, link.GetAttribute("type"));
        Assert.Contains(page.QuerySelectorAll(".tools a[download]"), a => a.TextContent == name);

        using var client = Site.Client();
        using var response = await client.GetAsync(link.GetAttribute("href"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.EndsWith(extension, response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_jats_export_is_the_xml_as_imported()
    {
        var page = await OpenArticleAsync(Site, "Crowned Dens Syndrome");
        var href = page.QuerySelector("link[rel=alternate][type='application/jats+xml']")!.GetAttribute("href")!;
        Assert.Equal(href, page.QuerySelector("meta[name=citation_xml_url]")!.GetAttribute("content"));

        using var client = Site.Client();
        var bytes = await client.GetByteArrayAsync(href, TestContext.Current.CancellationToken);

        using var package = System.IO.Compression.ZipFile.OpenRead(RunningSite.Sample("case-report.zip"));
        using var original = new MemoryStream();
        await using (var entry = await package.Entries.Single(e => e.Name.EndsWith(".xml", StringComparison.Ordinal)).OpenAsync(TestContext.Current.CancellationToken))
            await entry.CopyToAsync(original, TestContext.Current.CancellationToken);
        Assert.Equal(original.ToArray(), bytes);
    }

    [Fact]
    public async Task The_reference_list_exports_one_record_per_reference()
    {
        var page = await OpenArticleAsync(Site, "Crowned Dens Syndrome");
        var article = new Uri(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).AbsolutePath;
        var references = page.QuerySelectorAll(".fulltext .ref").Length;

        using var client = Site.Client();
        var ris = await client.GetStringAsync(article + "/references.ris", TestContext.Current.CancellationToken);

        Assert.True(references > 0);
        Assert.Equal(references, ris.Split("\r\n").Count(l => l == "ER  - "));
    }

    [Fact]
    public async Task An_issue_exports_all_its_articles_in_one_file()
    {
        var page = await OpenArticleAsync(Site, "Crowned Dens Syndrome");
        var issue = page.QuerySelectorAll("a").First(a => a.GetAttribute("href")?.Contains("/issues/", StringComparison.Ordinal) == true).GetAttribute("href")!;
        var (_, issuePage) = await Site.GetPageAsync(issue);
        var bibtex = issuePage.QuerySelectorAll(".exports a").Single(a => a.TextContent == "BibTeX").GetAttribute("href")!;

        using var client = Site.Client();
        var text = await client.GetStringAsync(bibtex, TestContext.Current.CancellationToken);

        Assert.Equal(issuePage.QuerySelectorAll("ol.toc > li").Length, text.Split('\n').Count(l => l.StartsWith('@')));
    }

    [Theory]
    [InlineData("/citation.xyz")]
    [InlineData("/references.doc")]
    public async Task Unknown_formats_are_not_found(string suffix)
    {
        var page = await OpenArticleAsync(Site, "Crowned Dens Syndrome");
        var article = new Uri(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).AbsolutePath;

        using var client = Site.Client();
        using var response = await client.GetAsync(article + suffix, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_article_that_does_not_exist_has_no_exports()
    {
        using var client = Site.Client();
        using var response = await client.GetAsync("/rev-clin-reumatol-autoinmun/articles/999999/citation.ris", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
