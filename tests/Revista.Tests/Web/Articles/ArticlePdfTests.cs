using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Revista.Tests.Ingest;
using Revista.Tests.Storage;
using static Revista.Tests.Web.Articles.ArticlePageTests;

namespace Revista.Tests.Web.Articles;

/// <summary>The PDF galley of a package: offered in the navigation and tools, downloadable, and behind the health-professional question.</summary>
public sealed class ArticlePdfTests : IDisposable
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private readonly string _folder = Directory.CreateTempSubdirectory("revista-pdf-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_package_pdf_is_offered_for_download()
    {
        await using var site = await RunningSite.StartAsync([PackageWithPdf()]);

        var page = await OpenArticleAsync(site, "A test article");

        var navigation = page.QuerySelectorAll("nav.article-toc a").Single(a => Text(a) == "Download PDF").GetAttribute("href")!;
        var tool = page.QuerySelectorAll(".tools a").Single(a => Text(a) == "Download PDF").GetAttribute("href")!;
        Assert.Equal(navigation, tool);
        Assert.Equal(new Uri(site.Address, tool).AbsoluteUri, page.QuerySelector("meta[name=citation_pdf_url]")!.GetAttribute("content"));
        using var client = site.Client();
        using var response = await client.GetAsync(tool, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_gated_article_offers_no_pdf_before_the_answer()
    {
        await using var site = await RunningSite.StartAsync(
            [PackageWithPdf()],
            db => db.Journals.ExecuteUpdateAsync(j => j.SetProperty(x => x.HealthProfessionalGate, true), TestContext.Current.CancellationToken));

        var page = await OpenArticleAsync(site, "A test article");

        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => Text(a) == "Download PDF");
        Assert.NotNull(page.QuerySelector(".health-gate"));
    }

    private string PackageWithPdf() => JatsFixtures.WriteZip(
        _folder,
        "package.zip",
        ("article.xml", JatsFixtures.Utf8(JatsFixtures.Article())),
        ("fig1.png", ImageBytes.Png(40, 30)),
        ("article.pdf", Pdf));
}
