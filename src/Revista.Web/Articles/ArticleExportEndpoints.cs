using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Citations;
using Revista.Data;

namespace Revista.Web.Articles;

/// <summary>
/// An article's citation in every export format, its reference list in the same formats, the JATS XML as imported, and
/// a whole issue's citations as one file. Metadata only (the JATS aside), so the health-professional gate does not apply.
/// </summary>
internal static class ArticleExportEndpoints
{
    public const string JatsMediaType = "application/jats+xml";

    public static string CitationPath(string slug, int id, CitationFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"/{slug}/articles/{id}/citation.{format.Extension}");

    public static string ReferencesPath(string slug, int id, CitationFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"/{slug}/articles/{id}/references.{format.Extension}");

    public static string JatsPath(string slug, int id) => string.Create(CultureInfo.InvariantCulture, $"/{slug}/articles/{id}/article.xml");

    public static string IssuePath(string slug, int issueId, CitationFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"/{slug}/issues/{issueId}/citations.{format.Extension}");

    public static void MapArticleExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{slug}/articles/{id:int}/citation.{extension}", CitationAsync);
        app.MapGet("/{slug}/articles/{id:int}/references.{extension}", ReferencesAsync);
        app.MapGet("/{slug}/articles/{id:int}/article.xml", JatsAsync);
        app.MapGet("/{slug}/issues/{id:int}/citations.{extension}", IssueAsync);
    }

    private static async Task<IResult> CitationAsync(string slug, int id, string extension, RevistaDb db, HttpContext context, CancellationToken cancellationToken)
    {
        if (CitationFormat.Find(extension) is not { } format)
            return Results.NotFound();
        var records = await RecordsAsync(db, Published(db).Where(a => a.Id == id && a.Journal!.Slug == slug), context, cancellationToken);
        return records.Count == 0 ? Results.NotFound() : File(format, records, string.Create(CultureInfo.InvariantCulture, $"{slug}-{id}"));
    }

    private static async Task<IResult> ReferencesAsync(string slug, int id, string extension, RevistaDb db, CancellationToken cancellationToken)
    {
        if (CitationFormat.Find(extension) is not { } format)
            return Results.NotFound();
        if (!await Published(db).AnyAsync(a => a.Id == id && a.Journal!.Slug == slug, cancellationToken))
            return Results.NotFound();
        var records = await CitationRecords.ForReferencesAsync(db, id, cancellationToken);
        return File(format, records, string.Create(CultureInfo.InvariantCulture, $"{slug}-{id}-references"));
    }

    private static async Task<IResult> IssueAsync(string slug, int id, string extension, RevistaDb db, HttpContext context, CancellationToken cancellationToken)
    {
        if (CitationFormat.Find(extension) is not { } format)
            return Results.NotFound();
        if (!await db.Issues.AnyAsync(i => i.Id == id && i.Journal!.Slug == slug, cancellationToken))
            return Results.NotFound();
        var records = await RecordsAsync(db, Published(db).Where(a => a.IssueId == id).InIssueOrder(), context, cancellationToken);
        return File(format, records, string.Create(CultureInfo.InvariantCulture, $"{slug}-issue-{id}"));
    }

    private static async Task<IResult> JatsAsync(string slug, int id, RevistaDb db, CancellationToken cancellationToken)
    {
        var source = await Published(db)
            .Where(a => a.Id == id && a.Journal!.Slug == slug)
            .SelectMany(a => a.Versions.Where(v => v.Number == a.CurrentVersionNumber).Select(v => v.SourceXml))
            .FirstOrDefaultAsync(cancellationToken);
        // The bytes as imported, so the declared encoding and DOCTYPE stay true.
        return source is null ? Results.NotFound() : Results.File(source, JatsMediaType, string.Create(CultureInfo.InvariantCulture, $"{slug}-{id}.xml"));
    }

    internal static IQueryable<Article> Published(RevistaDb db) =>
        db.Articles.Published(DateOnly.FromDateTime(DateTime.UtcNow));

    internal static Task<IReadOnlyList<CitationRecord>> RecordsAsync(
        RevistaDb db, IQueryable<Article> articles, HttpContext context, CancellationToken cancellationToken, IReadOnlyList<int>? order = null)
    {
        var site = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        return CitationRecords.ForArticlesAsync(db, articles, article =>
            (string.Create(CultureInfo.InvariantCulture, $"{site}/{article.Journal!.Slug}/articles/{article.Id}"), null), cancellationToken, order);
    }

    internal static IResult File(CitationFormat format, IReadOnlyList<CitationRecord> records, string name) =>
        Results.File(Encoding.UTF8.GetBytes(format.Write(records)), format.MediaType + "; charset=utf-8", name + "." + format.Extension);
}
