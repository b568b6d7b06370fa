using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;
using Revista.Ingest;
using Revista.Search;
using Revista.Storage;
using Revista.Tests.Infrastructure;
using static Revista.Tests.Search.SearchFixtures;

namespace Revista.Tests.Search;

/// <summary>Articles imported through the real importer are found by the words readers type, on both databases.</summary>
public abstract class SearchIndexTests : MigratedDatabaseTests
{
    private static readonly DateOnly Today = new(2026, 1, 1);
    private SearchIndex _index = null!;
    private SearchIndexer _indexer = null!;

    private string IndexPath => Path.Combine(Database.Options.DataDirectory, SearchIndex.FolderName);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        (_index, _indexer) = Open();
    }

    public override async ValueTask DisposeAsync()
    {
        _indexer.Dispose();
        _index.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private (SearchIndex, SearchIndexer) Open()
    {
        var index = new SearchIndex(IndexPath);
        return (index, new SearchIndexer(index, Database.CreateContext, TimeProvider.System));
    }

    private Task ImportAsync(params Paper[] papers) =>
        SearchFixtures.ImportAsync(
            new Importer(Database.CreateContext, new AssetStore(Database.Options.AssetDirectory), TimeProvider.System, ImportLimits.Default),
            Database.Options.DataDirectory, papers);

    private async Task<List<string>> FindAsync(string text, DateOnly? today = null, string? journal = null, int? from = null, int? to = null,
        SearchOrder order = SearchOrder.Relevance, int page = 1, int size = 20)
    {
        var results = _index.Search(new SearchQuery { Text = text, JournalSlug = journal, FromYear = from, ToYear = to, Order = order, Page = page, Size = size }, today ?? Today);
        await using var db = Database.CreateContext();
        var dois = await db.Articles.Where(a => results.ArticleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Doi!, Ct);
        return [.. results.ArticleIds.Select(id => dois[id])];
    }

    [Fact]
    public async Task Finds_an_article_by_words_of_its_title_abstract_keywords_body_and_authors()
    {
        await ImportAsync(
            new Paper("10.5555/s.1", "Gout in the ankle", Abstract: "Urate crystals were aspirated.", Body: "The synovial fluid was cloudy.", Surname: "Okonkwo", Keyword: "podagra"),
            new Paper("10.5555/s.2", "Lupus nephritis"));
        await _indexer.CatchUpAsync(Ct);

        foreach (var words in new[] { "gout", "urate", "synovial", "podagra", "okonkwo", "GOUT ankle" })
            Assert.Equal(["10.5555/s.1"], await FindAsync(words));
    }

    [Fact]
    public async Task Accents_and_spanish_plurals_do_not_matter()
    {
        await ImportAsync(new Paper("10.5555/s.1", "Heart disease", SpanishTitle: "Enfermedad del corazón", SpanishAbstract: "Una inflamación cardíaca.", Surname: "Núñez"));
        await _indexer.CatchUpAsync(Ct);

        foreach (var words in new[] { "corazon", "CORAZÓN", "enfermedades", "inflamacion", "cardiaca", "nunez", "Núñez" })
            Assert.Equal(["10.5555/s.1"], await FindAsync(words));
    }

    [Fact]
    public async Task Words_of_the_reference_list_are_not_indexed()
    {
        await ImportAsync(new Paper("10.5555/s.1", "Vasculitis", CitedTitle: "Sarcoidosis of the orbit"));
        await _indexer.CatchUpAsync(Ct);

        Assert.Empty(await FindAsync("sarcoidosis"));
        Assert.Equal(["10.5555/s.1"], await FindAsync("vasculitis"));
    }

    [Fact]
    public async Task All_words_are_required_and_quotes_find_a_phrase()
    {
        await ImportAsync(
            new Paper("10.5555/s.1", "Giant cell arteritis"),
            new Paper("10.5555/s.2", "Cell therapy for giant lesions"));
        await _indexer.CatchUpAsync(Ct);

        Assert.Equal(["10.5555/s.1", "10.5555/s.2"], (await FindAsync("giant cell")).Order());
        Assert.Equal(["10.5555/s.1"], await FindAsync("\"giant cell\""));
        Assert.Equal(["10.5555/s.1"], await FindAsync("giant cell arteritis"));
        Assert.Equal(["10.5555/s.2"], await FindAsync("giant -arteritis"));
        Assert.Equal(["10.5555/s.1", "10.5555/s.2"], (await FindAsync("arteritis OR therapy")).Order());
        Assert.Equal(["10.5555/s.1"], await FindAsync("arter*"));
    }

    [Theory]
    [InlineData("title:(", 0)]
    [InlineData("AND", 1)]
    [InlineData("scleroderma AND", 1)]
    [InlineData("\"unclosed", 0)]
    [InlineData("\"script writing", 1)]
    [InlineData("*", 0)]
    [InlineData("~~ ^^ [ ] { } : \\", 0)]
    [InlineData("-", 0)]
    [InlineData("<script>alert(1)</script>", 0)]
    public async Task Queries_that_do_not_parse_are_searched_as_words_not_errors(string text, int expected)
    {
        await ImportAsync(new Paper("10.5555/s.1", "Scleroderma and script writing"));
        await _indexer.CatchUpAsync(Ct);

        Assert.Equal(expected, (await FindAsync(text)).Count);
    }

    [Fact]
    public async Task A_doi_finds_its_article_however_it_is_written()
    {
        await ImportAsync(new Paper("10.5555/S.Upper-1", "Behçet disease"), new Paper("10.5555/s.2", "Another"));
        await _indexer.CatchUpAsync(Ct);

        foreach (var doi in new[] { "10.5555/S.Upper-1", "10.5555/s.upper-1", "doi:10.5555/s.upper-1", "https://doi.org/10.5555/S.UPPER-1", " https://dx.doi.org/10.5555/s.upper-1 " })
            Assert.Equal(["10.5555/S.Upper-1"], await FindAsync(doi));
    }

    [Fact]
    public async Task A_changed_article_is_found_by_its_new_words_and_a_deleted_one_is_gone()
    {
        await ImportAsync(new Paper("10.5555/s.1", "Polymyalgia rheumatica"), new Paper("10.5555/s.2", "Still disease"));
        await _indexer.CatchUpAsync(Ct);
        Assert.Single(await FindAsync("polymyalgia"));

        await ImportAsync(new Paper("10.5555/s.1", "Fibromyalgia revisited"));
        int stillId;
        await using (var db = Database.CreateContext())
            stillId = await db.Articles.Where(a => a.Doi == "10.5555/s.2").Select(a => a.Id).SingleAsync(Ct);
        await using (var db = Database.CreateContext())
            Assert.NotNull(await ArticleDeletion.DeleteAsync(db, stillId, DateTimeOffset.UtcNow, Ct));
        var run = await _indexer.CatchUpAsync(Ct);

        Assert.Equal(2, run.Applied);
        Assert.Empty(await FindAsync("polymyalgia"));
        Assert.Equal(["10.5555/s.1"], await FindAsync("fibromyalgia"));
        Assert.Empty(await FindAsync("still"));
    }

    [Fact]
    public async Task An_article_is_not_found_before_its_publication_date()
    {
        await ImportAsync(new Paper("10.5555/s.1", "Sjögren syndrome", Date: "2026-06-01"));
        await _indexer.CatchUpAsync(Ct);

        Assert.Empty(await FindAsync("sjogren", today: new DateOnly(2026, 5, 31)));
        Assert.Single(await FindAsync("sjogren", today: new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public async Task Journal_and_years_narrow_the_results_and_newest_first_orders_by_date()
    {
        await ImportAsync(
            new Paper("10.5555/s.1", "Osteoporosis screening", Journal: "Bone Journal", Date: "2019-03-01"),
            new Paper("10.5555/s.2", "Osteoporosis treatment", Journal: "Joint Journal", Date: "2023-03-01"),
            new Paper("10.5555/s.3", "Osteoporosis in men", Journal: "Joint Journal", Date: "2021-03-01"));
        await _indexer.CatchUpAsync(Ct);

        Assert.Equal(["10.5555/s.2", "10.5555/s.3"], (await FindAsync("osteoporosis", journal: "joint-journal")).Order());
        Assert.Equal(["10.5555/s.3"], await FindAsync("osteoporosis", from: 2020, to: 2022));
        Assert.Equal(["10.5555/s.1"], await FindAsync("osteoporosis", to: 2019));
        Assert.Equal(["10.5555/s.2", "10.5555/s.3", "10.5555/s.1"], await FindAsync("osteoporosis", order: SearchOrder.Newest));
        Assert.Equal(["10.5555/s.3"], await FindAsync("osteoporosis", order: SearchOrder.Newest, page: 2, size: 1));
    }

    [Fact]
    public async Task A_reopened_index_goes_on_from_its_position_and_a_lost_one_is_rebuilt()
    {
        await ImportAsync(new Paper("10.5555/s.1", "Psoriatic arthritis"), new Paper("10.5555/s.2", "Reactive arthritis"));
        Assert.Equal(2, (await _indexer.CatchUpAsync(Ct)).Rebuilt);
        _indexer.Dispose();
        _index.Dispose();

        (_index, _indexer) = Open();
        Assert.Equal(0, (await _indexer.CatchUpAsync(Ct)).Rebuilt);
        Assert.Equal(2, (await FindAsync("arthritis")).Count);
        _indexer.Dispose();
        _index.Dispose();

        Directory.Delete(IndexPath, recursive: true);
        (_index, _indexer) = Open();
        Assert.Equal(2, (await _indexer.CatchUpAsync(Ct)).Rebuilt);
        Assert.Equal(2, (await FindAsync("arthritis")).Count);
    }

    [Fact]
    public async Task A_change_committed_behind_the_position_is_still_applied()
    {
        // What PostgreSQL can do: a row's id is taken at insert, so a transaction that commits late leaves a row with a
        // smaller id than rows the indexer has already read. Here the first article's row is held back meanwhile.
        await _indexer.CatchUpAsync(Ct);
        await ImportAsync(new Paper("10.5555/s.1", "Uveitis"), new Paper("10.5555/s.2", "Scleritis"));
        SearchOutboxEntry held;
        await using (var db = Database.CreateContext())
        {
            held = await db.SearchOutbox.AsNoTracking().OrderBy(e => e.Id).FirstAsync(Ct);
            await db.SearchOutbox.Where(e => e.Id == held.Id).ExecuteDeleteAsync(Ct);
        }
        await _indexer.CatchUpAsync(Ct);
        Assert.Empty(await FindAsync("uveitis"));

        await using (var db = Database.CreateContext())
        {
            db.SearchOutbox.Add(new SearchOutboxEntry { Id = held.Id, ArticleId = held.ArticleId, CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(Ct);
        }
        await _indexer.CatchUpAsync(Ct);

        Assert.Equal(["10.5555/s.1"], await FindAsync("uveitis"));
    }

    [Fact]
    public async Task A_second_process_on_the_same_index_is_told_what_to_do()
    {
        await _indexer.CatchUpAsync(Ct);
        using var second = new SearchIndex(IndexPath);

        var problem = Assert.Throws<SearchIndexUnavailableException>(second.Open);

        Assert.Contains("in use by another process", problem.Message, StringComparison.Ordinal);
        Assert.Contains("--data", problem.Message, StringComparison.Ordinal);
    }
}

public sealed class SearchIndexSqliteTests : SearchIndexTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class SearchIndexPostgresTests(PostgresServer server) : SearchIndexTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}
