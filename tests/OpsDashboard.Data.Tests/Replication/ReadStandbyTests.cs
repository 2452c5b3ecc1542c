using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Replication;
using OpsDashboard.Data.Reports;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Replication;

/// <summary>
/// Issue 10, past one server: a real PostgreSQL primary and a real streaming standby of it (<c>pg_basebackup -R</c>)
/// started from the local binaries. The dashboards read from the standby; a user who just imported through this
/// instance sees the import at once (read from the primary until the standby has replayed it); another instance's
/// import reaches this one as the standby replays it. Replay is paused and resumed on the standby to make each case
/// happen for certain, not by timing.
/// </summary>
public sealed class ReadStandbyTests
{
    private static readonly DateRange Range = new(new(2026, 11, 1), new(2026, 11, 2));

    [Fact]
    public async Task Reads_go_to_the_standby_and_this_instances_own_import_is_read_back_at_once()
    {
        var (primary, standby) = await PostgresCluster.StartWithStandbyAsync();
        try
        {
            await using var db = await TestDatabase.CreateOnAsync(primary);
            var name = new NpgsqlConnectionStringBuilder(db.ConnectionString).Database!;
            var standbyDatabase = standby.ConnectionStringOf(name);
            var options = new DatabaseOptions
            {
                Provider = DatabaseProvider.Postgres,
                ConnectionString = db.ConnectionString,
                ReadConnectionString = standbyDatabase,
                ReplicaMaxLagSeconds = 600,
            };
            await using var instance = new ServiceCollection()
                .AddOpsDashboardDatabase(new OpsDbContextFactory(DatabaseProvider.Postgres, db.ConnectionString), options)
                .AddOpsDashboardData()
                .BuildServiceProvider();
            Assert.True(instance.GetRequiredService<ReadRouting>().HasStandby);
            var storeId = await db.CreateStoreAsync("replicated");
            var store = (await db.Stores.FindAsync("replicated"))!;
            await WaitUntilAsync(standbyDatabase, $"SELECT count(*) FROM stores WHERE id = {storeId}", 1);

            // This instance imports while the standby replays nothing: its next read must still show the import.
            await PauseReplayAsync(standby.AdminConnectionString);
            await ImportAsync(instance.GetRequiredService<ImportService>(), storeId, "2026-11-01,A1,100,5,500.00\n2026-11-02,A1,120,6,600.00\n");
            Assert.Equal(220, await VisitorsAsync(instance, store));
            Assert.Equal(0L, await ScalarAsync(standbyDatabase, $"SELECT count(*) FROM sku_days WHERE store_id = {storeId}")); // so that read came from the primary

            // Once the standby has replayed the import, reads go to it: another instance's import (through the test
            // database's own services) is not seen while replay is paused, and is seen after it resumes.
            await ExecuteAsync(standby.AdminConnectionString, "SELECT pg_wal_replay_resume()");
            await WaitUntilAsync(standbyDatabase, $"SELECT count(*) FROM sku_days WHERE store_id = {storeId}", 2);
            Assert.Equal(220, await VisitorsAsync(instance, store));
            await PauseReplayAsync(standby.AdminConnectionString);
            await ImportAsync(db.Imports, storeId, "2026-11-02,A1,300,9,900.00\n");
            Assert.Equal(220, await VisitorsAsync(instance, store)); // the standby's figures: another instance's write has not been replayed
            await ExecuteAsync(standby.AdminConnectionString, "SELECT pg_wal_replay_resume()");
            await WaitUntilAsync(standbyDatabase, $"SELECT COALESCE(SUM(visitors), 0) FROM sku_days WHERE store_id = {storeId}", 400);
            Assert.Equal(400, await VisitorsAsync(instance, store)); // replayed: the new data version drops the cached figures
        }
        finally
        {
            await standby.StopAsync();
            await primary.StopAsync();
        }
    }

    private static async Task<long> VisitorsAsync(IServiceProvider services, Stores.StoreInfo store)
    {
        var scope = services.GetRequiredService<StoreScopeReader>().Open(store, [Range]);
        return (await scope.SkusAsync(Range)).Single(s => s.Sku == "A1").Visitors;
    }

    private static async Task ImportAsync(ImportService imports, int storeId, string rows)
    {
        var csv = "date,sku_code,visitors,paying_buyers,payment_amount\n" + rows;
        var result = await imports.ImportAsync(storeId, ImportKind.SkuDaily, Encoding.UTF8.GetBytes(csv), null);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Row} {e.Column} {e.Message}")));
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Pauses the standby's replay and waits until it has paused: <c>pg_wal_replay_pause()</c> only requests it, and a
    /// write committed on the primary meanwhile could still be replayed (CI saw the other instance's import on the
    /// standby it should not have reached yet).
    /// </summary>
    private static async Task PauseReplayAsync(string adminConnectionString)
    {
        await ExecuteAsync(adminConnectionString, "SELECT pg_wal_replay_pause()");
        await WaitUntilAsync(adminConnectionString, "SELECT CASE WHEN pg_get_wal_replay_pause_state() = 'paused' THEN 1 ELSE 0 END", 1);
    }

    /// <summary>Polls the standby until replay has brought it there (it may not exist yet: a new database replays too).</summary>
    private static async Task WaitUntilAsync(string connectionString, string sql, long expected)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            try
            {
                if (await ScalarAsync(connectionString, sql) == expected)
                {
                    return;
                }
            }
            catch (PostgresException) when (DateTime.UtcNow < deadline)
            {
                // The database or table has not been replayed yet.
            }

            Assert.True(DateTime.UtcNow < deadline, $"The standby did not reach {expected} for: {sql}");
            await Task.Delay(100);
        }
    }
}
