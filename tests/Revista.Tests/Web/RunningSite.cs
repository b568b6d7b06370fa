using System.Data.Common;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Revista.Data;
using Revista.Web;
using Revista.Web.Commands;

namespace Revista.Tests.Web;

/// <summary>
/// The real web host on Kestrel (loopback, a free port) over its own data folder, filled through `revista import`
/// exactly as a user would; counts the SQL commands the pages send.
/// </summary>
public sealed class RunningSite : IAsyncDisposable
{
    private readonly string _folder;
    private readonly WebApplication _app;
    private readonly CommandCounter _counter;

    private RunningSite(string folder, WebApplication app, CommandCounter counter, Uri address)
    {
        _folder = folder;
        _app = app;
        _counter = counter;
        Address = address;
    }

    public Uri Address { get; }

    public string DataFolder => Path.Combine(_folder, "data");

    /// <summary>The host's services (the usage queue, meters), for tests that look inside.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Stops the host gracefully (as Ctrl+C does), keeping the data folder until disposed.</summary>
    public Task StopAsync() => _app.StopAsync(TestContext.Current.CancellationToken);

    /// <summary>
    /// SQL commands sent since the last <see cref="ResetCommandCount"/>, except those of background services on their
    /// own timers: the cache-invalidation poll, the usage writer, the usage processing job and the search indexer (whose
    /// SQL is tagged). Pages read usage totals
    /// (the statistics views read UsageMonths), so those reads count.
    /// </summary>
    public int CommandCount => _counter.Commands.Count(c => !BackgroundTables.Any(t => c.Contains(t, StringComparison.Ordinal))
        && !(c.Contains("\"UsageMonths\"", StringComparison.Ordinal) && !c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)));

    private static readonly string[] BackgroundTables =
        ["\"ArticleVersions\"", "\"OaiDeletedRecords\"", "\"UsageEvents\"", "\"UsageAgents\"", "\"UsageSalts\"", "\"UsageDayStates\"", "\"UsageRobotLists\"", "\"UsageDays\"",
            "-- " + Revista.Search.SearchIndexer.SqlTag];

    public void ResetCommandCount() => _counter.Reset();

    public static string Sample(string name) => Path.Combine(DemoContent.SamplesFolder, name);

    /// <summary>
    /// Imports <paramref name="packages"/>, lets <paramref name="edit"/> change rows (journal settings), then serves,
    /// with <paramref name="services"/> changing the host's services (options such as a small sitemap size).
    /// </summary>
    public static async Task<RunningSite> StartAsync(string[] packages, Func<RevistaDb, Task>? edit = null, Action<IServiceCollection>? services = null)
    {
        var folder = Directory.CreateTempSubdirectory("revista-site-").FullName;
        var data = Path.Combine(folder, "data");
        using var output = new StringWriter();
        var exit = await RevistaCommandLine.InvokeAsync(["import", .. packages, "--data", data], output, output);
        if (exit != RevistaCommandLine.Success)
            throw new InvalidOperationException("import failed: " + output);
        if (edit is not null)
        {
            await using var db = RevistaDatabase.Create(new RevistaDataOptions { DataDirectory = data });
            await edit(db);
        }
        return await ServeAsync(folder, data, services);
    }

    /// <summary>The site `revista serve --demo` shows: every sample imported, the health-professional question on.</summary>
    public static async Task<RunningSite> StartDemoAsync()
    {
        var folder = Directory.CreateTempSubdirectory("revista-demo-").FullName;
        var data = Path.Combine(folder, "data");
        using var output = new StringWriter();
        await DemoContent.ImportIfEmptyAsync(data, output, CancellationToken.None);
        return await ServeAsync(folder, data);
    }

    /// <summary>
    /// Imports <paramref name="packages"/> into <paramref name="data"/> (a test database of either provider, already
    /// migrated) through the core importer, then serves that database.
    /// </summary>
    public static async Task<RunningSite> StartOnAsync(RevistaDataOptions data, string[] packages, Action<IServiceCollection>? services = null)
    {
        await using (var core = new ServiceCollection().AddLogging().AddRevista(data).BuildServiceProvider())
        {
            var importer = core.GetRequiredService<Revista.Ingest.Importer>();
            foreach (var candidate in Revista.Ingest.ImportPaths.Expand(packages, Revista.Ingest.ImportLimits.Default))
            {
                var result = await importer.ImportAsync(candidate, null, CancellationToken.None);
                if (result.Outcome == Revista.Ingest.ImportOutcome.Failed)
                    throw new InvalidOperationException("import failed: " + result.Error);
            }
        }
        var folder = Directory.CreateTempSubdirectory("revista-site-").FullName;
        return await ServeAsync(folder, data.DataDirectory, services, data);
    }

    private static async Task<RunningSite> ServeAsync(string folder, string data, Action<IServiceCollection>? configure = null, RevistaDataOptions? options = null)
    {
        var counter = new CommandCounter();
        var app = await RevistaWebApp.CreateAsync(
            new RevistaWebOptions(data, "http://127.0.0.1:0", options),
            services =>
            {
                services.ConfigureDbContext<SqliteRevistaDb>(options => options.AddInterceptors(counter));
                services.ConfigureDbContext<PostgresRevistaDb>(options => options.AddInterceptors(counter));
                // Every SQL command at Information level floods the test output; the counter above already sees them.
                services.AddLogging(logging => logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning));
                configure?.Invoke(services);
            });
        await app.StartAsync();
        return new RunningSite(folder, app, counter, new Uri(app.Urls.First()));
    }

    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer() })
        {
            BaseAddress = Address,
        };

    public async Task<(HttpStatusCode Status, IHtmlDocument Document)> GetPageAsync(string path, HttpClient? client = null)
    {
        using var own = client is null ? Client() : null;
        using var response = await (client ?? own!).GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, new HtmlParser().ParseDocument(html));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _commands = new();

        public IReadOnlyList<string> Commands => [.. _commands];

        public void Reset() => _commands.Clear();

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            _commands.Enqueue(command.CommandText);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            _commands.Enqueue(command.CommandText);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            _commands.Enqueue(command.CommandText);
            return ValueTask.FromResult(result);
        }
    }
}
