using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Revista.Data;

/// <summary>The embedded database: one SQLite file in WAL mode (see <see cref="SqlitePragmaInterceptor"/>).</summary>
public sealed class SqliteRevistaDb : RevistaDb
{
    public SqliteRevistaDb(DbContextOptions<SqliteRevistaDb> options)
        : base(options)
    {
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // SQLite has no timestamp type and EF cannot order or compare DateTimeOffset there; a fixed-width UTC text
        // sorts correctly and stays readable in the sqlite3 shell.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTextConverter>().HaveMaxLength(28);

    // The round-trip format "O" of a UTC DateTime is exactly yyyy-MM-ddTHH:mm:ss.fffffffZ, 28 characters, and .NET
    // formats and parses it on a fast path; the same pattern spelled out as a custom format took several times longer,
    // which showed in every stored usage event (perf, decision #26).
    private sealed class UtcTextConverter() : ValueConverter<DateTimeOffset, string>(
        value => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        text => DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
}
