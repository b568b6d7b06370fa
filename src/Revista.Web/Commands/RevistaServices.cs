using Revista.Data;
using Revista.Ingest;

namespace Revista.Web.Commands;

/// <summary>The core services for a command that runs without the web host: migrated database, store, importer.</summary>
internal sealed class RevistaServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private RevistaServices(ServiceProvider provider) => _provider = provider;

    public Importer Importer => _provider.GetRequiredService<Importer>();

    public Revista.Search.SearchIndexer SearchIndexer => _provider.GetRequiredService<Revista.Search.SearchIndexer>();

    public RevistaDb OpenDb() => _provider.GetRequiredService<Func<RevistaDb>>()();

    public static async Task<RevistaServices> OpenAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var provider = new ServiceCollection()
            .AddRevista(RevistaDataOptions.FromEnvironment(dataDirectory))
            .BuildServiceProvider();
        await provider.MigrateRevistaAsync(cancellationToken);
        return new RevistaServices(provider);
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
