namespace Revista.Web.Discovery;

/// <summary>
/// /robots.txt (RFC 9309): everything may be crawled, since article pages, PDFs and the JATS and citation files are
/// exactly what Google Scholar and other indexes need ("Inclusion Guidelines for Webmasters": the crawler must reach the
/// abstract page and the full text); it names the sitemap index by its absolute URL, as the Sitemap line requires.
/// </summary>
internal static class RobotsTxt
{
    public const string Path = "/robots.txt";

    public static string Text(string root) =>
        "User-agent: *\n" +
        "Allow: /\n" +
        "\n" +
        "Sitemap: " + root + SitemapEndpoints.IndexPath + "\n";

    public static void MapRobotsTxt(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, (HttpContext context) => Results.Text(Text(SiteAddress.Root(context)), "text/plain; charset=utf-8"))
            .ExcludeFromDescription();
}
