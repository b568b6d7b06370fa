using System.Net;
using Revista.Tests.Web;
using Revista.Web.Commands;
using static Revista.Tests.Search.SearchFixtures;

namespace Revista.Tests.Search;

/// <summary>The server's own indexing job, untouched by the test: what `revista import` adds while it serves becomes findable.</summary>
public sealed class SearchIndexingJobTests
{
    [Fact]
    public async Task An_article_imported_while_the_site_serves_is_found_seconds_later()
    {
        var folder = Directory.CreateTempSubdirectory("revista-search-job-").FullName;
        try
        {
            var first = Ingest.JatsFixtures.WriteFile(folder, "first.xml", JatsOf(new Paper("10.5555/job.1", "Polychondritis")));
            await using var site = await RunningSite.StartAsync([first]);
            Assert.Equal(1, await WaitForHitsAsync(site, "polychondritis", 1));

            var second = Ingest.JatsFixtures.WriteFile(folder, "second.xml", JatsOf(new Paper("10.5555/job.2", "Takayasu arteritis")));
            using var output = new StringWriter();
            Assert.Equal(0, await RevistaCommandLine.InvokeAsync(["import", second, "--data", site.DataFolder], output, output));

            Assert.Equal(1, await WaitForHitsAsync(site, "takayasu", 1));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The number of hits once it reaches <paramref name="expected"/>, or after 30 s (the job runs every 2 s).</summary>
    private static async Task<int> WaitForHitsAsync(RunningSite site, string words, int expected)
    {
        var hits = -1;
        for (var attempt = 0; attempt < 60 && hits != expected; attempt++)
        {
            if (attempt > 0)
                await Task.Delay(500, TestContext.Current.CancellationToken);
            var (status, page) = await site.GetPageAsync("/search?q=" + words);
            hits = status == HttpStatusCode.OK ? page.QuerySelectorAll("ol.search-hits > li").Length : -1;
        }
        return hits;
    }
}
