using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Jats;
using Revista.Tests.Infrastructure;
using static Revista.Tests.Articles.SampleArticles;

namespace Revista.Tests.Articles;

/// <summary>The shared article queries, run as SQL on both databases.</summary>
public abstract class ArticleQueriesTests : MigratedDatabaseTests
{
    [Fact]
    public async Task Latest_first_pages_through_every_article_once_newest_first()
    {
        // Two articles share a day, so the id must break the tie.
        int[] days = [3, 1, 7, 7, 5];
        var ids = new List<int>();
        foreach (var (day, i) in days.Select((d, i) => (d, i)))
            ids.Add(await ImportAsync(Dated($"10.5555/{i}", day)));

        var seen = new List<int>();
        ArticleCursor? cursor = null;
        for (var page = 0; page < 10; page++)
        {
            await using var db = Database.CreateContext();
            var articles = await db.Articles.LatestFirst(cursor).Take(2).ToListAsync(Ct);
            if (articles.Count == 0)
                break;
            seen.AddRange(articles.Select(a => a.Id));
            cursor = ArticleCursor.Of(articles[^1]);
        }

        Assert.Equal([ids[3], ids[2], ids[4], ids[0], ids[1]], seen);
    }

    [Fact]
    public async Task Published_leaves_out_articles_dated_after_today()
    {
        var past = await ImportAsync(Dated("10.5555/past", 1));
        await ImportAsync(Dated("10.5555/future", 20));

        await using var db = Database.CreateContext();
        var ids = await db.Articles.Published(new DateOnly(2024, 3, 10)).Select(a => a.Id).ToListAsync(Ct);

        Assert.Equal([past], ids);
    }

    [Fact]
    public async Task Issue_order_follows_the_first_page_and_puts_unpaged_articles_last()
    {
        var p277 = await ImportAsync(Article(doi: "10.5555/a") with { FirstPage = "277" });
        var unpaged = await ImportAsync(Article(doi: "10.5555/b") with { FirstPage = null });
        var p9 = await ImportAsync(Article(doi: "10.5555/c") with { FirstPage = "9" });
        var p271 = await ImportAsync(Article(doi: "10.5555/d") with { FirstPage = "271" });

        await using var db = Database.CreateContext();
        var issueId = await db.Issues.Select(i => i.Id).SingleAsync(Ct);
        var order = await db.Articles.Where(a => a.IssueId == issueId).InIssueOrder().Select(a => a.Id).ToListAsync(Ct);

        Assert.Equal([p9, p271, p277, unpaged], order);
    }

    private static JatsArticle Dated(string doi, int day) =>
        Article(doi: doi) with { PubDates = [new JatsDate { Type = "epub", Year = 2024, Month = 3, Day = day }] };

    private async Task<int> ImportAsync(JatsArticle article)
    {
        await using var db = Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        var result = await ArticleUpsert.UpsertAsync(db, Input(article, $"<article>{article.Doi}</article>"), Ct);
        await transaction.CommitAsync(Ct);
        return result.ArticleId;
    }
}

public sealed class ArticleQueriesSqliteTests : ArticleQueriesTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class ArticleQueriesPostgresTests(PostgresServer server) : ArticleQueriesTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}
