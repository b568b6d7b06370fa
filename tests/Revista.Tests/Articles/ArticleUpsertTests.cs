using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;
using Revista.Jats;
using Revista.Storage;
using Revista.Tests.Infrastructure;
using static Revista.Tests.Articles.SampleArticles;

namespace Revista.Tests.Articles;

/// <summary>The article upsert against real databases; each test gets a fresh, migrated Database of its provider.</summary>
public abstract class ArticleUpsertTests : MigratedDatabaseTests
{
    private const string JpegSha256 = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string XlsxSha256 = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    [Fact]
    public async Task Imports_a_new_article_with_its_journal_issue_section_version_and_rows()
    {
        var input = Input(Article(), assets: [Figure(JpegSha256), new ImportedAsset("mmc1.xlsx", "supplement", "s1", XlsxSha256, 99, MediaTypes.Xlsx, null, null, "mmc1.xlsx")]);

        var result = await UpsertCommittedAsync(input);

        Assert.Equal(ArticleUpsertOutcome.Imported, result.Outcome);
        Assert.Equal(1, result.VersionNumber);
        Assert.Equal("rev-prueb-clin", result.JournalSlug);
        await using var db = Database.CreateContext();
        var article = await db.Articles.Include(a => a.Journal).Include(a => a.Issue).Include(a => a.Section).SingleAsync(Ct);
        Assert.Equal(result.ArticleId, article.Id);
        Assert.Equal("10.5555/rpc.2014.0042", article.Doi);
        Assert.Equal("RPC-42", article.PublisherId);
        Assert.Equal("24000042", article.Pmid);
        Assert.Equal("Efecto del ejercicio en la <i>artritis</i>", article.TitleHtml);
        Assert.Equal(new DateOnly(2014, 8, 20), article.PublishedOn);
        Assert.Equal("20 August 2014", article.DateLabel);
        Assert.Equal(271, article.PageOrder);
        Assert.Equal(Revista.Articles.Article.OpenAccess, article.AccessStatus);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", article.LicenseUrl);
        Assert.Equal(Now, article.UpdatedAt);

        var journal = article.Journal!;
        Assert.Equal("Revista de Pruebas Clínicas", journal.Title);
        Assert.Equal("1234-5679", journal.PrintIssn);
        Assert.Equal("2345-678X", journal.ElectronicIssn);
        Assert.Equal(["es"], journal.Languages);
        Assert.Equal([new Revista.Journals.JournalTitle("en", "Journal of Clinical Trials")], journal.TransTitles);
        Assert.Equal(2, await db.JournalIdentifiers.CountAsync(i => i.JournalId == journal.Id, Ct));

        Assert.Equal(("10", "5", 2014, "September - October 2014"), (article.Issue!.Volume, article.Issue.Number, article.Issue.Year, article.Issue.DateLabel));
        Assert.Equal(new DateOnly(2014, 9, 1), article.Issue.PublishedOn);
        Assert.Equal(("Originales", 1), (article.Section!.Title, article.Section.Position));

        var version = await db.ArticleVersions.SingleAsync(Ct);
        Assert.Equal(input.SourceXml, version.SourceXml);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(input.SourceXml)), version.XmlSha256);

        var contributors = await db.Contributors.Where(c => c.SubArticleId == null).OrderBy(c => c.Position).ToListAsync(Ct);
        Assert.Equal(["Meritxell Sallés", "Wang Wei", "Grupo de Estudio ARTEX"], contributors.Select(c => c.DisplayName));
        Assert.Equal(["aff1", "aff2"], contributors[1].AffiliationIds);
        Assert.Equal(["msalles@example.org"], contributors[0].Emails);
        Assert.Equal("https://credit.niso.org/contributor-roles/writing-original-draft/", Assert.Single(contributors[0].Roles).VocabIdentifier);
        Assert.Equal("sa1", (await db.Contributors.SingleAsync(c => c.SubArticleId != null, Ct)).SubArticleId);

        Assert.Equal("https://ror.org/02a2kzf50", (await db.Affiliations.SingleAsync(a => a.XmlId == "aff1", Ct)).Ror);
        var references = await db.References.OrderBy(r => r.Position).ToListAsync(Ct);
        Assert.Equal(["bib1", "bib2"], references.Select(r => r.XmlId));
        Assert.Equal("Smith", references[0].Authors[0].Surname);
        Assert.Equal("WHO", references[1].Authors[0].Collab);

        var translation = await db.Translations.SingleAsync(Ct);
        Assert.Equal(("en", "sa1", "Effect of exercise in <i>arthritis</i>", "<p>Abstract.</p>"), (translation.Language, translation.SubArticleId, translation.TitleHtml, translation.AbstractHtml));
        Assert.Equal(["Arthritis", "Exercise"], translation.Keywords);
        Assert.Equal(4, await db.Keywords.CountAsync(Ct));
        Assert.Equal(2, await db.ArticleAbstracts.CountAsync(Ct));
        Assert.Equal(["epub", "ppub", "received", "accepted"], await db.ArticleDates.OrderBy(d => d.Position).Select(d => d.Type).ToListAsync(Ct));
        Assert.Equal("2014-08-20", (await db.ArticleDates.SingleAsync(d => d.Type == "epub", Ct)).Iso);
        Assert.Equal([ArticleNote.AuthorNote, ArticleNote.Footnote, ArticleNote.Note], await db.ArticleNotes.OrderBy(n => n.Position).Select(n => n.Kind).ToListAsync(Ct));
        Assert.Equal(["PI12/00001"], (await db.ArticleFunding.SingleAsync(Ct)).AwardIds);
        Assert.Equal(2, await db.ArticleFragments.CountAsync(f => f.RendererVersion == JatsHtml.RendererVersion, Ct));

        var assets = await db.ArticleAssets.OrderBy(a => a.Position).ToListAsync(Ct);
        Assert.Equal(("Figura 1", "Diseño del <b>estudio</b>.", 640), (assets[0].Label, assets[0].CaptionHtml, assets[0].Width));
        Assert.Equal(("Material adicional", "supplement"), (assets[1].Label, assets[1].Role));
        Assert.Equal(2, await db.StoredAssets.CountAsync(Ct));

        var outbox = await db.SearchOutbox.SingleAsync(Ct);
        Assert.Equal((article.Id, SearchOutboxEntry.Upsert), (outbox.ArticleId, outbox.Operation));
    }

    [Fact]
    public async Task Reimporting_identical_xml_is_unchanged_and_writes_nothing()
    {
        var first = await UpsertCommittedAsync(Input(Article(), assets: [Figure(JpegSha256)]));
        SortedDictionary<string, int> before;
        await using (var db = Database.CreateContext())
            before = await TableCounts.ReadAsync(db);

        await using (var db = Database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            var again = await ArticleUpsert.UpsertAsync(db, Input(Article(), assets: [Figure(JpegSha256)]), Ct);
            Assert.Equal(new ArticleUpsertResult(ArticleUpsertOutcome.Unchanged, first.ArticleId, 1, first.JournalSlug), again);
            Assert.False(db.ChangeTracker.HasChanges());
            await transaction.CommitAsync(Ct);
        }

        await using var check = Database.CreateContext();
        Assert.Equal(before, await TableCounts.ReadAsync(check));
        Assert.Equal(Now, (await check.Articles.SingleAsync(Ct)).UpdatedAt);
    }

    [Fact]
    public async Task Changed_xml_adds_version_2_and_replaces_the_rows_instead_of_adding_to_them()
    {
        var first = await UpsertCommittedAsync(Input(Article(), "<article>uno</article>", assets: [Figure(JpegSha256)]));
        var revised = Article() with
        {
            Title = new JatsText("Título corregido", "Título corregido"),
            Contributors = [new JatsContributor { Surname = "Sallés", GivenNames = "Meritxell" }],
            Volume = null,
            Issue = null,
            Section = null,
        };

        var second = await UpsertCommittedAsync(Input(revised, "<article>dos</article>", assets: [Figure(JpegSha256)]));

        Assert.Equal(new ArticleUpsertResult(ArticleUpsertOutcome.Updated, first.ArticleId, 2, first.JournalSlug), second);
        await using var db = Database.CreateContext();
        var article = await db.Articles.SingleAsync(Ct);
        Assert.Equal(("Título corregido", 2), (article.Title, article.CurrentVersionNumber));
        Assert.Null(article.IssueId);
        Assert.Null(article.SectionId);
        Assert.Equal(["<article>uno</article>", "<article>dos</article>"],
            (await db.ArticleVersions.OrderBy(v => v.Number).Select(v => v.SourceXml).ToListAsync(Ct)).Select(System.Text.Encoding.UTF8.GetString));
        Assert.Equal(1, await db.Contributors.CountAsync(c => c.SubArticleId == null, Ct));
        Assert.Equal(2, await db.References.CountAsync(Ct));
        Assert.Equal(1, await db.ArticleAssets.CountAsync(Ct));
        Assert.Equal(1, await db.StoredAssets.CountAsync(Ct));
        Assert.Equal(2, await db.ArticleFragments.CountAsync(Ct));
        Assert.Equal(["<section><p>Texto dos.</p></section>", "<section><p>Text dos.</p></section>"], await db.ArticleFragments.OrderBy(f => f.Id).Select(f => f.Html).ToListAsync(Ct));
        Assert.Equal(2, await db.SearchOutbox.CountAsync(e => e.ArticleId == article.Id, Ct));
    }

    [Fact]
    public async Task Changed_xml_in_the_same_context_replaces_rows_the_context_still_tracks()
    {
        await using var db = Database.CreateContext();
        await ArticleUpsert.UpsertAsync(db, Input(Article(), "<article>uno</article>"), Ct);
        var revised = Article() with { References = [] };

        var second = await ArticleUpsert.UpsertAsync(db, Input(revised, "<article>dos</article>"), Ct);

        Assert.Equal(ArticleUpsertOutcome.Updated, second.Outcome);
        await using var check = Database.CreateContext();
        Assert.Equal(0, await check.References.CountAsync(Ct));
        Assert.Equal(3, await check.Contributors.CountAsync(c => c.SubArticleId == null, Ct));
    }

    [Fact]
    public async Task Doi_matching_ignores_case_and_resolver_prefixes()
    {
        var first = await UpsertCommittedAsync(Input(Article(doi: "10.5555/RPC.2014.0042", publisherId: null)));

        var second = await UpsertCommittedAsync(Input(Article(doi: "https://doi.org/10.5555/rpc.2014.0042", publisherId: null), "<article>dos</article>"));

        Assert.Equal((ArticleUpsertOutcome.Updated, first.ArticleId), (second.Outcome, second.ArticleId));
        await using var db = Database.CreateContext();
        var article = await db.Articles.SingleAsync(Ct);
        Assert.Equal(("10.5555/rpc.2014.0042", "10.5555/rpc.2014.0042"), (article.Doi, article.DoiKey));
    }

    [Fact]
    public async Task Publisher_id_matches_an_article_without_doi_only_within_the_same_journal()
    {
        var first = await UpsertCommittedAsync(Input(Article(doi: null, publisherId: "S0001")));
        var otherJournal = Journal(title: "Otra Revista", printIssn: "0000-0019", electronicIssn: null, abbreviation: "Otra Rev");

        var sameJournal = await UpsertCommittedAsync(Input(Article(doi: null, publisherId: "S0001"), "<article>dos</article>"));
        var elsewhere = await UpsertCommittedAsync(Input(Article(doi: null, publisherId: "S0001", journal: otherJournal), "<article>tres</article>"));

        Assert.Equal((ArticleUpsertOutcome.Updated, first.ArticleId), (sameJournal.Outcome, sameJournal.ArticleId));
        Assert.Equal(ArticleUpsertOutcome.Imported, elsewhere.Outcome);
        Assert.NotEqual(first.JournalSlug, elsewhere.JournalSlug);
    }

    [Fact]
    public async Task Publisher_id_does_not_merge_articles_with_different_dois()
    {
        await UpsertCommittedAsync(Input(Article(doi: "10.5555/one", publisherId: "S0001")));

        var second = await UpsertCommittedAsync(Input(Article(doi: "10.5555/two", publisherId: "S0001"), "<article>dos</article>"));

        Assert.Equal(ArticleUpsertOutcome.Imported, second.Outcome);
    }

    [Fact]
    public async Task Journal_is_matched_by_either_issn_whatever_its_title()
    {
        var first = await UpsertCommittedAsync(Input(Article(doi: "10.5555/one")));
        var renamed = Journal(title: "Rev. Pruebas Clín.", printIssn: null, electronicIssn: "1234-5679", abbreviation: "Otra");

        var second = await UpsertCommittedAsync(Input(Article(doi: "10.5555/two", journal: renamed), "<article>dos</article>"));

        Assert.Equal(first.JournalSlug, second.JournalSlug);
        await using var db = Database.CreateContext();
        var journal = await db.Journals.SingleAsync(Ct);
        Assert.Equal("Revista de Pruebas Clínicas", journal.Title);
    }

    [Fact]
    public async Task Journal_without_issn_is_matched_by_journal_id_and_fills_in_its_issn_later()
    {
        var noIssn = Journal(printIssn: null, electronicIssn: null);
        var first = await UpsertCommittedAsync(Input(Article(doi: "10.5555/one", journal: noIssn)));

        var second = await UpsertCommittedAsync(Input(Article(doi: "10.5555/two"), "<article>dos</article>"));

        Assert.Equal(first.JournalSlug, second.JournalSlug);
        await using var db = Database.CreateContext();
        var journal = await db.Journals.SingleAsync(Ct);
        Assert.Equal(("1234-5679", "2345-678X"), (journal.PrintIssn, journal.ElectronicIssn));
        Assert.Equal(2, await db.JournalIdentifiers.CountAsync(Ct));
    }

    [Fact]
    public async Task Journals_with_other_issns_get_their_own_unique_slug()
    {
        var first = await UpsertCommittedAsync(Input(Article(doi: "10.5555/one")));
        var namesake = Journal(printIssn: "0000-0019", electronicIssn: null);

        var second = await UpsertCommittedAsync(Input(Article(doi: "10.5555/two", journal: namesake), "<article>dos</article>"));

        Assert.Equal(("rev-prueb-clin", "rev-prueb-clin-2"), (first.JournalSlug, second.JournalSlug));
    }

    [Fact]
    public async Task A_journal_slug_given_by_the_caller_is_created_then_reused()
    {
        var first = await UpsertCommittedAsync(Input(Article(doi: "10.5555/one"), journalSlug: "pruebas"));
        var unrelated = Journal(title: "Cualquier Otra", printIssn: "0000-0019", electronicIssn: null);

        var second = await UpsertCommittedAsync(Input(Article(doi: "10.5555/two", journal: unrelated), "<article>dos</article>", journalSlug: "pruebas"));

        Assert.Equal(("pruebas", "pruebas"), (first.JournalSlug, second.JournalSlug));
        await using var db = Database.CreateContext();
        Assert.Equal(1, await db.Journals.CountAsync(Ct));
    }

    [Fact]
    public async Task Articles_of_one_issue_share_it_and_continuous_publication_has_none()
    {
        await UpsertCommittedAsync(Input(Article(doi: "10.5555/one")));
        await UpsertCommittedAsync(Input(Article(doi: "10.5555/two") with { FirstPage = "277" }, "<article>dos</article>"));
        await UpsertCommittedAsync(Input(Article(doi: "10.5555/three") with { Volume = null, Issue = null, FirstPage = null, ElocationId = "e0012" }, "<article>tres</article>"));

        await using var db = Database.CreateContext();
        Assert.Equal(1, await db.Issues.CountAsync(Ct));
        var articles = await db.Articles.OrderBy(a => a.Id).ToListAsync(Ct);
        Assert.Equal(articles[0].IssueId, articles[1].IssueId);
        Assert.Null(articles[2].IssueId);
        Assert.Equal(12, articles[2].PageOrder);
        Assert.Equal(1, await db.Sections.CountAsync(Ct));
    }

    [Fact]
    public async Task Rolling_back_the_callers_transaction_leaves_no_rows()
    {
        await using (var db = Database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            var result = await ArticleUpsert.UpsertAsync(db, Input(Article(), assets: [Figure(JpegSha256)]), Ct);
            Assert.Equal(ArticleUpsertOutcome.Imported, result.Outcome);
            // What an importer does when a later step (the search index, a file copy) fails before commit.
            await transaction.RollbackAsync(Ct);
        }

        await using var check = Database.CreateContext();
        Assert.All(await TableCounts.ReadAsync(check), table => Assert.Equal(0, table.Value));
    }

    [Fact]
    public async Task Rolling_back_an_update_keeps_the_previous_version_and_its_rows()
    {
        await UpsertCommittedAsync(Input(Article()));
        SortedDictionary<string, int> before;
        await using (var db = Database.CreateContext())
            before = await TableCounts.ReadAsync(db);

        await using (var db = Database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            var result = await ArticleUpsert.UpsertAsync(db, Input(Article() with { References = [] }, "<article>dos</article>"), Ct);
            Assert.Equal(ArticleUpsertOutcome.Updated, result.Outcome);
            await transaction.RollbackAsync(Ct);
        }

        await using var check = Database.CreateContext();
        Assert.Equal(before, await TableCounts.ReadAsync(check));
        Assert.Equal(1, (await check.Articles.SingleAsync(Ct)).CurrentVersionNumber);
    }

    [Fact]
    public async Task A_file_shared_by_two_articles_is_stored_once()
    {
        await UpsertCommittedAsync(Input(Article(doi: "10.5555/one"), assets: [Figure(JpegSha256)]));
        await UpsertCommittedAsync(Input(Article(doi: "10.5555/two"), "<article>dos</article>", assets: [Figure(JpegSha256.ToUpperInvariant())]));

        await using var db = Database.CreateContext();
        Assert.Equal(1, await db.StoredAssets.CountAsync(Ct));
        Assert.Equal(2, await db.ArticleAssets.CountAsync(a => a.Sha256 == JpegSha256, Ct));
    }

    [Fact]
    public async Task Rejects_an_asset_whose_name_is_not_a_sha256()
    {
        await using var db = Database.CreateContext();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            ArticleUpsert.UpsertAsync(db, Input(Article(), assets: [Figure("../../etc/passwd")]), Ct));

        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_doi_longer_than_its_column_on_both_databases()
    {
        await using var db = Database.CreateContext();

        await Assert.ThrowsAsync<InvalidDataException>(() =>
            ArticleUpsert.UpsertAsync(db, Input(Article(doi: "10.5555/" + new string('x', 400))), Ct));
    }

    private async Task<ArticleUpsertResult> UpsertCommittedAsync(ArticleUpsertInput input)
    {
        await using var db = Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        var result = await ArticleUpsert.UpsertAsync(db, input, Ct);
        await transaction.CommitAsync(Ct);
        return result;
    }
}

public sealed class ArticleUpsertSqliteTests : ArticleUpsertTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class ArticleUpsertPostgresTests(PostgresServer server) : ArticleUpsertTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}
