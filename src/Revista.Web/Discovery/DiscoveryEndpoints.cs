namespace Revista.Web.Discovery;

/// <summary>
/// What lets machines find and follow the journals: sitemaps and robots.txt for crawlers, Atom and RSS feeds for
/// readers, /doi/… for resolvers, and the read-only JSON API with its OpenAPI document.
/// </summary>
internal static class DiscoveryEndpoints
{
    public const string OpenApiPath = "/openapi/v1.json";

    public static void AddDiscovery(this IServiceCollection services)
    {
        services.AddOptions<SitemapOptions>();
        // The document describes the JSON API only; pages, feeds and exports are found by following links.
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Revista";
                document.Info.Description = "Read-only metadata of the journals, issues and published articles of this site.";
                return Task.CompletedTask;
            });
        });
    }

    public static void MapDiscovery(this IEndpointRouteBuilder app)
    {
        app.MapRobotsTxt();
        app.MapSitemaps();
        app.MapFeeds();
        app.MapDoi();
        app.MapApi();
        app.MapOpenApi(OpenApiPath);
    }
}
