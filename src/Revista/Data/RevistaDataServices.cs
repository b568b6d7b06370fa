using Microsoft.Extensions.DependencyInjection;
using Revista.Storage;

namespace Revista.Data;

public static class RevistaDataServices
{
    /// <summary>
    /// Registers the options, the asset store, a scoped <see cref="RevistaDb"/> (the SQLite or PostgreSQL subclass
    /// behind it, as the options say) and a <c>Func&lt;RevistaDb&gt;</c> that makes a new context for work outside a
    /// request scope (an import opens one per article; the caller disposes it).
    /// </summary>
    public static IServiceCollection AddRevistaData(this IServiceCollection services, RevistaDataOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(new AssetStore(options.AssetDirectory));
        services.AddSingleton<Func<RevistaDb>>(() => RevistaDatabase.Create(options));
        if (options.PostgresConnectionString is { } connectionString)
        {
            services.AddDbContext<PostgresRevistaDb>(builder => RevistaDatabase.ConfigurePostgres(builder, connectionString));
            services.AddScoped<RevistaDb>(provider => provider.GetRequiredService<PostgresRevistaDb>());
        }
        else
        {
            services.AddDbContext<SqliteRevistaDb>(builder => RevistaDatabase.ConfigureSqlite(builder, options));
            services.AddScoped<RevistaDb>(provider => provider.GetRequiredService<SqliteRevistaDb>());
        }
        return services;
    }

    /// <summary>Creates the database when absent and applies pending migrations, before the host starts serving.</summary>
    public static async Task MigrateRevistaAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var db = services.GetRequiredService<Func<RevistaDb>>()();
        await db.MigrateAsync(cancellationToken);
    }
}
