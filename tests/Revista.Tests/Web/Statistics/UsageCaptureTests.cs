using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Revista.Data;
using Revista.Ingest;
using Revista.Statistics;
using Revista.Tests.Ingest;
using Revista.Tests.Storage;
using Revista.Web.Statistics;

namespace Revista.Tests.Web.Statistics;

/// <summary>Which requests become usage events (COUNTER R5.1 §3.3.2, §7.1), cached pages included.</summary>
public sealed class UsageCaptureTests : IDisposable
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    private const string Browser = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

    private readonly string _folder = Directory.CreateTempSubdirectory("revista-usage-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_views_cached_page_views_figure_views_pdf_and_supplement_downloads_become_events_and_nothing_else_does()
    {
        await using var site = await RunningSite.StartAsync([PackageWithFiles()]);
        var article = await ArticleAsync(site);
        var page = $"/{article.Slug}/articles/{article.Id}";
        using var client = site.Client();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(Browser);
        var expected = new List<(UsageActivity, UsageFormat, string)>();

        async Task<HttpResponseMessage> GetAsync(string path, HttpMethod? method = null)
        {
            var response = await client.SendAsync(new HttpRequestMessage(method ?? HttpMethod.Get, path), Ct);
            await response.Content.LoadIntoBufferAsync(Ct);
            Assert.False(response.Headers.Contains(UsageMarker.Header), "the internal usage mark reached the reader: " + path);
            return response;
        }

        async Task UseAsync(string path, UsageActivity activity, UsageFormat format)
        {
            using var response = await GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            expected.Add((activity, format, path));
        }

        await UseAsync(page, UsageActivity.Request, UsageFormat.Html);
        // The second view is served by the output cache (Age says so) without running the page: it counts all the same.
        using (var cached = await GetAsync(page))
            Assert.NotNull(cached.Headers.Age);
        expected.Add((UsageActivity.Request, UsageFormat.Html, page));
        await UseAsync(page + "/figures", UsageActivity.Investigation, UsageFormat.Html);
        await UseAsync(page + "/figures/f1", UsageActivity.Investigation, UsageFormat.Html);
        await UseAsync(article.Pdf, UsageActivity.Request, UsageFormat.Pdf);
        await UseAsync(article.Supplement, UsageActivity.Investigation, UsageFormat.Other);
        // Not usage: HEAD, errors, the statistics view, exports, an inline image.
        using (await GetAsync(page, HttpMethod.Head)) { }
        using (await GetAsync(article.Pdf, HttpMethod.Head)) { }
        using (var missing = await GetAsync($"/{article.Slug}/articles/{article.Id + 1000}"))
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        foreach (var path in new[] { page + "/statistics", page + "/article.xml", page + "/citation.ris", article.Image })
        {
            using var response = await GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        // Last, a use that proves the writer got past everything above.
        await UseAsync(page, UsageActivity.Request, UsageFormat.Html);

        var events = await CapturedUsage.WaitForAsync(site, expected.Count);

        Assert.Equal(
            expected.Select(e => (article.Id, e.Item1, e.Item2, UsageRecorder.TargetKey(e.Item3))),
            events.Select(e => (e.ArticleId, e.Activity, e.Format, e.TargetKey)));
        Assert.Single(events.Select(e => e.ClientKey).Distinct());
        await using var db = RevistaDatabase.Create(new RevistaDataOptions { DataDirectory = site.DataFolder });
        Assert.Equal([Browser], await db.UsageAgents.Select(a => a.Text).ToListAsync(Ct));
    }

    [Fact]
    public async Task A_view_of_an_article_whose_full_text_waits_for_the_health_professional_answer_is_an_investigation()
    {
        await using var site = await RunningSite.StartAsync(
            [RunningSite.Sample("case-report.zip")],
            db => db.Journals.ExecuteUpdateAsync(j => j.SetProperty(x => x.HealthProfessionalGate, true), Ct));
        var article = await ArticleAsync(site);
        var page = $"/{article.Slug}/articles/{article.Id}";
        var cookies = new CookieContainer();
        using var client = site.Client(cookies);

        (await client.GetAsync(page, Ct)).Dispose();
        (await client.GetAsync(page, Ct)).Dispose();
        cookies.Add(site.Address, new Cookie("revista-health-professional", "yes"));
        (await client.GetAsync(page, Ct)).Dispose();
        (await client.GetAsync(page, Ct)).Dispose();

        var events = await CapturedUsage.WaitForAsync(site, 4);
        Assert.Equal(
            [UsageActivity.Investigation, UsageActivity.Investigation, UsageActivity.Request, UsageActivity.Request],
            events.Select(e => e.Activity));
    }

    internal sealed record SiteArticle(int Id, string Slug, string Pdf, string Supplement, string Image);

    internal static async Task<SiteArticle> ArticleAsync(RunningSite site)
    {
        await using var db = RevistaDatabase.Create(new RevistaDataOptions { DataDirectory = site.DataFolder });
        var article = await db.Articles.AsNoTracking().Select(a => new { a.Id, a.Journal!.Slug }).SingleAsync(Ct);
        var files = await db.ArticleAssets.AsNoTracking()
            .Where(a => a.ArticleId == article.Id)
            .Select(a => new { a.Role, a.Sha256, a.StoredAsset!.OriginalFileName, a.StoredAsset.MediaType })
            .ToListAsync(Ct);
        string Url(Func<string, bool> mediaType) =>
            files.Where(f => mediaType(f.MediaType)).Select(f => Importer.AssetUrl(f.Sha256, f.OriginalFileName)).FirstOrDefault() ?? "";
        return new SiteArticle(
            article.Id,
            article.Slug,
            Url(t => t == "application/pdf"),
            Url(t => t == "text/csv"),
            Url(t => t.StartsWith("image/", StringComparison.Ordinal)));
    }

    internal string PackageWithFiles() => JatsFixtures.WriteZip(
        _folder,
        "package.zip",
        ("article.xml", JatsFixtures.Utf8(JatsFixtures.Article(extraBody: """<supplementary-material id="s1" xlink:href="data.csv" mimetype="text" mime-subtype="csv"/>"""))),
        ("fig1.png", ImageBytes.Png(40, 30)),
        ("data.csv", Encoding.ASCII.GetBytes("a,b\n1,2\n")),
        ("article.pdf", Pdf));
}
