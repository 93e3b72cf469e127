using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Matchmaking.Core.Database;

/// <summary>
/// A private PostgreSQL cluster started from the machine's binaries: the embedded default used by the
/// run command and the tests when no connection string is configured. Its data lives under a folder
/// the caller chooses (the repository's ignored <c>.data/</c>), it listens on 127.0.0.1 only, and a
/// second start reuses the running cluster.
/// </summary>
public sealed class EmbeddedPostgres
{
    private const string Database = "matchmaking";
    private readonly string _root;
    private readonly Action<string> _log;

    public EmbeddedPostgres(string root, Action<string>? log = null)
    {
        _root = Path.GetFullPath(root);
        _log = log ?? (_ => { });
    }

    public string DataDirectory => Path.Combine(_root, "data");
    private string SocketDirectory => Path.Combine(_root, "run");
    private string PortFile => Path.Combine(_root, "port");
    private string LogFile => Path.Combine(_root, "postgres.log");

    /// <summary>Starts the cluster (or reuses it) and returns a connection string to an existing database.</summary>
    public async Task<string> StartAsync(string databaseName = Database, CancellationToken cancellationToken = default)
    {
        var bin = await FindOrInstallBinariesAsync(cancellationToken);
        Directory.CreateDirectory(_root);
        Directory.CreateDirectory(SocketDirectory);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", _root], asPostgres: false, cancellationToken);
            await RunAsync("chmod", ["o+x", _root], asPostgres: false, cancellationToken);
            await OpenPathForPostgresAsync(_root, cancellationToken);
        }

        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            _log($"initialising a PostgreSQL cluster in {DataDirectory}");
            await RunAsync(Path.Combine(bin, "initdb"),
                ["-D", DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], asRoot, cancellationToken);
        }

        var port = await RunningPortAsync(bin, asRoot, cancellationToken);
        if (port is null)
        {
            // A cluster that was stopped comes back on its old port, so connection strings handed out before stay valid.
            port = File.Exists(PortFile) && int.TryParse(await File.ReadAllTextAsync(PortFile, cancellationToken), out var previous)
                && PortIsFree(previous)
                ? previous
                : FreePort();
            _log($"starting PostgreSQL on 127.0.0.1:{port}");
            var options = $"-p {port} -k {SocketDirectory} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off";
            await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", DataDirectory, "-l", LogFile, "-o", options, "-w", "-t", "60", "start"],
                asRoot, cancellationToken);
            await File.WriteAllTextAsync(PortFile, port.Value.ToString(CultureInfo.InvariantCulture), cancellationToken);
        }
        else
        {
            _log($"reusing PostgreSQL on 127.0.0.1:{port}");
        }

        await CreateDatabaseIfMissingAsync(port.Value, databaseName, cancellationToken);
        return ConnectionString(port.Value, databaseName);
    }

    public static string ConnectionString(int port, string database) =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=50";

    private static async Task CreateDatabaseIfMissingAsync(int port, string database, CancellationToken cancellationToken)
    {
        // Unpooled: after a restart of the cluster, a pooled connection would be one the server has already closed.
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString(port, "postgres") + ";Pooling=false");
        await connection.OpenAsync(cancellationToken);
        await using var exists = new Npgsql.NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new Npgsql.NpgsqlParameter { Value = database });
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            // Identifiers cannot be parameters; the name is validated to be a plain identifier first.
            if (!database.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw new ArgumentException($"'{database}' is not a plain database name.", nameof(database));
            }

            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            try
            {
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.DuplicateDatabase)
            {
                // Another process created it between the check and the create.
            }
        }
    }

    private async Task<int?> RunningPortAsync(string bin, bool asRoot, CancellationToken cancellationToken)
    {
        if (!File.Exists(PortFile) || !File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            return null;
        }

        var status = await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", DataDirectory, "status"], asRoot, cancellationToken, throwOnError: false);
        if (status != 0)
        {
            return null;
        }

        return int.Parse(await File.ReadAllTextAsync(PortFile, cancellationToken), CultureInfo.InvariantCulture);
    }

    private async Task<string> FindOrInstallBinariesAsync(CancellationToken cancellationToken)
    {
        var found = FindBinaries();
        if (found is not null)
        {
            return found;
        }

        _log("PostgreSQL binaries not found; installing Debian's postgresql package with apt-get");
        await RunAsync("apt-get", ["update"], asPostgres: false, cancellationToken);
        await RunAsync("apt-get", ["install", "-y", "--no-install-recommends", "postgresql"], asPostgres: false, cancellationToken);
        return FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL binaries were not found under /usr/lib/postgresql/*/bin even after apt-get install postgresql.");
    }

    private static string? FindBinaries()
    {
        const string Root = "/usr/lib/postgresql";
        if (!Directory.Exists(Root))
        {
            return null;
        }

        return Directory.GetDirectories(Root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    /// <summary>The postgres user must be able to traverse every parent folder of the cluster.</summary>
    private static async Task OpenPathForPostgresAsync(string path, CancellationToken cancellationToken)
    {
        for (var dir = Path.GetDirectoryName(path); !string.IsNullOrEmpty(dir) && dir != "/"; dir = Path.GetDirectoryName(dir))
        {
            await RunAsync("chmod", ["o+x", dir], asPostgres: false, cancellationToken, throwOnError: false);
        }
    }

    /// <summary>Stops the cluster (fast shutdown: open connections are closed, as in a server restart).</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        var bin = await FindOrInstallBinariesAsync(cancellationToken);
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop"],
            Environment.UserName == "root", cancellationToken);
    }

    private static bool PortIsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<int> RunAsync(
        string file, IReadOnlyList<string> arguments, bool asPostgres, CancellationToken cancellationToken, bool throwOnError = true)
    {
        var start = new ProcessStartInfo
        {
            FileName = asPostgres ? "runuser" : file,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{file} {string.Join(' ', arguments)}' exited with {process.ExitCode}: {await stderr}{await stdout}");
        }

        return process.ExitCode;
    }
}
