using System.Data.Common;
using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Revista.Data;
using Revista.Statistics;
using Revista.Web.Statistics;

namespace Revista.Tests.Web.Statistics;

/// <summary>The queue between pages and the database: never blocks a page, says when it drops, loses nothing on a graceful stop.</summary>
public sealed class UsageQueueTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_full_queue_drops_uses_and_says_so_in_the_metric_while_every_page_is_still_answered()
    {
        var blocked = new UsageWritesBlocked();
        await using var site = await RunningSite.StartAsync(
            [RunningSite.Sample("case-report.zip")],
            services: services =>
            {
                services.ConfigureDbContext<SqliteRevistaDb>(options => options.AddInterceptors(blocked));
                services.Configure<UsageOptions>(options => { options.QueueCapacity = 2; options.BatchSize = 1; });
            });
        // Released before the site stops even when an assertion fails, or the stop would wait for the database.
        using var release = blocked;
        var queue = site.Services.GetRequiredService<UsageQueue>();
        using var metric = new DroppedMetric(site.Services.GetRequiredService<IMeterFactory>());
        var article = await UsageCaptureTests.ArticleAsync(site);
        using var client = site.Client();

        const int Requests = 10;
        for (var i = 0; i < Requests; i++)
        {
            using var response = await client.GetAsync($"/{article.Slug}/articles/{article.Id}", Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The writer holds one use (its batch of one, waiting for the database), the queue two: the rest are dropped.
        Assert.InRange(queue.Dropped, Requests - 1 - 2, Requests - 2);
        Assert.Equal(queue.Dropped, metric.Total);
        blocked.Release();
        var events = await CapturedUsage.WaitForAsync(site, Requests - (int)queue.Dropped);
        Assert.Equal(Requests - queue.Dropped, events.Count);
    }

    [Fact]
    public async Task A_graceful_stop_under_load_stores_a_use_for_every_page_answered()
    {
        await using var site = await RunningSite.StartAsync([RunningSite.Sample("case-report.zip")]);
        var article = await UsageCaptureTests.ArticleAsync(site);
        var path = $"/{article.Slug}/articles/{article.Id}";
        var answered = 0;
        var stopped = false;
        using var enough = new SemaphoreSlim(0);

        async Task ReaderAsync()
        {
            using var client = site.Client();
            while (!Volatile.Read(ref stopped))
            {
                try
                {
                    using var response = await client.GetAsync(path, Ct);
                    await response.Content.LoadIntoBufferAsync(Ct);
                    if (response.StatusCode != HttpStatusCode.OK)
                        return;
                    if (Interlocked.Increment(ref answered) == 300)
                        enough.Release();
                }
                catch (HttpRequestException)
                {
                    return; // the server has stopped listening
                }
            }
        }

        const int Readers = 6;
        var readers = Enumerable.Range(0, Readers).Select(_ => Task.Run(ReaderAsync, Ct)).ToList();
        await enough.WaitAsync(Ct);
        await site.StopAsync();
        Volatile.Write(ref stopped, true);
        await Task.WhenAll(readers);

        var events = await CapturedUsage.EventsAsync(site);
        Assert.Equal(0, site.Services.GetRequiredService<UsageQueue>().Dropped);
        // Every answered page has its use; a reader cut off mid-response may have one more than it saw answered.
        Assert.InRange(events.Count, Volatile.Read(ref answered), Volatile.Read(ref answered) + Readers);
    }

    /// <summary>Holds every SQL command on the usage tables until released: a database that has stopped answering.</summary>
    private sealed class UsageWritesBlocked : DbCommandInterceptor, IDisposable
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _released.TrySetResult();

        public void Dispose() => Release();

        private async ValueTask WaitAsync(DbCommand command, CancellationToken cancellationToken)
        {
            if (command.CommandText.Contains("\"Usage", StringComparison.Ordinal))
                await _released.Task.WaitAsync(cancellationToken);
        }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await WaitAsync(command, cancellationToken);
            return result;
        }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await WaitAsync(command, cancellationToken);
            return result;
        }
    }

    /// <summary>Sums revista.usage.dropped from the meters of one host (the site's meter factory), whatever else runs.</summary>
    private sealed class DroppedMetric : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _total;

        public DroppedMetric(IMeterFactory meters)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == UsageQueue.MeterName && ReferenceEquals(instrument.Meter.Scope, meters) && instrument.Name == "revista.usage.dropped")
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _total, value));
            _listener.Start();
        }

        public long Total => Interlocked.Read(ref _total);

        public void Dispose() => _listener.Dispose();
    }
}
