using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Revista.Ingest;
using Revista.Jats;
using Revista.Storage;
using Revista.Tests.Infrastructure;

namespace Revista.Tests.Ingest;

/// <summary>
/// The whole shared corpus through the real importer, on each database: every article imports, what the XML holds
/// reaches the rows and the HTML, and a second run finds every article unchanged.
/// </summary>
public abstract class CorpusImportTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    public async ValueTask InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        await _database.MigrateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Every_corpus_article_imports_keeps_its_parts_and_reimports_unchanged()
    {
        var corpus = SharedCorpus.Require();
        var importer = new Importer(_database.CreateContext, new AssetStore(_database.Options.AssetDirectory), TimeProvider.System, ImportLimits.Default);

        var first = await ImportAllAsync(importer, corpus);
        var second = await ImportAllAsync(importer, corpus);

        Assert.Equal(236, first.Count);
        Assert.Empty(first.Where(r => r.Outcome == ImportOutcome.Failed).Select(r => $"{r.Source}: {r.Error}"));
        Assert.All(second, r => Assert.Equal(ImportOutcome.Unchanged, r.Outcome));

        await using var db = _database.CreateContext();
        foreach (var result in first.Where(r => r.Outcome == ImportOutcome.Imported))
            await AssertPartsArrivedAsync(db, result);
        // The two packages with real figure files get them stored and linked.
        var withAssets = first.Where(r => r.Source.Contains("with-assets", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, withAssets.Count);
        Assert.All(withAssets, r => Assert.DoesNotContain(r.Warnings, w => w.Message.Contains("not in the package", StringComparison.Ordinal)));
    }

    private static async Task<List<ImportResult>> ImportAllAsync(Importer importer, string corpus)
    {
        var results = new List<ImportResult>();
        foreach (var candidate in ImportPaths.Expand([corpus], ImportLimits.Default))
            results.Add(await importer.ImportAsync(candidate.Package!, null, Ct));
        return results;
    }

    /// <summary>Every ref, fig, table-wrap and disp-formula of the source is a row or an element id in the stored HTML.</summary>
    private static async Task AssertPartsArrivedAsync(Revista.Data.RevistaDb db, ImportResult result)
    {
        var version = await db.ArticleVersions.AsNoTracking().SingleAsync(v => v.ArticleId == result.ArticleId, Ct);
        var source = JatsXml.Parse(version.SourceXml, result.Source);
        var html = string.Concat(await db.ArticleFragments.AsNoTracking().Where(f => f.ArticleId == result.ArticleId).Select(f => f.Html).ToListAsync(Ct));
        var references = await db.References.CountAsync(r => r.ArticleId == result.ArticleId, Ct);

        Assert.True(Count(source, "ref") == references, $"{result.Source}: {Count(source, "ref")} refs in the XML, {references} rows");
        foreach (var name in new[] { "ref", "fig", "table-wrap", "disp-formula" })
        {
            foreach (var id in Ids(source, name))
                Assert.True(html.Contains($"id=\"{id}\"", StringComparison.Ordinal), $"{result.Source}: <{name} id=\"{id}\"> is not in the HTML");
        }
    }

    private static int Count(XDocument document, string name) => document.Descendants().Count(e => e.Name.LocalName == name);

    private static IEnumerable<string> Ids(XDocument document, string name) =>
        document.Descendants().Where(e => e.Name.LocalName == name).Select(e => (string?)e.Attribute("id")).OfType<string>();
}

public sealed class CorpusImportSqliteTests : CorpusImportTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class CorpusImportPostgresTests(PostgresServer server) : CorpusImportTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}
