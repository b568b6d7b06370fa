using Revista.Tests.Ingest;
using Revista.Web.Commands;
using static Revista.Tests.Web.Articles.ArticlePageTests;

namespace Revista.Tests.Web.Articles;

/// <summary>What an article page costs the database: a bounded number of queries on a miss, none on a hit, fresh after a re-import.</summary>
public sealed class ArticleCachingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("revista-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_cache_miss_costs_a_bounded_number_of_queries_and_a_hit_costs_none()
    {
        await using var site = await RunningSite.StartAsync([RunningSite.Sample("case-report.zip")]);
        var page = await OpenArticleAsync(site, "Crowned Dens Syndrome");
        var path = new Uri(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).AbsolutePath;
        var spanish = "/es" + path;

        site.ResetCommandCount();
        var (_, first) = await site.GetPageAsync(spanish);
        var miss = site.CommandCount;
        site.ResetCommandCount();
        var (_, second) = await site.GetPageAsync(spanish);
        var hit = site.CommandCount;

        Assert.InRange(miss, 1, ArticleQueryBudget);
        Assert.Equal(0, hit);
        Assert.Equal(first.DocumentElement.OuterHtml, second.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task A_reimported_article_shows_its_new_version()
    {
        var first = JatsFixtures.WriteFile(_folder, "v1/article.xml", JatsFixtures.Article(title: "The first title"));
        var second = JatsFixtures.WriteFile(_folder, "v2/article.xml", JatsFixtures.Article(title: "The second title"));
        await using var site = await RunningSite.StartAsync([first]);
        var page = await OpenArticleAsync(site, "The first title");
        var path = new Uri(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).AbsolutePath;
        await site.GetPageAsync(path);

        using var output = new StringWriter();
        Assert.Equal(0, await RevistaCommandLine.InvokeAsync(["import", second, "--data", site.DataFolder], output, output));

        var title = "";
        for (var attempt = 0; attempt < 50 && title != "The second title"; attempt++)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            title = Text((await site.GetPageAsync(path)).Document.QuerySelector("h1"));
        }
        Assert.Equal("The second title", title);
    }

    /// <summary>
    /// DESIGN principle 2. Measured 2: the article joined with its journal, issue, section and the import-time copy of its
    /// child rows (ArticleFront), then the full-text fragments.
    /// </summary>
    private const int ArticleQueryBudget = 3;
}
