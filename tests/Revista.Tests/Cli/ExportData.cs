using Microsoft.Data.Sqlite;
using Revista.Tests.Crossref;
using Revista.Web.Commands;
using static Revista.Tests.Ingest.JatsFixtures;

namespace Revista.Tests.Cli;

/// <summary>
/// A data folder with two articles imported by `revista import`, shared by the export tests (they only read it):
/// id 1 is the small English test article (DOI 10.5555/test.1), id 2 the bilingual one with a translation DOI.
/// </summary>
public sealed class ExportData : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("revista-export-").FullName;

    public string Data => Path.Combine(Folder, "data");

    public string FirstSource { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        FirstSource = WriteFile(Folder, "sources/first.xml", Article());
        var second = WriteFile(Folder, "sources/bilingual.xml", CrossrefJats.Bilingual);
        foreach (var source in new[] { FirstSource, second })
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = await RevistaCommandLine.InvokeAsync(["import", source, "--data", Data], output, error);
            Assert.True(exit == 0, output + error.ToString());
        }
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
