using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Revista.Data;
using Revista.Statistics;
using Revista.Tests.Infrastructure;
using Revista.Tests.Statistics;
using Revista.Web.Statistics;

namespace Revista.Tests.Web.Statistics;

/// <summary>The background writer on each database: drains everything on stop, retries a failed batch without losing or doubling it.</summary>
public abstract class UsageWriterTests : MigratedDatabaseTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private ServiceProvider Services(FailedWrites? failures = null, int batchSize = 1_000)
    {
        var services = new ServiceCollection();
        services.AddRevistaData(Database.Options);
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(failures is null ? LogLevel.Critical : LogLevel.Error);
            if (failures is not null)
                logging.AddProvider(failures);
        });
        services.AddMetrics();
        services.AddSingleton(TimeProvider.System);
        services.Configure<UsageOptions>(options => options.BatchSize = batchSize);
        services.AddSingleton<UsageRecorder>();
        services.AddSingleton<UsageQueue>();
        services.AddSingleton<UsageWriter>();
        return services.BuildServiceProvider();
    }

    private static UsageHit Hit(int n) =>
        new(At.AddSeconds(n), 1 + n % 7, UsageActivity.Request, UsageFormat.Html, "/tj/articles/1", "192.0.2." + n % 200, "agent " + n % 50);

    [Fact]
    public async Task Stopping_stores_every_queued_use_first()
    {
        await using var services = Services(batchSize: 400);
        var queue = services.GetRequiredService<UsageQueue>();
        var writer = services.GetRequiredService<UsageWriter>();
        await writer.StartAsync(Ct);

        for (var i = 0; i < 2_500; i++)
            Assert.True(queue.TryAdd(Hit(i)));
        await writer.StopAsync(CancellationToken.None);

        await using var db = Database.CreateContext();
        Assert.Equal(2_500, await db.UsageEvents.CountAsync(Ct));
        Assert.Equal(50, await db.UsageAgents.CountAsync(Ct));
        Assert.Equal(0, queue.Count);
        Assert.False(queue.TryAdd(Hit(0)), "a stopped writer's queue accepts nothing more");
    }

    [Fact]
    public async Task A_batch_that_failed_is_written_once_the_database_answers_again_neither_lost_nor_doubled()
    {
        await FailingUsageInserts.InstallAsync(Database, rowsBefore: 0);
        using var failures = new FailedWrites();
        await using var services = Services(failures);
        var queue = services.GetRequiredService<UsageQueue>();
        var writer = services.GetRequiredService<UsageWriter>();
        await writer.StartAsync(Ct);

        for (var i = 0; i < 30; i++)
            queue.TryAdd(Hit(i));
        await failures.TwiceAsync(Ct);
        await FailingUsageInserts.RemoveAsync(Database);
        await using var db = Database.CreateContext();
        var until = DateTime.UtcNow + CapturedUsage.Patience;
        while (await db.UsageEvents.CountAsync(Ct) < 30 && DateTime.UtcNow < until)
            await Task.Delay(50, Ct);
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal(30, await db.UsageEvents.CountAsync(Ct));
        Assert.Equal(0, queue.Dropped);
    }

    /// <summary>Counts the writer's logged failures to store a batch: the database's refusals as the writer saw them.</summary>
    private sealed class FailedWrites : ILoggerProvider, ILogger
    {
        private readonly TaskCompletionSource _twice = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _failures;

        public Task TwiceAsync(CancellationToken cancellationToken) => _twice.Task.WaitAsync(cancellationToken);

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is DbException && formatter(state, exception).StartsWith("Storing", StringComparison.Ordinal) && Interlocked.Increment(ref _failures) >= 2)
                _twice.TrySetResult();
        }

        public void Dispose()
        {
        }
    }
}

public sealed class UsageWriterSqliteTests : UsageWriterTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class UsageWriterPostgresTests(PostgresServer server) : UsageWriterTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}
