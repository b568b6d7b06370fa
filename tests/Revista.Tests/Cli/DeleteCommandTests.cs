using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Revista.Data;
using Revista.Tests.Web;
using Revista.Web.Commands;

namespace Revista.Tests.Cli;

/// <summary>`revista delete ARTICLE-ID`: the article leaves the site and stays in OAI-PMH as a deleted record.</summary>
public sealed class DeleteCommandTests
{
    private static readonly XNamespace O = "http://www.openarchives.org/OAI/2.0/";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Deleting_an_article_removes_its_cached_page_and_leaves_a_deleted_oai_record()
    {
        await using var site = await RunningSite.StartAsync([RunningSite.Sample("case-report.zip")]);
        int id;
        string slug;
        await using (var db = RevistaDatabase.Create(new RevistaDataOptions { DataDirectory = site.DataFolder }))
            (id, slug) = await db.Articles.Select(a => ValueTuple.Create(a.Id, a.Journal!.Slug)).SingleAsync(Ct);
        var page = $"/{slug}/articles/{id}";
        Assert.Equal(HttpStatusCode.OK, (await site.GetPageAsync(page)).Status);
        using var output = new StringWriter();

        var exit = await RevistaCommandLine.InvokeAsync(["delete", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", site.DataFolder], output, output);

        Assert.Equal(RevistaCommandLine.Success, exit);
        Assert.StartsWith($"deleted: article {id} of {slug}", output.ToString(), StringComparison.Ordinal);
        using var client = site.Client();
        var record = XDocument.Parse(await client.GetStringAsync($"/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:revista.localhost:{id}", Ct));
        Assert.Equal("deleted", record.Descendants(O + "header").Single().Attribute("status")?.Value);
        // The cached page goes at the next version poll (every two seconds), as after a re-import.
        var status = HttpStatusCode.OK;
        for (var attempt = 0; attempt < 50 && status == HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(200, Ct);
            status = (await site.GetPageAsync(page)).Status;
        }
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Deleting_an_unknown_article_fails_and_says_so()
    {
        var data = Directory.CreateTempSubdirectory("revista-delete-").FullName;
        try
        {
            using var output = new StringWriter();

            var exit = await RevistaCommandLine.InvokeAsync(["delete", "99", "--data", data], output, output);

            Assert.Equal(RevistaCommandLine.SomeFailed, exit);
            Assert.Contains("there is no article 99", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
