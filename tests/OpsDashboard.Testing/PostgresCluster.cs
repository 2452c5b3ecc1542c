using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OpsDashboard.Testing;

/// <summary>
/// A throwaway PostgreSQL 15 cluster for the whole test run, started from the local server binaries
/// on a free loopback port, or the server named by OPSDASH_TEST_POSTGRES when that is set.
/// A watchdog stops the cluster and removes its files when the test process ends, however it ends.
/// </summary>
public sealed class PostgresCluster
{
    public const string EnvironmentVariable = "OPSDASH_TEST_POSTGRES";
    private const string BinFolder = "/usr/lib/postgresql/15/bin";

    private static readonly Lazy<Task<PostgresCluster>> SharedCluster = new(StartAsync);

    private readonly LocalServer? _server;

    private PostgresCluster(string adminConnectionString, LocalServer? server = null)
    {
        AdminConnectionString = adminConnectionString;
        _server = server;
    }

    /// <summary>The files and command line of a cluster this process started (null for an external server).</summary>
    private sealed record LocalServer(string DataDir, string LogFile, string Options, bool AsRoot);

    public string AdminConnectionString { get; }

    public static Task<PostgresCluster> SharedAsync() => SharedCluster.Value;

    /// <summary>Creates an empty database for one test and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "opsdash_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// A cluster of this test's own, always from the local binaries, that the test may stop and
    /// start again (outage and chaos tests) without disturbing the shared one.
    /// </summary>
    /// <remarks>
    /// Durable, unlike the shared cluster (fsync and synchronous commit off for speed): these tests
    /// stop the server as a crash would, and a commit the app was told of must survive that.
    /// </remarks>
    public static Task<PostgresCluster> StartOwnAsync() => StartLocalAsync(durable: true);

    /// <summary>
    /// A primary of this test's own and a streaming standby of it, each on its own loopback port: the standby is a
    /// <c>pg_basebackup -R</c> copy of the primary, so it replays the primary's WAL and answers read-only queries.
    /// </summary>
    public static async Task<(PostgresCluster Primary, PostgresCluster Standby)> StartWithStandbyAsync()
    {
        var primary = await StartLocalAsync(durable: true);
        var primaryPort = new NpgsqlConnectionStringBuilder(primary.AdminConnectionString).Port;
        var (folder, dataDir, asRoot) = await NewFolderAsync();
        await RunToolAsync("pg_basebackup", asRoot, $"-h 127.0.0.1 -p {primaryPort} -U postgres -D {dataDir} -R -X stream");
        var standby = await StartServerAsync(folder, dataDir, asRoot, string.Empty);
        return (primary, standby);
    }

    /// <summary>The connection string of <paramref name="database"/> on this server.</summary>
    public string ConnectionStringOf(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    /// <summary>Stops the server at once, as a crash or a cut network would (pg_ctl -m immediate).</summary>
    public Task StopAsync() =>
        RunToolAsync("pg_ctl", Server.AsRoot, $"-D {Server.DataDir} -m immediate -w -t 60 stop");

    /// <summary>Starts a stopped server again on the same port and data.</summary>
    public Task StartAgainAsync() =>
        RunToolAsync("pg_ctl", Server.AsRoot, $"-D {Server.DataDir} -l {Server.LogFile} -o \"{Server.Options}\" -w -t 60 start");

    private LocalServer Server => _server ?? throw new InvalidOperationException("Only a cluster started by this process can be stopped and started.");

    private static Task<PostgresCluster> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return !string.IsNullOrWhiteSpace(external) ? Task.FromResult(new PostgresCluster(external)) : StartLocalAsync(durable: false);
    }

    private static async Task<PostgresCluster> StartLocalAsync(bool durable)
    {
        if (!File.Exists(Path.Combine(BinFolder, "initdb")))
        {
            throw new InvalidOperationException(
                $"PostgreSQL 15 server binaries are not in {BinFolder}. Install them (apt-get install postgresql-15, which ./test.sh does) " +
                $"or set {EnvironmentVariable} to a connection string of a server the tests may create databases on.");
        }

        var (folder, dataDir, asRoot) = await NewFolderAsync();
        await RunToolAsync("initdb", asRoot, $"-D {dataDir} -U postgres -A trust --encoding=UTF8 --locale=C.UTF-8 --no-sync");
        var speed = durable ? string.Empty : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        return await StartServerAsync(folder, dataDir, asRoot, speed);
    }

    /// <summary>An empty folder for one server's files, owned by the postgres user when the tests run as root.</summary>
    private static async Task<(string Folder, string DataDir, bool AsRoot)> NewFolderAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "opsdash-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // initdb refuses to run as root: the cluster belongs to the postgres user.
            await RunAsync("chown", $"postgres:postgres {folder}");
        }

        return (folder, Path.Combine(folder, "data"), asRoot);
    }

    private static async Task<PostgresCluster> StartServerAsync(string folder, string dataDir, bool asRoot, string speed)
    {
        var port = FreePort();
        var options = $"-p {port} -h 127.0.0.1 -k {folder}{speed} -c max_connections=200";
        var logFile = Path.Combine(folder, "server.log");
        await RunToolAsync("pg_ctl", asRoot, $"-D {dataDir} -l {logFile} -o \"{options}\" -w -t 60 start");
        StartWatchdog(folder, dataDir, asRoot);

        var connectionString = string.Create(
            CultureInfo.InvariantCulture,
            $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50;Timeout=30;Command Timeout=120");
        return new PostgresCluster(connectionString, new LocalServer(dataDir, logFile, options, asRoot));
    }

    /// <summary>Stops the server when this test process is gone, even if it crashed.</summary>
    private static void StartWatchdog(string folder, string dataDir, bool asRoot)
    {
        var stop = $"{(asRoot ? "runuser -u postgres -- " : string.Empty)}{BinFolder}/pg_ctl -D {dataDir} -m immediate stop";
        var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; {stop} >/dev/null 2>&1; rm -rf {folder}";
        var watchdog = new ProcessStartInfo("setsid", ["sh", "-c", script])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process.Start(watchdog);
    }

    private static Task RunToolAsync(string tool, bool asRoot, string arguments) =>
        asRoot
            ? RunAsync("runuser", $"-u postgres -- {BinFolder}/{tool} {arguments}")
            : RunAsync(Path.Combine(BinFolder, tool), arguments);

    private static async Task RunAsync(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
