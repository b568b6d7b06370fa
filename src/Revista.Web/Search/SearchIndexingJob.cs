using Revista.Search;

namespace Revista.Web.Search;

/// <summary>
/// Keeps this node's search index in step with the database: a catch-up every <see cref="Interval"/>, so an article
/// imported by `revista import` (another process) is findable seconds later. The first run builds a missing index.
/// </summary>
internal sealed class SearchIndexingJob(SearchIndexer indexer, ILogger<SearchIndexingJob> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? lastProblem = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Interval;
            try
            {
                var run = await indexer.CatchUpAsync(stoppingToken);
                if (run.Rebuilt > 0)
                    logger.LogInformation("Search index built: {Count} articles.", run.Rebuilt);
                lastProblem = null;
            }
            catch (SearchIndexUnavailableException e)
            {
                // Said once, not every retry: the reader sees "search unavailable" meanwhile.
                if (e.Message != lastProblem)
                    logger.LogError("Search is unavailable: {Problem}", e.Message);
                lastProblem = e.Message;
                wait = RetryInterval;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A busy database only delays indexing; nothing here may stop the host.
                logger.LogWarning(e, "Search indexing failed; it is tried again in {Interval}.", RetryInterval);
                wait = RetryInterval;
            }
            try
            {
                await Task.Delay(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
