using Microsoft.AspNetCore.DataProtection;
using Revista.Data;
using Revista.Web.Articles;
using Revista.Web.Assets;
using Revista.Web.Discovery;
using Revista.Web.Layout;
using Revista.Web.Oai;
using Revista.Web.Search;
using Revista.Web.Statistics;

namespace Revista.Web;

/// <param name="Data">Where the data lives; null reads --data and REVISTA_DATABASE as the command line does.</param>
internal sealed record RevistaWebOptions(string DataDirectory, string Urls, RevistaDataOptions? Data = null);

/// <summary>The web host: core services, static server-rendered Razor pages, and the endpoints of each feature.</summary>
internal static class RevistaWebApp
{
    public static async Task<WebApplication> CreateAsync(RevistaWebOptions options, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // EF Core logs every SQL command at Information: on the console that is a write per query, which cost page
        // latency under load (bench/article-page.sh) and buried the warnings that matter.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        // Keys at rest protect only antiforgery tokens; the "no XML encryptor" warning at every start would be noise.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        // Antiforgery tokens need keys; keep them with the data, not in the user's home folder.
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataDirectory, "keys")));
        builder.Services.AddRevista(options.Data ?? RevistaDataOptions.FromEnvironment(options.DataDirectory));
        builder.Services.AddRazorComponents();
        builder.Services.AddLocalization();
        ArticleOutputCache.AddArticleOutputCache(builder.Services);
        builder.Services.AddDiscovery();
        builder.Services.AddOai(builder.Configuration);
        builder.Services.AddUsageStatistics(builder.Configuration);
        builder.Services.AddHostedService<SearchIndexingJob>();
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        await app.Services.MigrateRevistaAsync();
        app.UseUsageCapture();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseUiLanguage();
        app.UseRouting();
        app.UseOutputCache();
        app.UseAntiforgery();
        app.MapSiteFiles();
        app.MapHealthGate();
        app.MapAssets();
        app.MapArticleExports();
        app.MapDiscovery();
        app.MapOai();
        app.MapSushi();
        app.MapSearch();
        app.MapRazorComponents<App>();
        return app;
    }
}
