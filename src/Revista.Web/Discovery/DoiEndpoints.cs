using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;

namespace Revista.Web.Discovery;

/// <summary>
/// /doi/{doi} sends readers to the article with that DOI (case-insensitive, DOI Handbook §2.4) with 302 Found: the DOI
/// is the permanent name and our article URL is not (a journal's slug may change), which is also why the doi.org
/// resolver itself answers 302; a 301 would be cached by browsers and crawlers for good. Unknown DOIs get the
/// not-found page, which names the DOI.
/// </summary>
internal static class DoiEndpoints
{
    private static readonly object UnknownKey = new();

    public static string Path(string doi) => "/doi/" + doi;

    /// <summary>The DOI that /doi/… could not find, for the not-found page; null on every other request.</summary>
    public static string? Unknown(HttpContext? context) => context?.Items[UnknownKey] as string;

    public static void MapDoi(this IEndpointRouteBuilder app) =>
        app.MapGet("/doi/{**doi}", RedirectAsync).ExcludeFromDescription();

    private static async Task<IResult> RedirectAsync(RevistaDb db, TimeProvider clock, HttpContext context)
    {
        var doi = ArticleUpsert.DoiOf(RequestedDoi(context));
        if (doi is null)
            return Results.NotFound();
        var key = doi.ToLowerInvariant();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var article = await db.Articles.AsNoTracking().Published(today)
            .Where(a => a.DoiKey == key)
            .Select(a => new { a.Id, a.Journal!.Slug })
            .FirstOrDefaultAsync(context.RequestAborted);
        if (article is null)
        {
            context.Items[UnknownKey] = doi;
            return Results.NotFound();
        }
        var path = string.Create(CultureInfo.InvariantCulture, $"/{article.Slug}/articles/{article.Id}");
        return Results.Redirect(context.Request.PathBase + path, permanent: false);
    }

    /// <summary>
    /// The DOI as sent, decoded once. DOI suffixes may hold "/", "%", "#", "?" and "&lt;", so clients percent-encode
    /// them; the server decodes the path except "%2F", and decoding the route value again would turn a literal
    /// "%25" into "%", so the raw request target is decoded here exactly once.
    /// </summary>
    private static string RequestedDoi(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "";
        var query = target.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
            target = target[..query];
        var start = target.IndexOf("/doi/", StringComparison.OrdinalIgnoreCase);
        return start < 0 ? "" : Uri.UnescapeDataString(target[(start + "/doi/".Length)..]);
    }
}
