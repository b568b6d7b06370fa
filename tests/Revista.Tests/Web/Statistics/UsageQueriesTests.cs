using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Statistics;
using Revista.Tests.Infrastructure;
using Revista.Web.Articles;
using Revista.Web.Statistics;
using static Revista.Tests.Articles.SampleArticles;

namespace Revista.Tests.Web.Statistics;

/// <summary>
/// The site's usage queries translated by both database providers: the visits counter folded into the article query,
/// totals grouped by month and the top articles of a journal and of an issue.
/// </summary>
public abstract class UsageQueriesTests : MigratedDatabaseTests
{
    [Fact]
    public async Task The_article_query_carries_the_visits_counter_or_null_without_one()
    {
        var (first, second) = await ImportTwoAsync();
        await using (var db = Database.CreateContext())
        {
            db.ArticleUsageCounters.Add(new ArticleUsageCounter { ArticleId = first, UniqueItemInvestigations = 3_000_000_000, UpdatedAt = Now });
            await db.SaveChangesAsync(Ct);
        }

        await using var read = Database.CreateContext();
        var slug = (await read.Journals.SingleAsync(Ct)).Slug;
        var counted = await ArticleReading.LoadAsync(read, slug, first, "en", Ct);
        var uncounted = await ArticleReading.LoadAsync(read, slug, second, "en", Ct);

        Assert.Equal(3_000_000_000, counted!.Visits);
        Assert.NotNull(counted.Article.Journal);
        Assert.Null(uncounted!.Visits);
    }

    [Fact]
    public async Task Journal_and_issue_totals_are_grouped_by_month_and_the_top_list_ranked()
    {
        var (first, second) = await ImportTwoAsync();
        int journalId, issueId;
        await using (var db = Database.CreateContext())
        {
            var article = await db.Articles.SingleAsync(a => a.Id == first, Ct);
            journalId = article.JournalId;
            issueId = article.IssueId!.Value;
            // The second article leaves the issue, so the issue's figures are the first article's alone.
            await db.Articles.Where(a => a.Id == second).ExecuteUpdateAsync(u => u.SetProperty(a => a.IssueId, (int?)null), Ct);
            Add(db, journalId, first, new DateOnly(2026, 1, 1), html: 10, pdf: 4, uniqueRequests: 7);
            Add(db, journalId, first, new DateOnly(2026, 3, 1), html: 5, pdf: 1, uniqueRequests: 3);
            Add(db, journalId, second, new DateOnly(2026, 3, 1), html: 30, pdf: 2, uniqueRequests: 20);
            Add(db, journalId, second, new DateOnly(2025, 12, 1), html: 99, pdf: 9, uniqueRequests: 50);
            await db.SaveChangesAsync(Ct);
        }
        var period = new UsagePeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 1));

        await using var read = Database.CreateContext();
        var journal = await UsageSummary.LoadAsync(read, journalId, null, period, Ct);
        var issue = await UsageSummary.LoadAsync(read, journalId, issueId, period, Ct);

        Assert.Equal([10, 0, 35], journal.Months.Select(m => m.Counts.HtmlRequests));
        Assert.Equal([4, 0, 3], journal.Months.Select(m => m.Counts.PdfRequests));
        Assert.Equal([second, first], journal.TopArticles.Select(t => t.ArticleId));
        Assert.Equal([20, 10], journal.TopArticles.Select(t => t.UniqueItemRequests));
        Assert.Equal(52, journal.Total.TotalItemRequests);
        Assert.Equal([10, 0, 5], issue.Months.Select(m => m.Counts.HtmlRequests));
        Assert.Equal([first], issue.TopArticles.Select(t => t.ArticleId));
    }

    private static void Add(Revista.Data.RevistaDb db, int journalId, int articleId, DateOnly month, int html, int pdf, int uniqueRequests) =>
        db.UsageMonths.Add(new UsageMonth
        {
            Month = month,
            ArticleId = articleId,
            JournalId = journalId,
            Counts = new UsageCounts
            {
                HtmlRequests = html,
                PdfRequests = pdf,
                TotalItemRequests = html + pdf,
                UniqueItemRequests = uniqueRequests,
                TotalItemInvestigations = html + pdf,
                UniqueItemInvestigations = uniqueRequests,
            },
        });

    private async Task<(int First, int Second)> ImportTwoAsync()
    {
        var first = await ImportAsync(Article(doi: "10.5555/usage.1", publisherId: "U-1"));
        var second = await ImportAsync(Article(doi: "10.5555/usage.2", publisherId: "U-2"));
        return (first, second);
    }

    private async Task<int> ImportAsync(Revista.Jats.JatsArticle article)
    {
        await using var db = Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        var result = await ArticleUpsert.UpsertAsync(db, Input(article, "<article>" + article.Doi + "</article>"), Ct);
        await transaction.CommitAsync(Ct);
        return result.ArticleId;
    }
}

public sealed class UsageQueriesSqliteTests : UsageQueriesTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class UsageQueriesPostgresTests(PostgresServer server) : UsageQueriesTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}
