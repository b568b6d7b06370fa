using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Revista.Data;
using Revista.Web.Commands;

namespace Revista.Tests.Cli;

/// <summary>`revista serve --demo`'s first step: the samples shipped beside the executable fill an empty store, once.</summary>
public sealed class DemoContentTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("revista-demo-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Imports_the_samples_into_an_empty_store_and_leaves_a_filled_one_alone()
    {
        var ct = TestContext.Current.CancellationToken;
        using var first = new StringWriter();
        using var second = new StringWriter();

        await DemoContent.ImportIfEmptyAsync(_data, first, ct);
        await DemoContent.ImportIfEmptyAsync(_data, second, ct);

        Assert.Contains("4 articles: 4 imported, 0 updated, 0 unchanged, 0 failed; 0 warnings", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("not imported again", second.ToString(), StringComparison.Ordinal);
        await using var db = RevistaDatabase.Create(new RevistaDataOptions { DataDirectory = _data });
        Assert.Equal(4, await db.Articles.CountAsync(ct));
        Assert.Equal(2, await db.ArticleAssets.CountAsync(a => a.Role == "graphic", ct));
        Assert.True(await db.Journals.AllAsync(j => j.HealthProfessionalGate, ct));
    }
}
