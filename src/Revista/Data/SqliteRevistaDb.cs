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

    private sealed class UtcTextConverter() : ValueConverter<DateTimeOffset, string>(
        value => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
        text => DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
    {
        private const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'";
    }
}
