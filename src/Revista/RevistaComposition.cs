using Microsoft.Extensions.DependencyInjection;
using Revista.Data;
using Revista.Ingest;
using Revista.Search;
using Revista.Storage;

namespace Revista;

/// <summary>The one place the core services are put together, for the web host and the command line alike.</summary>
public static class RevistaComposition
{
    public static IServiceCollection AddRevista(this IServiceCollection services, RevistaDataOptions options)
    {
        services.AddRevistaData(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(ImportLimits.Default);
        // The importer opens one short-lived context per article, so one failed article cannot poison the next.
        services.AddSingleton(provider => new Importer(
            provider.GetRequiredService<Func<RevistaDb>>(),
            provider.GetRequiredService<AssetStore>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ImportLimits>()));
        // Made by a factory, so the container disposes it and the index's write lock is let go when the host stops.
        services.AddSingleton(_ => new SearchIndex(Path.Combine(options.DataDirectory, SearchIndex.FolderName)));
        services.AddSingleton(provider => new SearchIndexer(
            provider.GetRequiredService<SearchIndex>(),
            provider.GetRequiredService<Func<RevistaDb>>(),
            provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
