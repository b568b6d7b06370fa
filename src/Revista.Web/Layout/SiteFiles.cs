namespace Revista.Web.Layout;

/// <summary>
/// Serves the stylesheet and the small enhancement script from the assembly, so the site needs no static-file folder
/// beside the executable.
/// </summary>
internal static class SiteFiles
{
    private static readonly Lazy<byte[]> Css = new(() => Read("site.css"));
    private static readonly Lazy<byte[]> Script = new(() => Read("site.js"));

    public static void MapSiteFiles(this IEndpointRouteBuilder app)
    {
        // HEAD too: link checkers and caches ask it before they fetch.
        app.MapMethods("/site.css", ["GET", "HEAD"], (HttpContext context) => Serve(context, Css.Value, "text/css; charset=utf-8"));
        app.MapMethods("/site.js", ["GET", "HEAD"], (HttpContext context) => Serve(context, Script.Value, "text/javascript; charset=utf-8"));
    }

    private static IResult Serve(HttpContext context, byte[] bytes, string mediaType)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Bytes(bytes, mediaType);
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(SiteFiles).Assembly.GetManifestResourceStream(name)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
