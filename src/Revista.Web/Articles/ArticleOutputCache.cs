using System.Data.Common;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Revista.Data;
using Revista.Web.Layout;

namespace Revista.Web.Articles;

/// <summary>
/// Article pages are cached as whole HTML responses, one entry per article, interface language (the path) and answer to
/// the health-professional question, tagged with the article id. <see cref="ArticleCacheInvalidation"/> evicts the tag
/// when the article's version changes, so a hit costs no query and a re-import shows within seconds on every node.
/// </summary>
internal sealed class ArticleOutputCache : IOutputCachePolicy
{
    public const string PolicyName = "article";

    public static string Tag(int articleId) => "article:" + articleId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static void AddArticleOutputCache(IServiceCollection services)
    {
        services.AddOutputCache(options => options.AddPolicy(PolicyName, new ArticleOutputCache()));
        services.AddHostedService<ArticleCacheInvalidation>();
    }

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromHours(1);
        context.CacheVaryByRules.VaryByValues["gate"] = HealthGate.IsConfirmed(context.HttpContext) ? "yes" : "";
        context.CacheVaryByRules.VaryByValues["ui"] = UiLanguage.Current(context.HttpContext);
        if (context.HttpContext.GetRouteValue("Id") is string id && int.TryParse(id, out var articleId))
            context.Tags.Add(Tag(articleId));
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Never store a 404 or a response that sets a cookie: it would be replayed to other readers.
        if (response.StatusCode != StatusCodes.Status200OK || !Microsoft.Extensions.Primitives.StringValues.IsNullOrEmpty(response.Headers.SetCookie))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Watches for new article versions (one small query every few seconds for the whole site, never per request) and
/// evicts the cached pages of each article that got one, whichever process imported it. ArticleVersions ids only grow,
/// so "rows after the last id seen" finds every re-import on both databases.
/// </summary>
internal sealed class ArticleCacheInvalidation(IServiceScopeFactory scopes, IOutputCacheStore cache, TimeProvider clock) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int? lastSeen = null;
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<RevistaDb>();
                if (lastSeen is not { } after)
                {
                    lastSeen = await db.ArticleVersions.MaxAsync(v => (int?)v.Id, stoppingToken) ?? 0;
                    continue;
                }
                var changed = await db.ArticleVersions.AsNoTracking()
                    .Where(v => v.Id > after)
                    .OrderBy(v => v.Id)
                    .Select(v => new { v.Id, v.ArticleId })
                    .Take(1000)
                    .ToListAsync(stoppingToken);
                foreach (var version in changed)
                {
                    await cache.EvictByTagAsync(ArticleOutputCache.Tag(version.ArticleId), stoppingToken);
                    lastSeen = version.Id;
                }
            }
            catch (DbException)
            {
                // A busy or briefly unavailable database only delays eviction until the next tick.
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
