namespace Revista.Web.Layout;

/// <summary>Serves the one stylesheet from the assembly, so the site needs no static-file folder beside the executable.</summary>
internal static class SiteStyles
{
    private static readonly Lazy<byte[]> Css = new(() =>
    {
        using var stream = typeof(SiteStyles).Assembly.GetManifestResourceStream("site.css")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    });

    public static void MapSiteStyles(this IEndpointRouteBuilder app) =>
        app.MapGet("/site.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(Css.Value, "text/css; charset=utf-8");
        });
}
