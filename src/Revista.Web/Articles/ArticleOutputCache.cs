using System.Data.Common;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;
using Revista.Web.Layout;

namespace Revista.Web.Articles;

/// <summary>
/// Article pages are cached as whole HTML responses, one entry per article, interface language (the path) and answer to
/// the health-professional question, tagged with the article id. <see cref="ArticleCacheInvalidation"/> evicts the tag
/// when the article's version changes, so a hit costs no query and a re-import shows within seconds on every node.
/// Listing pages (home, journal, archive, issue, section, about) are cached the same way under one tag that any new
/// version evicts: a 1,000-article table of contents is rendered once, not on every view.
/// </summary>
internal sealed class ArticleOutputCache(bool listing) : IOutputCachePolicy
{
    public const string PolicyName = "article";
    public const string ListingPolicyName = "listing";
    public const string ListingTag = "listings";

    // Listings also change when a dated article's day comes (ArticleQueries.Published), which no import announces.
    private static readonly TimeSpan ListingLifetime = TimeSpan.FromMinutes(10);

    public static string Tag(int articleId) => "article:" + articleId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static void AddArticleOutputCache(IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            options.AddPolicy(PolicyName, new ArticleOutputCache(listing: false));
            options.AddPolicy(ListingPolicyName, new ArticleOutputCache(listing: true));
        });
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
        context.ResponseExpirationTimeSpan = listing ? ListingLifetime : TimeSpan.FromHours(1);
        context.CacheVaryByRules.VaryByValues["ui"] = UiLanguage.Current(context.HttpContext);
        if (listing)
        {
            // Keyset paging ("?after=…", "?before=…") makes each page of a listing its own entry.
            context.CacheVaryByRules.QueryKeys = new Microsoft.Extensions.Primitives.StringValues(["after", "before"]);
            context.Tags.Add(ListingTag);
        }
        else
        {
            // Only article pages depend on the answer to the health-professional question; a listing is the same for all.
            context.CacheVaryByRules.VaryByValues["gate"] = HealthGate.IsConfirmed(context.HttpContext) ? "yes" : "";
            if (context.HttpContext.GetRouteValue("Id") is string id && int.TryParse(id, out var articleId))
                context.Tags.Add(Tag(articleId));
        }
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
/// evicts the cached pages of each article that got one (or was withdrawn), whichever process imported it. ArticleVersions ids only grow,
/// so "rows after the last id seen" finds every re-import on both databases.
/// </summary>
internal sealed class ArticleCacheInvalidation(IServiceScopeFactory scopes, IOutputCacheStore cache, TimeProvider clock) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int? lastSeen = null;
        int? lastDeleted = null;
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
                    lastDeleted = await db.OaiDeletedRecords.MaxAsync(d => (int?)d.Id, stoppingToken) ?? 0;
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
                foreach (var paired in await PairedArticlesAsync(db, [.. changed.Select(v => v.ArticleId).Distinct()], stoppingToken))
                    await cache.EvictByTagAsync(ArticleOutputCache.Tag(paired), stoppingToken);
                // A withdrawn article (`revista delete`) leaves a tombstone row instead of a version: evict it the same way.
                var deleted = await db.OaiDeletedRecords.AsNoTracking()
                    .Where(d => d.Id > lastDeleted)
                    .OrderBy(d => d.Id)
                    .Select(d => new { d.Id, d.ArticleId })
                    .Take(1000)
                    .ToListAsync(stoppingToken);
                foreach (var tombstone in deleted)
                {
                    await cache.EvictByTagAsync(ArticleOutputCache.Tag(tombstone.ArticleId), stoppingToken);
                    lastDeleted = tombstone.Id;
                }
                if (changed.Count > 0 || deleted.Count > 0)
                    await cache.EvictByTagAsync(ArticleOutputCache.ListingTag, stoppingToken);
            }
            catch (DbException)
            {
                // A busy or briefly unavailable database only delays eviction until the next tick.
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>
    /// Articles paired by a translation link with one that changed, in either direction: their pages show the other
    /// version (<see cref="LinkedVersion"/>), so a translation imported later must reach the original's cached page.
    /// </summary>
    private static async Task<List<int>> PairedArticlesAsync(RevistaDb db, List<int> changed, CancellationToken cancellationToken)
    {
        if (changed.Count == 0)
            return [];
        return await TranslationPair.Between(db, db.Articles.Where(a => changed.Contains(a.Id)), db.Articles)
            .Select(p => p.OtherId)
            .Where(id => !changed.Contains(id))
            .Distinct()
            .Take(1000)
            .ToListAsync(cancellationToken);
    }
}
