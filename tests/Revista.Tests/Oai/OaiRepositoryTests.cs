using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Jats;
using Revista.Oai;
using Revista.Tests.Infrastructure;
using static Revista.Tests.Articles.SampleArticles;

namespace Revista.Tests.Oai;

/// <summary>The OAI-PMH engine over real SQL on both databases: keyset paging, date bounds, sets, deleted records.</summary>
public abstract class OaiRepositoryTests : MigratedDatabaseTests
{
    private static readonly XNamespace O = "http://www.openarchives.org/OAI/2.0/";
    private static readonly DateTimeOffset Noon = new(2024, 3, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Lists_every_record_once_across_resumption_tokens_with_cursor_and_complete_list_size()
    {
        // Three share one datestamp, so the article id must break the tie inside and across pages.
        int[] seconds = [5, 1, 3, 3, 3, 9, 7];
        var ids = new List<int>();
        foreach (var (second, i) in seconds.Select((s, i) => (s, i)))
            ids.Add(await ImportAsync($"10.5555/page.{i}", Noon.AddSeconds(second)));

        var seen = new List<string>();
        var cursors = new List<string>();
        string? token = null;
        for (var page = 0; page < 10; page++)
        {
            var response = await RespondAsync(3, token is null
                ? [("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc")]
                : [("verb", "ListIdentifiers"), ("resumptionToken", token)]);
            seen.AddRange(response.Descendants(O + "identifier").Select(i => i.Value));
            var next = response.Descendants(O + "resumptionToken").SingleOrDefault();
            Assert.NotNull(next);
            Assert.Equal("7", next.Attribute("completeListSize")?.Value);
            cursors.Add(next.Attribute("cursor")!.Value);
            token = next.Value;
            if (token.Length == 0)
                break;
        }

        var expected = ids.Zip(seconds).OrderBy(p => p.Second).ThenBy(p => p.First).Select(p => "oai:journals.example.org:" + p.First);
        Assert.Equal(expected, seen);
        Assert.Equal(["0", "3", "6"], cursors);
    }

    [Fact]
    public async Task A_list_that_fits_one_page_has_no_resumption_token()
    {
        await ImportAsync("10.5555/one", Noon);

        var response = await RespondAsync(100, [("verb", "ListRecords"), ("metadataPrefix", "oai_dc")]);

        Assert.Single(response.Descendants(O + "record"));
        Assert.Empty(response.Descendants(O + "resumptionToken"));
    }

    [Theory]
    [InlineData("2024-03-05T12:00:00Z", "2024-03-05T12:00:00Z", true)]
    [InlineData("2024-03-05T12:00:01Z", null, false)]
    [InlineData(null, "2024-03-05T11:59:59Z", false)]
    [InlineData("2024-03-05", "2024-03-05", true)]
    [InlineData("2024-03-06", null, false)]
    [InlineData(null, "2024-03-04", false)]
    public async Task From_and_until_include_the_whole_second_or_day_they_name(string? from, string? until, bool included)
    {
        // Stored times keep their fraction; the datestamp shows 12:00:00 and must match a bound of 12:00:00.
        await ImportAsync("10.5555/bounds", Noon.AddMilliseconds(500));
        List<(string, string)> arguments = [("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc")];
        if (from is not null)
            arguments.Add(("from", from));
        if (until is not null)
            arguments.Add(("until", until));

        var response = await RespondAsync(100, [.. arguments]);

        Assert.Equal(included ? 1 : 0, response.Descendants(O + "header").Count());
        Assert.Equal(included ? null : OaiError.NoRecordsMatch, response.Descendants(O + "error").SingleOrDefault()?.Attribute("code")?.Value);
    }

    [Fact]
    public async Task Sets_select_a_journal_and_one_of_its_sections()
    {
        var original = await ImportAsync("10.5555/sec.1", Noon);
        var other = await ImportAsync("10.5555/sec.2", Noon, Article(doi: "10.5555/sec.2") with { Section = "Editorial", Subjects = [new JatsSubject("heading", "Editorial")] });
        await using var db = Database.CreateContext();
        var slug = await db.Journals.Select(j => j.Slug).SingleAsync(Ct);
        var sectionId = await db.Articles.Where(a => a.Id == other).Select(a => a.SectionId).SingleAsync(Ct);

        var journal = await RespondAsync(100, [("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc"), ("set", slug)]);
        var section = await RespondAsync(100, [("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc"), ("set", $"{slug}:{sectionId}")]);
        var sets = await RespondAsync(100, [("verb", "ListSets")]);

        Assert.Equal(2, journal.Descendants(O + "header").Count());
        Assert.Equal(["oai:journals.example.org:" + other], section.Descendants(O + "identifier").Select(i => i.Value));
        Assert.Equal([slug, $"{slug}:{sectionId}"], section.Descendants(O + "setSpec").Select(s => s.Value));
        var specs = sets.Descendants(O + "setSpec").Select(s => s.Value).ToList();
        Assert.Equal(3, specs.Count);
        // Every child set's parent is listed too (OAI-PMH 2.0 §4.6).
        Assert.All(specs.Where(s => s.Contains(':', StringComparison.Ordinal)), s => Assert.Contains(s[..s.IndexOf(':', StringComparison.Ordinal)], specs));
        Assert.NotEqual(original, other);
    }

    [Fact]
    public async Task A_deleted_article_stays_as_a_deleted_record_without_metadata()
    {
        var kept = await ImportAsync("10.5555/kept", Noon);
        var deleted = await ImportAsync("10.5555/gone", Noon);
        await using (var db = Database.CreateContext())
            Assert.NotNull(await ArticleDeletion.DeleteAsync(db, deleted, Noon.AddDays(1), Ct));

        var list = await RespondAsync(100, [("verb", "ListRecords"), ("metadataPrefix", "oai_dc")]);
        var record = await RespondAsync(100, [("verb", "GetRecord"), ("metadataPrefix", "oai_dc"), ("identifier", "oai:journals.example.org:" + deleted)]);
        var since = await RespondAsync(100, [("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc"), ("from", "2024-03-06")]);

        var headers = list.Descendants(O + "header").ToList();
        Assert.Equal(["oai:journals.example.org:" + kept, "oai:journals.example.org:" + deleted], headers.Select(h => h.Element(O + "identifier")!.Value));
        Assert.Equal([null, "deleted"], headers.Select(h => h.Attribute("status")?.Value));
        Assert.Single(list.Descendants(O + "metadata"));
        Assert.Equal("deleted", record.Descendants(O + "header").Single().Attribute("status")?.Value);
        Assert.Empty(record.Descendants(O + "metadata"));
        Assert.Equal("2024-03-06T12:00:00Z", since.Descendants(O + "datestamp").Single().Value);
        await using var check = Database.CreateContext();
        Assert.False(await check.Articles.AnyAsync(a => a.Id == deleted, Ct));
        Assert.False(await check.Contributors.AnyAsync(c => c.ArticleId == deleted, Ct));
        Assert.False(await check.ArticleVersions.AnyAsync(v => v.ArticleId == deleted, Ct));
        Assert.True(await check.SearchOutbox.AnyAsync(e => e.ArticleId == deleted && e.Operation == "delete", Ct));
    }

    [Fact]
    public async Task Deleting_an_article_that_does_not_exist_changes_nothing()
    {
        await using var db = Database.CreateContext();

        Assert.Null(await ArticleDeletion.DeleteAsync(db, 4242, Noon, Ct));
        Assert.False(await db.OaiDeletedRecords.AnyAsync(Ct));
    }

    [Fact]
    public async Task An_edited_resumption_token_is_refused()
    {
        for (var i = 0; i < 3; i++)
            await ImportAsync($"10.5555/token.{i}", Noon.AddSeconds(i));
        var first = await RespondAsync(2, [("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc")]);
        var token = first.Descendants(O + "resumptionToken").Single().Value;
        var edited = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        var response = await RespondAsync(2, [("verb", "ListIdentifiers"), ("resumptionToken", edited)]);

        Assert.Equal(OaiError.BadResumptionToken, response.Descendants(O + "error").Single().Attribute("code")?.Value);
    }

    [Fact]
    public async Task An_empty_repository_has_no_set_hierarchy_and_no_records()
    {
        var sets = await RespondAsync(100, [("verb", "ListSets")]);
        var records = await RespondAsync(100, [("verb", "ListRecords"), ("metadataPrefix", "oai_dc")]);

        Assert.Equal(OaiError.NoSetHierarchy, sets.Descendants(O + "error").Single().Attribute("code")?.Value);
        Assert.Equal(OaiError.NoRecordsMatch, records.Descendants(O + "error").Single().Attribute("code")?.Value);
    }

    [Fact]
    public async Task An_article_dated_after_today_is_not_disseminated_yet()
    {
        await ImportAsync("10.5555/future", Noon, Article(doi: "10.5555/future") with { PubDates = [new JatsDate { Type = "epub", Year = 2099, Month = 1, Day = 1 }] });

        var response = await RespondAsync(100, [("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc")]);

        Assert.Equal(OaiError.NoRecordsMatch, response.Descendants(O + "error").Single().Attribute("code")?.Value);
    }

    [Fact]
    public async Task An_article_imported_before_its_day_is_stamped_with_that_day_so_incremental_harvests_collect_it()
    {
        // Imported on 2024-12-20 (SampleArticles.Now is earlier still), dated 2024-12-31; the repository's today is 2025-01-01.
        await using (var db = Database.CreateContext())
        {
            var dated = Article(doi: "10.5555/dated") with { PubDates = [new JatsDate { Type = "epub", Year = 2024, Month = 12, Day = 31 }] };
            await ArticleUpsert.UpsertAsync(db, Input(dated, "<article>dated</article>") with { Now = new DateTimeOffset(2024, 12, 20, 9, 0, 0, TimeSpan.Zero) }, Ct);
        }

        // A harvester that last ran on 2024-12-25 asks for what changed since.
        var response = await RespondAsync(100, [("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc"), ("from", "2024-12-25")]);

        Assert.Equal("2024-12-31T00:00:00Z", response.Descendants(O + "datestamp").Single().Value);
    }

    private async Task<XDocument> RespondAsync(int pageSize, params (string Key, string Value)[] arguments)
    {
        await using var db = Database.CreateContext();
        var info = new OaiRepositoryInfo("Test", "https://journals.example.org/oai", "https://journals.example.org", "journals.example.org", "oai@journals.example.org", pageSize);
        var clock = new FixedClock(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return await new OaiRepository(db, info, clock).RespondAsync([.. arguments.Select(a => KeyValuePair.Create(a.Key, a.Value))], Ct);
    }

    private async Task<int> ImportAsync(string doi, DateTimeOffset updatedAt, JatsArticle? article = null)
    {
        await using var db = Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        var result = await ArticleUpsert.UpsertAsync(db, Input(article ?? Article(doi: doi), $"<article>{doi}</article>"), Ct);
        await transaction.CommitAsync(Ct);
        await db.Articles.Where(a => a.Id == result.ArticleId).ExecuteUpdateAsync(s => s.SetProperty(a => a.UpdatedAt, updatedAt), Ct);
        return result.ArticleId;
    }
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

public sealed class OaiRepositorySqliteTests : OaiRepositoryTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class OaiRepositoryPostgresTests(PostgresServer server) : OaiRepositoryTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}
