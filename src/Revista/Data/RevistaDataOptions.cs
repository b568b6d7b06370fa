using Npgsql;

namespace Revista.Data;

/// <summary>Where Revista keeps its data: a folder (SQLite file and assets), and optionally a PostgreSQL database instead of the file.</summary>
public sealed record RevistaDataOptions
{
    public const string DatabaseVariable = "REVISTA_DATABASE";

    /// <summary>Absolute folder holding revista.db (when SQLite) and assets/.</summary>
    public required string DataDirectory { get; init; }
    /// <summary>An Npgsql connection string; null means the embedded SQLite database.</summary>
    public string? PostgresConnectionString { get; init; }

    public bool UsesPostgres => PostgresConnectionString is not null;
    public string SqlitePath => Path.Combine(DataDirectory, "revista.db");
    public string AssetDirectory => Path.Combine(DataDirectory, "assets");

    /// <summary>
    /// Options for <c>--data DIR</c> (default ./data) and the REVISTA_DATABASE variable, which switches to PostgreSQL
    /// when it holds a connection string such as "Host=db;Database=revista;Username=revista;Password=…".
    /// </summary>
    /// <exception cref="ArgumentException">REVISTA_DATABASE is set but is not a PostgreSQL connection string.</exception>
    public static RevistaDataOptions FromEnvironment(string? dataDirectory) =>
        Create(dataDirectory, Environment.GetEnvironmentVariable(DatabaseVariable));

    internal static RevistaDataOptions Create(string? dataDirectory, string? database)
    {
        var directory = Path.GetFullPath(string.IsNullOrWhiteSpace(dataDirectory) ? "data" : dataDirectory);
        if (string.IsNullOrWhiteSpace(database))
            return new RevistaDataOptions { DataDirectory = directory };
        return new RevistaDataOptions { DataDirectory = directory, PostgresConnectionString = ValidatePostgres(database) };
    }

    private static string ValidatePostgres(string connectionString)
    {
        const string Expected = DatabaseVariable + " must be a PostgreSQL connection string such as "
            + "\"Host=localhost;Database=revista;Username=revista;Password=secret\"";
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{Expected}: {e.Message}", nameof(connectionString), e);
        }
        if (string.IsNullOrWhiteSpace(builder.Host))
            throw new ArgumentException($"{Expected}; it names no Host.", nameof(connectionString));
        return connectionString;
    }
}
