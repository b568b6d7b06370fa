using Microsoft.Extensions.Options;
using Revista.Data;
using Revista.Statistics;

namespace Revista.Web.Statistics;

/// <summary>
/// Stores the queued uses in batches through <see cref="UsageRecorder"/>, one short-lived context per batch. A batch is
/// written at most <see cref="GatherDelay"/> after its first use was queued (longer only while the database is slow),
/// so a crash loses well under a second of usage; a graceful stop drains the whole queue before the host disposes the
/// database (<see cref="UsageCapture.AddUsageCapture"/> gives the host the time). A failed write is logged and retried
/// with the same uses, never skipped; meanwhile the bounded queue fills and then drops, so an unavailable database
/// costs memory only up to <see cref="UsageOptions.QueueCapacity"/>.
/// </summary>
internal sealed class UsageWriter(
    UsageQueue queue,
    UsageRecorder recorder,
    IServiceScopeFactory scopes,
    IOptions<UsageOptions> options,
    ILogger<UsageWriter> logger) : BackgroundService
{
    /// <summary>How long the writer lets uses gather after the first arrives, so a busy site writes few large batches.</summary>
    public static readonly TimeSpan GatherDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>Attempts at a batch while the host is stopping, before its uses are given up (and logged as lost).</summary>
    private const int StoppingAttempts = 3;

    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batchSize = options.Value.BatchSize;
        var batch = new List<UsageHit>(batchSize);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                // Gathering again after every batch, not only after the queue ran dry: under steady load the queue never
                // runs dry, and writing whatever came in during the last write made batches of a few dozen uses, each
                // paying a batch's fixed cost (a context, a transaction).
                if (queue.Count < batchSize)
                    await Task.Delay(GatherDelay, stoppingToken);
                if (Fill(batch, batchSize))
                    await WriteAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the server has already finished its requests (it stops before hosted services it started after).
        }
        await DrainAsync(batch, batchSize);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // A host stopped right after it started may cancel the background task before it ever ran (it is started on the
        // thread pool with the stopping token): the queue is then drained here. Otherwise the task drained it already.
        if (ExecuteTask is null || ExecuteTask.IsCanceled)
            await DrainAsync([], options.Value.BatchSize);
    }

    /// <summary>Writes everything still queued (and the batch a stop interrupted), without the stopping token.</summary>
    private async Task DrainAsync(List<UsageHit> batch, int batchSize)
    {
        queue.Complete();
        var stored = 0;
        while (batch.Count > 0 || Fill(batch, batchSize))
        {
            stored += batch.Count;
            await WriteBeforeStopAsync(batch);
        }
        if (stored > 0)
            logger.LogInformation("Stored {Count} queued article uses before stopping.", stored);
    }

    private bool Fill(List<UsageHit> batch, int batchSize)
    {
        while (batch.Count < batchSize && queue.Reader.TryRead(out var hit))
            batch.Add(hit);
        return batch.Count > 0;
    }

    private async Task WriteAsync(List<UsageHit> batch, CancellationToken stoppingToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await TrySaveAsync(batch, attempt))
                return;
            // Not cancelled by the stop: the same batch is then retried by the drain.
            await Task.Delay(RetryDelays[Math.Min(attempt, RetryDelays.Length - 1)], stoppingToken);
        }
    }

    private async Task WriteBeforeStopAsync(List<UsageHit> batch)
    {
        for (var attempt = 0; attempt < StoppingAttempts; attempt++)
        {
            if (await TrySaveAsync(batch, attempt))
                return;
            await Task.Delay(RetryDelays[Math.Min(attempt, RetryDelays.Length - 1)], CancellationToken.None);
        }
        logger.LogError("{Count} article uses could not be stored before stopping and are lost (see the errors above).", batch.Count);
        queue.Lost(batch.Count);
        batch.Clear();
    }

    private async Task<bool> TrySaveAsync(List<UsageHit> batch, int attempt)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RevistaDb>();
            // Never cancelled: a batch started is finished, so a stop neither loses nor half-writes it.
            await recorder.SaveAsync(db, batch, CancellationToken.None);
            queue.Written(batch.Count);
            batch.Clear();
            return true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Whatever the database says (down, locked, full), the request path is unaffected; the uses stay in memory.
            logger.LogError(exception, "Storing {Count} article uses failed (attempt {Attempt}); they are kept and retried. {Waiting} more are queued.",
                batch.Count, attempt + 1, queue.Count);
            return false;
        }
    }
}
