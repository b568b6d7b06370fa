using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Revista.Data;
using Revista.Statistics;

namespace Revista.Web.Statistics;

/// <summary>Registers the usage processing job in the web host.</summary>
internal static class UsageProcessingServices
{
    public static IServiceCollection AddUsageProcessing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UsageOptions>().Bind(configuration.GetSection(UsageOptions.Section));
        // The capture shares this instance: one recorder per process remembers salts and agents.
        services.TryAddSingleton<UsageRecorder>();
        services.AddSingleton(provider => new UsageProcessing(
            provider.GetRequiredService<Func<RevistaDb>>(),
            provider.GetRequiredService<UsageRecorder>(),
            provider.GetRequiredService<IOptions<UsageOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<UsageProcessing>>()));
        services.AddHostedService<UsageProcessingJob>();
        return services;
    }
}
