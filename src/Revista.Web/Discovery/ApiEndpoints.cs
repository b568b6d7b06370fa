using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;

namespace Revista.Web.Discovery;

/// <summary>
/// The read-only JSON API: journals, their issues and published articles, and one article's metadata. Lists are
/// keyset-paged (every page costs the same; a "next" field and a Link rel="next" header, RFC 8288, name the following
/// page); unknown ids answer 404 with problem details (RFC 9457). Each request sends at most three queries.
/// </summary>
internal static class ApiEndpoints
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static string JournalsPath() => "/api/journals";

    public static string JournalPath(string slug) => "/api/journals/" + slug;

    public static string IssuesPath(string slug) => "/api/journals/" + slug + "/issues";

    public static string ArticlesPath(string slug) => "/api/journals/" + slug + "/articles";

    public static string ArticlePath(int id) => "/api/articles/" + id.ToString(CultureInfo.InvariantCulture);

    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Revista");
        api.MapGet("/journals", JournalsAsync).WithName("ListJournals").WithSummary("Journals hosted here, in the order they were created (keyset-paged, from the next link).");
        api.MapGet("/journals/{slug}", JournalAsync).WithName("GetJournal").WithSummary("A journal, its sections and links to its issues, articles, feeds and sitemap.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/journals/{slug}/issues", IssuesAsync).WithName("ListIssues").WithSummary("A journal's issues in the order they were created (keyset-paged, from the next link).").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/journals/{slug}/articles", ArticlesAsync).WithName("ListArticles").WithSummary("A journal's published articles, newest first (keyset-paged: after=yyyy-MM-dd.id, from the next link).").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/articles/{id:int}", ArticleAsync).WithName("GetArticle").WithSummary("A published article's metadata, with links to its page, PDF, JATS XML and citation exports.").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<ApiPage<ApiJournal>>> JournalsAsync(int? after, int? limit, RevistaDb db, HttpContext context)
    {
        var take = Limit(limit);
        var journals = await db.Journals.AsNoTracking().Include(j => j.Sections)
            .Where(j => after == null || j.Id > after)
            .OrderBy(j => j.Id)
            .Take(take + 1)
            .ToListAsync(context.RequestAborted);
        var root = SiteAddress.Root(context);
        var next = journals.Count > take ? NextUrl(root, JournalsPath(), journals[take - 1].Id.ToString(CultureInfo.InvariantCulture), take) : null;
        return Page(context, [.. journals.Take(take).Select(j => ApiJournal.Of(j, root))], next);
    }

    private static async Task<Results<Ok<ApiJournal>, ProblemHttpResult>> JournalAsync(string slug, RevistaDb db, HttpContext context)
    {
        var journal = await db.Journals.AsNoTracking().Include(j => j.Sections).FirstOrDefaultAsync(j => j.Slug == slug, context.RequestAborted);
        return journal is null ? UnknownJournal(slug) : TypedResults.Ok(ApiJournal.Of(journal, SiteAddress.Root(context)));
    }

    private static async Task<Results<Ok<ApiPage<ApiIssue>>, ProblemHttpResult>> IssuesAsync(string slug, int? after, int? limit, RevistaDb db, HttpContext context)
    {
        var journalId = await JournalIdAsync(db, slug, context.RequestAborted);
        if (journalId is null)
            return UnknownJournal(slug);
        var take = Limit(limit);
        var issues = await db.Issues.AsNoTracking()
            .Where(i => i.JournalId == journalId && (after == null || i.Id > after))
            .OrderBy(i => i.Id)
            .Take(take + 1)
            .ToListAsync(context.RequestAborted);
        var root = SiteAddress.Root(context);
        var next = issues.Count > take ? NextUrl(root, IssuesPath(slug), issues[take - 1].Id.ToString(CultureInfo.InvariantCulture), take) : null;
        return Page(context, [.. issues.Take(take).Select(i => ApiIssue.Of(i, slug, root))], next);
    }

    private static async Task<Results<Ok<ApiPage<ApiArticleSummary>>, ProblemHttpResult>> ArticlesAsync(string slug, string? after, int? limit, RevistaDb db, TimeProvider clock, HttpContext context)
    {
        ArticleCursor? cursor = null;
        if (after is not null)
        {
            if (!ArticleCursor.TryParse(after, out var parsed))
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad cursor", detail: $"\"after\" takes the cursor of a next link (yyyy-MM-dd.id), not \"{after}\".");
            cursor = parsed;
        }
        var journalId = await JournalIdAsync(db, slug, context.RequestAborted);
        if (journalId is null)
            return UnknownJournal(slug);
        var take = Limit(limit);
        var root = SiteAddress.Root(context);
        var rows = await ApiArticleSummary.LoadAsync(db, db.Articles.AsNoTracking()
            .Where(a => a.JournalId == journalId)
            .Published(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .LatestFirst(cursor)
            .Take(take + 1), root, context.RequestAborted);
        var page = rows.Take(take).ToList();
        var next = rows.Count > take ? NextUrl(root, ArticlesPath(slug), new ArticleCursor(page[^1].PublishedOn, page[^1].Id).ToString(), take) : null;
        return Page(context, page, next);
    }

    private static async Task<Results<Ok<ApiArticle>, ProblemHttpResult>> ArticleAsync(int id, RevistaDb db, TimeProvider clock, HttpContext context)
    {
        var article = await db.Articles.AsNoTracking()
            .Include(a => a.Journal).Include(a => a.Issue).Include(a => a.Section).Include(a => a.Front)
            .Published(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .FirstOrDefaultAsync(a => a.Id == id, context.RequestAborted);
        if (article is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found", detail: $"No published article has id {id}.");
        // The import-time copy of the child rows (one row); an older-format copy is rebuilt from the tables.
        var front = article.Front is { Format: ArticleFront.CurrentFormat } row
            ? row.Content
            : await ArticleFrontContent.ReadRowsAsync(db, article.Id, context.RequestAborted);
        return TypedResults.Ok(ApiArticle.Of(article, front, SiteAddress.Root(context)));
    }

    private static Task<int?> JournalIdAsync(RevistaDb db, string slug, CancellationToken cancellationToken) =>
        db.Journals.Where(j => j.Slug == slug).Select(j => (int?)j.Id).FirstOrDefaultAsync(cancellationToken);

    private static ProblemHttpResult UnknownJournal(string slug) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Journal not found", detail: $"No journal has the slug \"{slug}\".");

    private static int Limit(int? limit) => Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);

    private static string NextUrl(string root, string path, string after, int limit) =>
        root + path + "?after=" + Uri.EscapeDataString(after) + "&limit=" + limit.ToString(CultureInfo.InvariantCulture);

    internal static Ok<ApiPage<T>> Page<T>(HttpContext context, IReadOnlyList<T> items, string? next)
    {
        if (next is not null)
            context.Response.Headers.Link = "<" + next + ">; rel=\"next\"";
        return TypedResults.Ok(new ApiPage<T>(items, next));
    }
}
