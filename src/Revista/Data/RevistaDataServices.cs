using Microsoft.Extensions.DependencyInjection;
using Revista.Storage;

namespace Revista.Data;

public static class RevistaDataServices
{
    /// <summary>
    /// Registers the options, the asset store and a scoped <see cref="RevistaDb"/> (the SQLite or PostgreSQL subclass
    /// behind it, as the options say).
    /// </summary>
    public static IServiceCollection AddRevistaData(this IServiceCollection services, RevistaDataOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(new AssetStore(options.AssetDirectory));
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
}
