using Revista.Citations;
using Revista.Ingest;
using Revista.Storage;
using Revista.Tests.Infrastructure;

namespace Revista.Tests.Citations;

/// <summary>
/// Real articles from each publisher of the shared corpus, and every reference they cite, exported to RIS, BibTeX and
/// CSL-JSON and read back by citation-js: each format gives back the fields the database holds.
/// </summary>
public sealed class CorpusExportTests : MigratedDatabaseTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());

    [Theory]
    [InlineData("ris")]
    [InlineData("bibtex")]
    [InlineData("csl")]
    public async Task Corpus_articles_and_their_references_read_back_the_same_in_citation_js(string format)
    {
        var corpus = SharedCorpus.Require();
        var importer = new Importer(Database.CreateContext, new AssetStore(Database.Options.AssetDirectory), TimeProvider.System, ImportLimits.Default);
        // The first files of each publisher's folder: PLOS, SciELO (with translations) and eLife.
        var files = Directory.GetDirectories(corpus).Order(StringComparer.Ordinal)
            .SelectMany(folder => Directory.GetFiles(folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(4))
            .ToList();
        foreach (var candidate in ImportPaths.Expand([.. files], ImportLimits.Default))
            Assert.NotEqual(ImportOutcome.Failed, (await importer.ImportAsync(candidate, null, Ct)).Outcome);

        await using var db = Database.CreateContext();
        var records = (await CitationRecords.ForArticlesAsync(db, db.Articles.OrderBy(a => a.Id), _ => ("https://example.org/a", null), Ct)).ToList();
        foreach (var id in db.Articles.Select(a => a.Id).ToList())
            records.AddRange(await CitationRecords.ForReferencesAsync(db, id, Ct));
        Assert.True(records.Count > 100, $"only {records.Count} records");

        var text = CitationJs.Write(format, records);
        var items = await CitationJs.ReadAsync(text, format);

        Assert.Equal(records.Count, items.Count);
        for (var i = 0; i < records.Count; i++)
            CitationJsRoundTripTests.AssertSameWork(records[i], items[i]!, format);
    }
}
