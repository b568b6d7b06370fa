using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Citations;
using Revista.Data;
using Revista.Search;
using Revista.Web.Articles;
using Revista.Web.Discovery;

namespace Revista.Web.Search;

/// <summary>
/// Search for machines: a search's results as one citation file (RIS, BibTeX, CSL-JSON, EndNote, MEDLINE) in rank
/// order, up to <see cref="SearchQuery.MaxResults"/> articles; the same as JSON pages under /api/search; and an
/// OpenSearch description, so a browser can add the site's search. All take the results page's parameters.
/// </summary>
internal static class SearchEndpoints
{
    public const string OpenSearchPath = "/opensearch.xml";
    public const string OpenSearchMediaType = "application/opensearchdescription+xml";

    public static string ExportPath(string? journalSlug, CitationFormat format, SearchRequest request) =>
        (journalSlug is null ? "" : "/" + journalSlug) + "/search/citations." + format.Extension + request.QueryString();

    public static void MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search/citations.{extension}", (string extension, RevistaDb db, SearchIndex index, TimeProvider clock, HttpContext context) =>
            ExportAsync(null, extension, db, index, clock, context));
        app.MapGet("/{slug}/search/citations.{extension}", async (string slug, string extension, RevistaDb db, SearchIndex index, TimeProvider clock, HttpContext context) =>
            await db.Journals.AnyAsync(j => j.Slug == slug, context.RequestAborted)
                ? await ExportAsync(slug, extension, db, index, clock, context)
                : Results.NotFound());
        app.MapGet("/api/search", ApiAsync).WithTags("Revista").WithName("Search")
            .WithSummary("Published articles matching q (words, \"phrase\", -word, OR, prefix*, or a DOI), ranked, 20 a page; optional journal, from, to (years), sort=newest, page. Total counts every match; pages reach the first 1,000.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        app.MapGet(OpenSearchPath, (HttpContext context) =>
            Results.Text(OpenSearchDescription.Of(SiteAddress.Root(context)).ToString(), OpenSearchMediaType + "; charset=utf-8"));
    }

    private static async Task<IResult> ExportAsync(string? slug, string extension, RevistaDb db, SearchIndex index, TimeProvider clock, HttpContext context)
    {
        if (CitationFormat.Find(extension) is not { } format)
            return Results.NotFound();
        var (_, results, refusal) = Run(SearchRequest.Of(context.Request), slug, SearchQuery.MaxResults, index, clock);
        if (results is null)
            return refusal!;
        var ids = results.ArticleIds;
        var records = ids.Count == 0
            ? []
            : await ArticleExportEndpoints.RecordsAsync(db, ArticleExportEndpoints.Published(db).Where(a => ids.Contains(a.Id)), context, context.RequestAborted, ids);
        var name = string.Create(CultureInfo.InvariantCulture, $"{slug ?? "revista"}-search");
        return ArticleExportEndpoints.File(format, records, name);
    }

    private static async Task<Results<Ok<ApiSearchPage>, ProblemHttpResult>> ApiAsync(RevistaDb db, SearchIndex index, TimeProvider clock, HttpContext context)
    {
        var request = SearchRequest.Of(context.Request);
        var (query, results, refusal) = Run(request, null, null, index, clock);
        if (results is null)
            return refusal!;
        var ids = results.ArticleIds;
        var root = SiteAddress.Root(context);
        var items = await ApiArticleSummary.LoadAsync(db, db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)), root, context.RequestAborted);
        var hasMore = Math.Min(results.Total, SearchQuery.MaxResults) > query!.Page * query.Size;
        var next = hasMore ? root + "/api/search" + request.QueryString(query.Page + 1) : null;
        return TypedResults.Ok(new ApiSearchPage(results.Total, items.InOrderOf(ids, i => i.Id), next));
    }

    /// <summary>The search the request asks for, or the problem details to answer instead.</summary>
    private static (SearchQuery? Query, SearchResults? Results, ProblemHttpResult? Refusal) Run(SearchRequest request, string? slug, int? size, SearchIndex index, TimeProvider clock)
    {
        var outcome = request.Run(index, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), slug, size);
        return outcome.Results is not null
            ? (outcome.Query, outcome.Results, null)
            : (outcome.Query, null, TypedResults.Problem(statusCode: outcome.Status,
                title: outcome.Status == StatusCodes.Status503ServiceUnavailable ? "Search unavailable" : "Bad search", detail: outcome.Problem));
    }
}
