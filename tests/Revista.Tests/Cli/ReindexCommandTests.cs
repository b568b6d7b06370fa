using Revista.Search;
using Revista.Web.Commands;
using static Revista.Tests.Search.SearchFixtures;

namespace Revista.Tests.Cli;

/// <summary>`revista reindex` rebuilds the search index, and refuses clearly while a server holds it.</summary>
public sealed class ReindexCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("revista-reindex-").FullName;

    private string Data => Path.Combine(_folder, "data");

    [Fact]
    public async Task Rebuilds_the_index_from_the_database()
    {
        await ImportAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await RevistaCommandLine.InvokeAsync(["reindex", "--data", Data], output, error);

        Assert.Equal(RevistaCommandLine.Success, exit);
        Assert.StartsWith("search index rebuilt: 2 articles in ", output.ToString(), StringComparison.Ordinal);
        using var index = new SearchIndex(Path.Combine(Data, SearchIndex.FolderName));
        index.Open();
        Assert.Equal(2, index.Search(new SearchQuery { Text = "vasculitis" }, new DateOnly(2030, 1, 1)).Total);
    }

    [Fact]
    public async Task Says_what_to_do_when_a_server_holds_the_index()
    {
        await ImportAsync();
        using var held = new SearchIndex(Path.Combine(Data, SearchIndex.FolderName));
        held.Open();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await RevistaCommandLine.InvokeAsync(["reindex", "--data", Data], output, error);

        Assert.Equal(RevistaCommandLine.SomeFailed, exit);
        Assert.Contains("in use by another process", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Nothing was changed.", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Says_what_to_do_when_another_process_holds_the_index()
    {
        await ImportAsync();
        Assert.Equal(0, await RevistaCommandLine.InvokeAsync(["reindex", "--data", Data], TextWriter.Null, TextWriter.Null));
        // util-linux's flock (essential in Debian) takes the same advisory lock a running server holds on the index.
        using var holder = System.Diagnostics.Process.Start("flock", [Path.Combine(Data, SearchIndex.FolderName, "revista.lock"), "sleep", "60"]);
        try
        {
            await WaitUntilHeldAsync(Path.Combine(Data, SearchIndex.FolderName, "revista.lock"));
            using var error = new StringWriter();

            var exit = await RevistaCommandLine.InvokeAsync(["reindex", "--data", Data], TextWriter.Null, error);

            Assert.Equal(RevistaCommandLine.SomeFailed, exit);
            Assert.Contains("in use by another process", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            holder.Kill();
        }
    }

    private static async Task WaitUntilHeldAsync(string path)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                return;
            }
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        Assert.Fail("flock did not take the lock within 5 s");
    }

    private async Task ImportAsync()
    {
        var files = new[] { new Paper("10.5555/r.1", "Small vessel vasculitis"), new Paper("10.5555/r.2", "Large vessel vasculitis") }
            .Select((paper, i) => Ingest.JatsFixtures.WriteFile(_folder, $"{i}.xml", JatsOf(paper)));
        using var output = new StringWriter();
        Assert.Equal(0, await RevistaCommandLine.InvokeAsync(["import", .. files, "--data", Data], output, output));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
