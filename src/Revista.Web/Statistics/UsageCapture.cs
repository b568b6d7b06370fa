using System.Net;
using Revista.Statistics;

namespace Revista.Web.Statistics;

/// <summary>
/// Live capture of article usage: pages and downloads mark their responses (<see cref="UsageMarker"/>), a middleware
/// placed before the output cache turns each successful GET so marked into a <see cref="UsageHit"/> on the
/// <see cref="UsageQueue"/>, and <see cref="UsageWriter"/> stores them in the background. Requests never wait for it.
/// </summary>
internal static class UsageCapture
{
    /// <summary>The time a graceful stop gives the writer at least, to store a full queue before the database is closed.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(60);

    public static IServiceCollection AddUsageCapture(this IServiceCollection services, IConfiguration configuration)
    {
        // Read here, not later: with capture off nothing is registered, so pages neither mark nor pay for it.
        if (!(configuration.GetSection(UsageOptions.Section).Get<UsageOptions>() ?? new UsageOptions()).Capture)
            return services;
        services.AddMetrics();
        services.AddSingleton<UsageQueue>();
        services.AddHostedService<UsageWriter>();
        // The writer drains the queue when the host stops; the default 30 s may be too short for a full queue on a slow disk.
        services.PostConfigure<HostOptions>(host => host.ShutdownTimeout = host.ShutdownTimeout > ShutdownTimeout ? host.ShutdownTimeout : ShutdownTimeout);
        return services;
    }

    /// <summary>
    /// Captures marked responses. Place it before the output cache: a page served from the cache is a use too, and
    /// only a middleware in front of the cache sees it. The path recorded is PathBase + Path, the URL the reader asked
    /// for (the interface-language prefix only moves into PathBase).
    /// </summary>
    public static IApplicationBuilder UseUsageCapture(this IApplicationBuilder app)
    {
        var queue = app.ApplicationServices.GetService<UsageQueue>();
        if (queue is null)
            return app;
        var clock = app.ApplicationServices.GetRequiredService<TimeProvider>();
        // Made once, with the context as its state: every page pays this callback, so it allocates nothing of its own.
        Func<object, Task> capture = state =>
        {
            var context = (HttpContext)state;
            if (UsageMarker.TryTake(context.Response.Headers, out var articleId, out var activity, out var format) && Counts(context))
            {
                var request = context.Request;
                queue.TryAdd(new UsageHit(
                    clock.GetUtcNow(),
                    articleId,
                    activity,
                    format,
                    request.PathBase.Add(request.Path).Value ?? "/",
                    ClientAddress(context.Connection.RemoteIpAddress),
                    request.Headers.UserAgent.ToString()));
            }
            return Task.CompletedTask;
        };
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(capture, context);
            return next(context);
        });
    }

    /// <summary>Only a successful GET is a use (COUNTER R5.1 §7.1: status 200 or 304); HEAD fetches no content.</summary>
    private static bool Counts(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified;

    /// <summary>
    /// The connection's address; behind a reverse proxy that is the proxy, unless the operator enables the forwarded
    /// headers middleware (ASPNETCORE_FORWARDEDHEADERS_ENABLED=true) so it becomes the reader's.
    /// An IPv4 reader on a dual-stack socket is written as IPv4, as web-server logs write it.
    /// </summary>
    private static string? ClientAddress(IPAddress? address) =>
        address is null ? null : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
