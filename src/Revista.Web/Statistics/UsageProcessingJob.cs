using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Revista.Statistics;
using Revista.Web.Articles;

namespace Revista.Web.Statistics;

/// <summary>
/// Runs <see cref="UsageProcessing"/> every <see cref="UsageOptions.ProcessingInterval"/> (a minute by default) and
/// evicts the cached pages of the articles whose visits counter moved, so the number on a page is at most about one
/// interval old while hits are still served from the page cache.
/// </summary>
internal sealed class UsageProcessingJob(UsageProcessing processing, IOutputCacheStore cache, IOptions<UsageOptions> options, TimeProvider clock, ILogger<UsageProcessingJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.ProcessingInterval > TimeSpan.Zero ? options.Value.ProcessingInterval : TimeSpan.FromMinutes(1);
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A busy or briefly unavailable database only delays the totals until the next run; nothing here may stop
                // the host (an exception escaping a BackgroundService does).
                logger.LogWarning(e, "The usage processing run failed; it runs again in {Interval}.", interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One run: the totals, then the cached pages whose visits number changed (tests call it between ticks).</summary>
    internal async Task<UsageRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        var run = await processing.RunOnceAsync(cancellationToken);
        foreach (var articleId in run.ChangedCounters)
            await cache.EvictByTagAsync(ArticleOutputCache.Tag(articleId), cancellationToken);
        return run;
    }
}
