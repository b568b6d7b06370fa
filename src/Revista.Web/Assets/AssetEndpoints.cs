using Microsoft.EntityFrameworkCore;
using Revista.Data;
using Revista.Statistics;
using Revista.Storage;
using Revista.Web.Statistics;

namespace Revista.Web.Assets;

/// <summary>Figures, supplements and PDFs from the content-addressed store: immutable, so cached for a year.</summary>
internal static class AssetEndpoints
{
    public static void MapAssets(this IEndpointRouteBuilder app) =>
        app.MapGet("/assets/{sha256}/{fileName}", GetAsync);

    private static async Task<IResult> GetAsync(string sha256, string fileName, RevistaDb db, AssetStore store, HttpContext context, CancellationToken cancellationToken)
    {
        if (!AssetStore.IsSha256(sha256))
            return Results.NotFound();
        // The file's article comes in the same query, for usage statistics. Bytes shared by several articles (the same
        // supplement in two) are counted for the first of them: the address alone cannot say which was read.
        var asset = await db.StoredAssets.AsNoTracking()
            .Where(a => a.Sha256 == sha256)
            .Select(a => new
            {
                a.MediaType,
                ArticleId = db.ArticleAssets.Where(x => x.Sha256 == sha256).OrderBy(x => x.ArticleId).Select(x => (int?)x.ArticleId).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        var stream = asset is null ? null : store.OpenRead(sha256);
        if (asset is null || stream is null)
            return Results.NotFound();
        if (asset.ArticleId is { } articleId && UsageClassifier.ForFile(asset.MediaType) is { } use)
            UsageMarker.Mark(context, articleId, use.Activity, use.Format);
        var headers = context.Response.Headers;
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.XContentTypeOptions = "nosniff";
        // An uploaded SVG or HTML supplement opened on its own must not run script in our origin.
        headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'";
        return Results.Stream(stream, asset.MediaType, fileDownloadName: null, enableRangeProcessing: true);
    }
}
