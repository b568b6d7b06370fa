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
public abstract class CorpusImportTests : MigratedDatabaseTests
{
    [Fact]
    public async Task Every_corpus_article_imports_keeps_its_parts_and_reimports_unchanged()
    {
        var corpus = SharedCorpus.Require();
        var importer = new Importer(Database.CreateContext, new AssetStore(Database.Options.AssetDirectory), TimeProvider.System, ImportLimits.Default);

        var first = await ImportAllAsync(importer, corpus);
        var second = await ImportAllAsync(importer, corpus);

        Assert.Equal(236, first.Count);
        Assert.Empty(first.Where(r => r.Outcome == ImportOutcome.Failed).Select(r => $"{r.Source}: {r.Error}"));
        Assert.All(second, r => Assert.Equal(ImportOutcome.Unchanged, r.Outcome));

        await using var db = Database.CreateContext();
        var articles = await db.Articles.AsNoTracking().Select(a => new { a.Id, a.CurrentVersionNumber }).ToListAsync(Ct);
        Assert.Equal(first.Select(r => r.ArticleId).Distinct().Count(), articles.Count);
        foreach (var article in articles)
            await AssertPartsArrivedAsync(db, article.Id, article.CurrentVersionNumber);
        // The two packages with real figure files get every image stored, sized and linked from the HTML.
        var withAssets = first.Where(r => r.Source.Contains("with-assets", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, withAssets.Count);
        foreach (var result in withAssets)
        {
            var images = Directory.GetFiles(Path.GetDirectoryName(result.Source)!).Where(f => !f.EndsWith(".xml", StringComparison.Ordinal)).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
            var stored = await db.ArticleAssets.AsNoTracking().Where(a => a.ArticleId == result.ArticleId).Include(a => a.StoredAsset).ToListAsync(Ct);
            Assert.Equal(images, stored.Select(a => a.StoredAsset!.OriginalFileName).Distinct().Order(StringComparer.Ordinal).ToList());
            Assert.All(stored, a => Assert.True(a.StoredAsset!.Width > 0 && a.StoredAsset.Height > 0, a.Href));
            var html = string.Concat(await db.ArticleFragments.AsNoTracking().Where(f => f.ArticleId == result.ArticleId).Select(f => f.Html).ToListAsync(Ct));
            // Formulas and tables given as MathML or XHTML as well show those instead; every figure shows its image.
            var figureHrefs = JatsXml.Parse(File.ReadAllBytes(result.Source), result.Source).Descendants().Where(e => e.Name.LocalName == "graphic" && e.Ancestors().Any(a => a.Name.LocalName == "fig"))
                .Select(e => (string?)e.Attribute(XName.Get("href", "http://www.w3.org/1999/xlink"))).ToHashSet(StringComparer.Ordinal);
            var figures = stored.Where(a => figureHrefs.Contains(a.Href)).ToList();
            Assert.NotEmpty(figures);
            Assert.All(figures, a => Assert.Contains($"/assets/{a.Sha256}/", html, StringComparison.Ordinal));
        }
    }

    private static async Task<List<ImportResult>> ImportAllAsync(Importer importer, string corpus)
    {
        var results = new List<ImportResult>();
        foreach (var candidate in ImportPaths.Expand([corpus], ImportLimits.Default))
            results.Add(await importer.ImportAsync(candidate, null, Ct));
        return results;
    }

    /// <summary>Every ref of the source is a row, and every ref, fig, table-wrap and disp-formula an element id in the stored HTML.</summary>
    private static async Task AssertPartsArrivedAsync(Revista.Data.RevistaDb db, int articleId, int currentVersion)
    {
        var version = await db.ArticleVersions.AsNoTracking().SingleAsync(v => v.ArticleId == articleId && v.Number == currentVersion, Ct);
        var source = JatsXml.Parse(version.SourceXml, version.SourceFileName);
        // Full text lives in the fragments; a graphical abstract's figure lives in the abstract's HTML.
        var html = string.Concat(await db.ArticleFragments.AsNoTracking().Where(f => f.ArticleId == articleId).Select(f => f.Html).ToListAsync(Ct))
            + string.Concat(await db.ArticleAbstracts.AsNoTracking().Where(a => a.ArticleId == articleId).Select(a => a.Html).ToListAsync(Ct));
        var references = await db.References.CountAsync(r => r.ArticleId == articleId, Ct);
        var where = version.SourceFileName;

        Assert.True(Count(source, "ref") == references, $"{where}: {Count(source, "ref")} refs in the XML, {references} rows");
        foreach (var name in new[] { "ref", "fig", "table-wrap", "disp-formula" })
        {
            foreach (var id in Ids(source, name))
                Assert.True(html.Contains($"id=\"{id}\"", StringComparison.Ordinal), $"{where}: <{name} id=\"{id}\"> is not in the HTML");
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
