using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Revista.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(PostgresServer))]

namespace Revista.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server for the whole test run, started on first use: the server named by REVISTA_TEST_POSTGRES
/// (a connection string of a role that may create databases), else a throwaway cluster made with the server binaries
/// under /usr/lib/postgresql/*/bin, listening on a free port of 127.0.0.1 and deleted when the run ends.
/// Each test asks for its own database (<see cref="CreateDatabaseAsync"/>), so tests stay independent.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string Variable = "REVISTA_TEST_POSTGRES";
    private const string NotFound = "PostgreSQL server not found: install the Debian package postgresql or set " + Variable
        + " to a connection string (Host=…;Username=…;Password=…) of a role that may create databases.";

    private readonly SemaphoreSlim gate = new(1, 1);
    private string? adminConnectionString;
    private string? clusterDirectory;
    private string? binDirectory;
    private bool runAsPostgresUser;
    private bool clusterRunning;
    private Exception? startFailure;

    /// <summary>Creates an empty database with a unique name and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var admin = await StartAsync(cancellationToken);
        var name = "revista_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing its connections first.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        if (adminConnectionString is null || name is null || !name.StartsWith("revista_test_", StringComparison.Ordinal))
            return;
        await using (var pooled = new NpgsqlConnection(connectionString))
            NpgsqlConnection.ClearPool(pooled);
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (clusterRunning)
                await RunAsync(Path.Combine(binDirectory!, "pg_ctl"), ["-D", Path.Combine(clusterDirectory!, "data"), "-m", "immediate", "-w", "stop"], CancellationToken.None);
        }
        finally
        {
            if (clusterDirectory is not null && Directory.Exists(clusterDirectory))
                Directory.Delete(clusterDirectory, recursive: true);
            gate.Dispose();
        }
    }

    private async Task<string> StartAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (adminConnectionString is not null)
                return adminConnectionString;
            // One failed start fails every PostgreSQL test with the same message, without retrying each time.
            if (startFailure is not null)
                throw new InvalidOperationException(startFailure.Message, startFailure);
            try
            {
                var external = Environment.GetEnvironmentVariable(Variable);
                adminConnectionString = string.IsNullOrWhiteSpace(external)
                    ? await StartClusterAsync(cancellationToken)
                    : new NpgsqlConnectionStringBuilder(external) { Pooling = false }.ConnectionString;
                return adminConnectionString;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                startFailure = e;
                throw;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<string> StartClusterAsync(CancellationToken cancellationToken)
    {
        binDirectory = FindServerBinaries() ?? throw new InvalidOperationException(NotFound);
        // The server refuses to run as root; as root we hand the cluster to the postgres account the package creates.
        runAsPostgresUser = Environment.IsPrivilegedProcess;
        clusterDirectory = Directory.CreateTempSubdirectory("revista-pg-").FullName;
        if (runAsPostgresUser)
            await RunAsync("chown", ["postgres:postgres", clusterDirectory], cancellationToken, asPostgres: false);

        var data = Path.Combine(clusterDirectory, "data");
        await RunAsync(Path.Combine(binDirectory, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], cancellationToken);
        var port = FreePort();
        // Durability settings off: the cluster lives for one test run.
        var options = string.Create(CultureInfo.InvariantCulture,
            $"-p {port} -k {clusterDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        await RunAsync(Path.Combine(binDirectory, "pg_ctl"), ["-D", data, "-l", Path.Combine(clusterDirectory, "server.log"), "-w", "-t", "60", "-o", options, "start"], cancellationToken);
        clusterRunning = true;
        return string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false");
    }

    private static string? FindServerBinaries()
    {
        const string Root = "/usr/lib/postgresql";
        if (!Directory.Exists(Root))
            return null;
        return Directory.GetDirectories(Root)
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task RunAsync(string program, string[] arguments, CancellationToken cancellationToken, bool asPostgres = true)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres && runAsPostgresUser)
        {
            start.FileName = "runuser";
            foreach (var argument in (string[])["-u", "postgres", "--", program])
                start.ArgumentList.Add(argument);
        }
        else
        {
            start.FileName = program;
        }
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        if (process.ExitCode != 0)
        {
            var log = clusterDirectory is not null && File.Exists(Path.Combine(clusterDirectory, "server.log"))
                ? await File.ReadAllTextAsync(Path.Combine(clusterDirectory, "server.log"), CancellationToken.None)
                : "";
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}{await error}{log}");
        }
    }
}
