using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Revista.Data;
using Revista.Statistics;
using Revista.Tests.Infrastructure;
using Revista.Web.Statistics;

namespace Revista.Tests.Web.Statistics;

/// <summary>The background writer on each database: drains everything on stop, retries a failed batch without losing or doubling it.</summary>
public abstract class UsageWriterTests : MigratedDatabaseTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private ServiceProvider Services(FailingUsageWrites? failing = null, int batchSize = 1_000)
    {
        var services = new ServiceCollection();
        services.AddRevistaData(Database.Options);
        if (failing is not null)
        {
            services.ConfigureDbContext<SqliteRevistaDb>(options => options.AddInterceptors(failing));
            services.ConfigureDbContext<PostgresRevistaDb>(options => options.AddInterceptors(failing));
        }
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Critical));
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
        var failing = new FailingUsageWrites();
        await using var services = Services(failing);
        var queue = services.GetRequiredService<UsageQueue>();
        var writer = services.GetRequiredService<UsageWriter>();
        await writer.StartAsync(Ct);

        for (var i = 0; i < 30; i++)
            queue.TryAdd(Hit(i));
        await failing.FailedTwiceAsync(Ct);
        failing.Heal();
        await using var db = Database.CreateContext();
        var until = DateTime.UtcNow + CapturedUsage.Patience;
        while (await db.UsageEvents.CountAsync(Ct) < 30 && DateTime.UtcNow < until)
            await Task.Delay(50, Ct);
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal(30, await db.UsageEvents.CountAsync(Ct));
        Assert.Equal(0, queue.Dropped);
    }

    /// <summary>Fails every insert of usage events, as a database that refuses writes, until healed.</summary>
    private sealed class FailingUsageWrites : DbCommandInterceptor
    {
        private readonly TaskCompletionSource _failedTwice = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _failures;
        private volatile bool _healed;

        public void Heal() => _healed = true;

        public Task FailedTwiceAsync(CancellationToken cancellationToken) => _failedTwice.Task.WaitAsync(cancellationToken);

        private void Fail(DbCommand command)
        {
            if (_healed || !command.CommandText.Contains("INSERT INTO \"UsageEvents\"", StringComparison.Ordinal))
                return;
            if (Interlocked.Increment(ref _failures) >= 2)
                _failedTwice.TrySetResult();
            throw new InvalidOperationException("simulated database failure");
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Fail(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Fail(command);
            return ValueTask.FromResult(result);
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
