using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Revista.Data;
using Revista.Ingest;
using Revista.Storage;
using Revista.Tests.Infrastructure;
using Revista.Tests.Storage;
using static Revista.Tests.Ingest.JatsFixtures;

namespace Revista.Tests.Ingest;

/// <summary>The whole import of one package, on each real database: rows, files, versions, and nothing left behind on failure.</summary>
public abstract class ImporterTests : MigratedDatabaseTests
{
    private readonly string _packages = Directory.CreateTempSubdirectory("revista-packages-").FullName;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_packages, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Imports_a_zip_with_its_figure_and_links_the_figure_from_the_html()
    {
        var zip = WriteZip(_packages, "a.zip", ("article.xml", Utf8(Article())), ("fig1.png", ImageBytes.Png(40, 30)));

        var result = await ImportAsync(zip);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Empty(result.Warnings);
        await using var db = Database.CreateContext();
        var asset = await db.ArticleAssets.Include(a => a.StoredAsset).SingleAsync(Ct);
        Assert.Equal("fig1", asset.Href);
        Assert.Equal(("image/png", 40, 30), (asset.StoredAsset!.MediaType, asset.StoredAsset.Width, asset.StoredAsset.Height));
        var html = (await db.ArticleFragments.SingleAsync(Ct)).Html;
        Assert.Contains($"/assets/{asset.Sha256}/fig1.png", html, StringComparison.Ordinal);
        Assert.True(Store().Exists(asset.Sha256));
    }

    [Fact]
    public async Task Importing_the_same_package_again_changes_nothing()
    {
        var zip = WriteZip(_packages, "a.zip", ("article.xml", Utf8(Article())), ("fig1.png", ImageBytes.Png(4, 3)));
        await ImportAsync(zip);
        var before = await CountsAsync();
        var filesBefore = AssetFiles();

        var again = await ImportAsync(zip);

        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(filesBefore, AssetFiles());
    }

    [Fact]
    public async Task A_changed_xml_becomes_version_two_of_the_same_article()
    {
        var first = WriteFile(_packages, "v1/article.xml", Article(title: "First title"));
        var second = WriteFile(_packages, "v2/article.xml", Article(title: "Second title"));
        await ImportAsync(first);

        var result = await ImportAsync(second);

        Assert.Equal(ImportOutcome.Updated, result.Outcome);
        Assert.Equal(2, result.Version);
        await using var db = Database.CreateContext();
        var article = await db.Articles.SingleAsync(Ct);
        Assert.Equal("Second title", article.Title);
        Assert.Equal(2, await db.ArticleVersions.CountAsync(Ct));
        Assert.Equal(1, await db.References.CountAsync(Ct));
    }

    [Fact]
    public async Task A_failure_after_the_rows_were_written_leaves_no_row_and_no_file()
    {
        var zip = WriteZip(_packages, "a.zip", ("article.xml", Utf8(Article())), ("fig1.png", ImageBytes.Png(4, 3)));
        // The outbox row is written by the upsert's last save: by then every article row is in the transaction.
        var failing = new FailOnCommand("SearchOutbox");
        var importer = new Importer(() => RevistaDatabase.Create(Database.Options, [failing]), Store(), TimeProvider.System, ImportLimits.Default);

        var result = await importer.ImportAsync(Single(zip), null, Ct);

        Assert.True(failing.Fired);
        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.All(await CountsAsync(), pair => Assert.Equal(0, pair.Value));
        Assert.Empty(AssetFiles());
    }

    [Fact]
    public async Task A_graphic_that_points_outside_the_package_fails_the_article_cleanly()
    {
        var xml = WriteFile(_packages, "evil/article.xml", Article(graphicHref: "../../../etc/passwd"));

        var result = await ImportAsync(xml);

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.Contains("../../../etc/passwd", result.Error, StringComparison.Ordinal);
        Assert.All(await CountsAsync(), pair => Assert.Equal(0, pair.Value));
        Assert.Empty(AssetFiles());
    }

    [Fact]
    public async Task A_missing_figure_file_is_a_warning_not_a_failure()
    {
        var xml = WriteFile(_packages, "nofig/article.xml", Article());

        var result = await ImportAsync(xml);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Contains(result.Warnings, w => w.Message.StartsWith("1 file named by the XML not in the package: \"fig1\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<article><front></article>", "line")]
    [InlineData("<html><body>not jats</body></html>", "html")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE article [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><article><front/><body><p>&b;</p></body></article>""", "b")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE article [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><article><front/><body><p>&xxe;</p></body></article>""", "xxe")]
    public async Task Bad_xml_fails_with_a_reason_and_writes_nothing(string xml, string expectedInMessage)
    {
        var path = WriteFile(_packages, "bad/article.xml", xml);

        var result = await ImportAsync(path);

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.Contains(expectedInMessage, result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("root:", result.Error, StringComparison.Ordinal);
        Assert.All(await CountsAsync(), pair => Assert.Equal(0, pair.Value));
    }

    [Fact]
    public async Task Invalid_utf8_fails_with_a_reason()
    {
        var bytes = Utf8(Article()).ToList();
        bytes.InsertRange(bytes.Count - 20, new byte[] { 0xC3, 0x28, 0xFF });
        var path = Path.Combine(_packages, "latin.xml");
        await File.WriteAllBytesAsync(path, bytes.ToArray(), Ct);

        var result = await ImportAsync(path);

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.Contains("UTF-8", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    private Task<ImportResult> ImportAsync(string path) =>
        new Importer(() => Database.CreateContext(), Store(), TimeProvider.System, ImportLimits.Default).ImportAsync(Single(path), null, Ct);

    private static ArticlePackage Single(string path) => Assert.Single(ImportPaths.Expand([path], ImportLimits.Default)).Package!;

    private AssetStore Store() => new(Database.Options.AssetDirectory);

    private string[] AssetFiles() => Directory.Exists(Database.Options.AssetDirectory)
        ? Directory.GetFiles(Database.Options.AssetDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
        : [];

    private async Task<SortedDictionary<string, int>> CountsAsync()
    {
        await using var db = Database.CreateContext();
        return await TableCounts.ReadAsync(db);
    }

    /// <summary>Throws when a command touches the named table, as a lost connection or a full disk would.</summary>
    private sealed class FailOnCommand(string table) : DbCommandInterceptor
    {
        public bool Fired { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains(table, StringComparison.Ordinal) && command.CommandText.Contains("INSERT", StringComparison.Ordinal))
            {
                Fired = true;
                throw new InvalidOperationException("simulated failure half-way through the import");
            }
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

public sealed class ImporterSqliteTests : ImporterTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class ImporterPostgresTests(PostgresServer server) : ImporterTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}
