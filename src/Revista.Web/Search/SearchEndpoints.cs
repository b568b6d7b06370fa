using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Revista.Citations;
using Revista.Data;
using Revista.Search;
using Revista.Web.Articles;

namespace Revista.Web.Search;

/// <summary>
/// A search's results as one citation file (RIS, BibTeX, CSL-JSON, EndNote, MEDLINE), in rank order, up to
/// <see cref="SearchQuery.MaxResults"/> articles: the same parameters as the results page, whose export links lead here.
/// </summary>
internal static class SearchEndpoints
{
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
    }

    private static async Task<IResult> ExportAsync(string? slug, string extension, RevistaDb db, SearchIndex index, TimeProvider clock, HttpContext context)
    {
        if (CitationFormat.Find(extension) is not { } format)
            return Results.NotFound();
        var request = SearchRequest.Of(context.Request);
        var (query, problem) = request.ToQuery(slug, SearchQuery.MaxResults);
        if (query is null)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad search", detail: problem);
        if (!index.IsReady)
            return Unavailable();
        SearchResults results;
        try
        {
            results = index.Search(query, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        }
        catch (SearchIndexUnavailableException)
        {
            return Unavailable();
        }
        var ids = results.ArticleIds;
        var records = ids.Count == 0
            ? []
            : await ArticleExportEndpoints.RecordsAsync(db, ArticleExportEndpoints.Published(db).Where(a => ids.Contains(a.Id)), context, context.RequestAborted, ids);
        var name = string.Create(CultureInfo.InvariantCulture, $"{slug ?? "revista"}-search");
        return ArticleExportEndpoints.File(format, records, name);
    }

    private static IResult Unavailable() =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Search unavailable",
            detail: "The search index is being opened or built; try again in a minute.");
}
