using Microsoft.EntityFrameworkCore;
using Revista.Data;
using Revista.Storage;

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
        var asset = await db.StoredAssets.AsNoTracking().FirstOrDefaultAsync(a => a.Sha256 == sha256, cancellationToken);
        var stream = asset is null ? null : store.OpenRead(sha256);
        if (asset is null || stream is null)
            return Results.NotFound();
        var headers = context.Response.Headers;
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.XContentTypeOptions = "nosniff";
        // An uploaded SVG or HTML supplement opened on its own must not run script in our origin.
        headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'";
        return Results.Stream(stream, asset.MediaType, fileDownloadName: null, enableRangeProcessing: true);
    }
}
