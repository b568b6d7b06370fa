using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Revista.Statistics;

namespace Revista.Web.Statistics;

/// <summary>
/// The uses captured from requests, waiting in memory for <see cref="UsageWriter"/>. Bounded, and written only with
/// TryWrite: a request never waits for the database. When it is full (the database is slow or down) the use is
/// dropped, counted in the metric revista.usage.dropped and in <see cref="Dropped"/>, and a warning says how many were
/// lost, at most once every <see cref="WarningInterval"/>, so a flood of drops cannot also flood the log.
/// </summary>
internal sealed class UsageQueue
{
    public const string MeterName = "Revista.Usage";
    public static readonly TimeSpan WarningInterval = TimeSpan.FromSeconds(10);

    private readonly Channel<UsageHit> _channel;
    private readonly ILogger<UsageQueue> _logger;
    private readonly TimeProvider _clock;
    private readonly Counter<long> _captured;
    private readonly Counter<long> _dropped;
    private readonly Counter<long> _written;
    private long _droppedTotal;
    private long _droppedSinceWarning;
    private long _lastWarning = long.MinValue;

    public UsageQueue(IOptions<UsageOptions> options, IMeterFactory meters, ILogger<UsageQueue> logger, TimeProvider clock)
    {
        Capacity = options.Value.QueueCapacity;
        // One reader (the writer service), many writers (requests); a full queue refuses instead of waiting.
        _channel = Channel.CreateBounded<UsageHit>(new BoundedChannelOptions(Capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
        _logger = logger;
        _clock = clock;
        var meter = meters.Create(MeterName);
        _captured = meter.CreateCounter<long>("revista.usage.captured", "{event}", "Uses of articles captured from requests and queued for storage.");
        _dropped = meter.CreateCounter<long>("revista.usage.dropped", "{event}", "Uses of articles lost because the queue was full (the database too slow or down).");
        _written = meter.CreateCounter<long>("revista.usage.written", "{event}", "Uses of articles stored in the database.");
        meter.CreateObservableGauge("revista.usage.queue.length", () => (long)_channel.Reader.Count, "{event}", "Uses waiting in memory to be stored.");
    }

    public int Capacity { get; }

    /// <summary>Uses dropped since the process started because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref _droppedTotal);

    /// <summary>Uses waiting to be stored.</summary>
    public int Count => _channel.Reader.Count;

    internal ChannelReader<UsageHit> Reader => _channel.Reader;

    /// <summary>Queues <paramref name="hit"/> without waiting; false when it was dropped (full, or shutting down).</summary>
    public bool TryAdd(UsageHit hit)
    {
        if (_channel.Writer.TryWrite(hit))
        {
            _captured.Add(1);
            return true;
        }
        Interlocked.Increment(ref _droppedTotal);
        Interlocked.Increment(ref _droppedSinceWarning);
        _dropped.Add(1);
        WarnOfDrops();
        return false;
    }

    /// <summary>Called by the writer for each stored batch.</summary>
    public void Written(int count) => _written.Add(count);

    /// <summary>Counts uses the writer had to give up (the database still failing while the host stopped) as dropped.</summary>
    public void Lost(int count)
    {
        Interlocked.Add(ref _droppedTotal, count);
        _dropped.Add(count);
    }

    /// <summary>No more uses are accepted (the host is stopping): the writer drains what is queued and ends.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    private void WarnOfDrops()
    {
        var now = _clock.GetTimestamp();
        var last = Interlocked.Read(ref _lastWarning);
        if (last != long.MinValue && _clock.GetElapsedTime(last, now) < WarningInterval)
            return;
        if (Interlocked.CompareExchange(ref _lastWarning, now, last) != last)
            return;
        var count = Interlocked.Exchange(ref _droppedSinceWarning, 0);
        _logger.LogWarning(
            "Usage queue full ({Capacity} events waiting): {Count} article uses dropped since the last warning, {Total} since start. The database is not keeping up or is unavailable; see metric revista.usage.dropped.",
            Capacity, count, Dropped);
    }
}
