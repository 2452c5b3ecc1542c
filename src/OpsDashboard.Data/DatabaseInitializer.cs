using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace OpsDashboard.Data;

/// <summary>Applies the provider's migrations at start-up and tunes SQLite for concurrent readers.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<OpsDbContext> contextFactory, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets pages read while an import writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        await db.Database.MigrateAsync(ct);
        logger.LogInformation("Database ready on {Provider}; {PendingCount} migrations applied", db.Provider, pending.Count);
    }

    /// <summary>How long a health probe waits for the database before calling it down.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1.5);

    private int _lastProbeFailed;

    /// <summary>
    /// Whether the database answers <c>SELECT 1</c> within <see cref="ProbeTimeout"/>. The probe
    /// opens its own unpooled connection and bypasses the retry policy: a health check that retries
    /// took 14 s to say "down", and a pooled connection can look alive after the server restarted.
    /// </summary>
    public async Task<bool> CanConnectAsync(CancellationToken ct = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(timeout.Token);
            await using var connection = ProbeConnection(db);
            await connection.OpenAsync(timeout.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(timeout.Token);
            if (Interlocked.Exchange(ref _lastProbeFailed, 0) == 1 && db.Provider == DatabaseProvider.Postgres)
            {
                // Back after an outage: pooled connections to the old server process are dead sockets;
                // drop them so the next requests do not spend their retries finding that out.
                NpgsqlConnection.ClearAllPools();
            }

            return true;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning("Database health check found no answer within {Timeout}", ProbeTimeout);
            Volatile.Write(ref _lastProbeFailed, 1);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Database health check failed");
            Volatile.Write(ref _lastProbeFailed, 1);
            return false;
        }
    }

    private static DbConnection ProbeConnection(OpsDbContext db)
    {
        var connectionString = db.Database.GetConnectionString();
        return db.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString)
            {
                Pooling = false,
                Timeout = (int)Math.Ceiling(ProbeTimeout.TotalSeconds),
                CommandTimeout = (int)Math.Ceiling(ProbeTimeout.TotalSeconds),
            }.ConnectionString)
            : new SqliteConnection(connectionString);
    }
}
