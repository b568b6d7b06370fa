using System.Net;
using Microsoft.EntityFrameworkCore;
using Revista.Tests.Ingest;

namespace Revista.Tests.Web.Journals;

/// <summary>The journal pages cost the same number of queries whether an issue holds a few articles or many (no N+1).</summary>
public sealed class JournalPageQueryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("revista-queries-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Home_journal_archive_and_table_of_contents_cost_a_fixed_number_of_queries()
    {
        // 25 articles also spill the journal home onto a second keyset page, so paging is counted too.
        var few = await CountQueriesAsync(articles: 2);
        var many = await CountQueriesAsync(articles: 25);

        Assert.Equal(few, many);
        Assert.All(few.Values, count => Assert.InRange(count, 1, 6));
    }

    [Fact]
    public async Task Articles_of_one_section_share_one_heading_in_the_table_of_contents()
    {
        var files = Enumerable.Range(1, 3)
            .Select(i => JatsFixtures.WriteFile(_folder, $"s{i}.xml", JatsFixtures.Article(title: $"Sectioned {i}", doi: $"10.5555/section.{i}")))
            .ToArray();
        var slug = "";
        var issueId = 0;
        await using var site = await RunningSite.StartAsync(files, async db =>
        {
            slug = await db.Journals.Select(j => j.Slug).SingleAsync(TestContext.Current.CancellationToken);
            issueId = await db.Issues.Select(i => i.Id).SingleAsync(TestContext.Current.CancellationToken);
        });

        var (_, page) = await site.GetPageAsync($"/{slug}/issues/{issueId}");

        var section = Assert.Single(page.QuerySelectorAll(".toc-section"));
        Assert.Equal("Case Reports", section.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal(3, section.QuerySelectorAll(".article-item").Length);
    }

    private async Task<Dictionary<string, int>> CountQueriesAsync(int articles)
    {
        var folder = Path.Combine(_folder, articles.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var files = Enumerable.Range(1, articles)
            .Select(i => JatsFixtures.WriteFile(folder, $"a{i}.xml", JatsFixtures.Article(title: $"Article {i}", doi: $"10.5555/toc.{i}")))
            .ToArray();
        var slug = "";
        var issueId = 0;
        await using var site = await RunningSite.StartAsync(files, async db =>
        {
            slug = await db.Journals.Select(j => j.Slug).SingleAsync(TestContext.Current.CancellationToken);
            issueId = await db.Issues.Select(i => i.Id).SingleAsync(TestContext.Current.CancellationToken);
        });

        var counts = new Dictionary<string, int>();
        foreach (var path in (string[])["/", $"/{slug}", $"/es/{slug}", $"/{slug}/archive", $"/{slug}/issues/{issueId}", $"/es/{slug}/issues/{issueId}"])
        {
            site.ResetCommandCount();
            var (status, _) = await site.GetPageAsync(path);
            Assert.Equal(HttpStatusCode.OK, status);
            counts[path.Replace(slug, "{journal}", StringComparison.Ordinal)] = site.CommandCount;
        }
        return counts;
    }
}
