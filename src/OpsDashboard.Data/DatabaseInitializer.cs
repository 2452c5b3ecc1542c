using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

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

    public async Task<bool> CanConnectAsync(CancellationToken ct = default)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(ct);
            return await db.Database.CanConnectAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Database health check failed");
            return false;
        }
    }
}
