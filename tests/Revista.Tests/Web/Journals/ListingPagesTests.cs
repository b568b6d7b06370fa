using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Revista.Issues;
using Revista.Tests.Ingest;
using Revista.Web.Commands;
using static Revista.Tests.Web.Articles.ArticlePageTests;

namespace Revista.Tests.Web.Journals;

/// <summary>The archive pages by year with keyset paging; listing pages are rendered once and refreshed by an import.</summary>
public sealed class ListingPagesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("revista-listings-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_archive_shows_ten_years_a_page_and_links_to_older_years()
    {
        var file = JatsFixtures.WriteFile(_folder, "a.xml", JatsFixtures.Article());
        var slug = "";
        await using var site = await RunningSite.StartAsync([file], async db =>
        {
            var journal = await db.Journals.SingleAsync(TestContext.Current.CancellationToken);
            slug = journal.Slug;
            for (var year = 2001; year <= 2012; year++)
                db.Issues.Add(new Issue { JournalId = journal.Id, Volume = (year - 2000).ToString(CultureInfo.InvariantCulture), Year = year, Key = Issue.KeyOf((year - 2000).ToString(CultureInfo.InvariantCulture), null, year) });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var (_, first) = await site.GetPageAsync($"/{slug}/archive");
        var years = first.QuerySelectorAll(".archive-year h2").Select(Text).ToList();
        var older = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var (_, second) = await site.GetPageAsync(older);

        var all = years.Concat(second.QuerySelectorAll(".archive-year h2").Select(Text)).ToList();
        Assert.Equal(10, years.Count);
        Assert.Equal(all.Distinct().Count(), all.Count);
        Assert.Contains("2001", all);
        Assert.Null(second.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task A_table_of_contents_is_served_from_the_cache_until_an_import_changes_it()
    {
        var first = JatsFixtures.WriteFile(_folder, "1.xml", JatsFixtures.Article(title: "The first article", doi: "10.5555/listing.1"));
        var second = JatsFixtures.WriteFile(_folder, "2.xml", JatsFixtures.Article(title: "The second article", doi: "10.5555/listing.2"));
        var path = "";
        await using var site = await RunningSite.StartAsync([first], async db =>
        {
            var issue = await db.Issues.Include(i => i.Journal).SingleAsync(TestContext.Current.CancellationToken);
            path = $"/{issue.Journal!.Slug}/issues/{issue.Id}";
        });
        await site.GetPageAsync(path);

        site.ResetCommandCount();
        var (_, cached) = await site.GetPageAsync(path);
        Assert.Equal(0, site.CommandCount);
        Assert.Single(cached.QuerySelectorAll(".article-item"));

        using var output = new StringWriter();
        Assert.Equal(0, await RevistaCommandLine.InvokeAsync(["import", second, "--data", site.DataFolder], output, output));
        var titles = new List<string>();
        for (var attempt = 0; attempt < 50 && titles.Count < 2; attempt++)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            titles = [.. (await site.GetPageAsync(path)).Document.QuerySelectorAll(".article-item a.title").Select(Text)];
        }
        Assert.Equal(["The first article", "The second article"], titles.Order(StringComparer.Ordinal));
    }
}
