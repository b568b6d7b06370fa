using Microsoft.Extensions.Options;
using Revista.Data;
using Revista.Statistics;

namespace Revista.Web.Statistics;

/// <summary>
/// Usage statistics in the web host: the settings (bound and checked once), the capture of readers' use, and the job
/// that turns it into COUNTER totals every minute. The SUSHI endpoints read the same settings.
/// </summary>
internal static class UsageStatisticsServices
{
    public static IServiceCollection AddUsageStatistics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UsageOptions>()
            .Bind(configuration.GetSection(UsageOptions.Section))
            .Validate(o => o.QueueCapacity >= 1, "Revista:Usage:QueueCapacity must be at least 1.")
            .Validate(o => o.BatchSize >= 1, "Revista:Usage:BatchSize must be at least 1.")
            .Validate(o => o.RawEventDays >= 1, "Revista:Usage:RawEventDays must be at least 1.")
            .Validate(o => o.ProcessingInterval > TimeSpan.Zero, "Revista:Usage:ProcessingInterval must be positive.")
            .ValidateOnStart();
        // One recorder per process, shared by capture and processing: it remembers salts and agents.
        services.AddSingleton<UsageRecorder>();
        services.AddUsageCapture(configuration);
        services.AddSingleton(provider => new UsageProcessing(
            provider.GetRequiredService<Func<RevistaDb>>(),
            provider.GetRequiredService<UsageRecorder>(),
            provider.GetRequiredService<IOptions<UsageOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<UsageProcessing>>()));
        services.AddSingleton<UsageProcessingJob>();
        services.AddHostedService(provider => provider.GetRequiredService<UsageProcessingJob>());
        return services;
    }
}
