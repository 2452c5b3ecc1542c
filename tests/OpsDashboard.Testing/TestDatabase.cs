using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Data;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Planning;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Testing;

/// <summary>
/// A fresh, migrated database for one test on a real provider: a temporary SQLite file or a new
/// database on the throwaway PostgreSQL cluster. Never an in-memory stand-in.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly PostgresCluster? _cluster;

    private TestDatabase(DatabaseProvider provider, string connectionString, PostgresCluster? cluster, string? sqliteFile)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _cluster = cluster;
        SqliteFile = sqliteFile;
        Factory = new OpsDbContextFactory(provider, connectionString);
        Options = new DatabaseOptions { Provider = provider, ConnectionString = connectionString };
        // The app's own service graph over this database (DataServices), not a hand-wired copy of it.
        Services = new ServiceCollection().AddOpsDashboardDatabase(Factory, Options).AddOpsDashboardData().BuildServiceProvider();
        Stores = Services.GetRequiredService<StoreCatalog>();
        Queries = Services.GetRequiredService<KpiQueries>();
        Reports = Services.GetRequiredService<StoreReports>();
        Imports = Services.GetRequiredService<ImportService>();
        Targets = Services.GetRequiredService<TargetService>();
        Annotations = Services.GetRequiredService<AnnotationService>();
        Scopes = Services.GetRequiredService<StoreScopeReader>();
        Attention = Services.GetRequiredService<AttentionService>();
    }

    /// <summary>The data services over this database, registered as the app registers them.</summary>
    public ServiceProvider Services { get; }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public string? SqliteFile { get; }
    public OpsDbContextFactory Factory { get; }
    public DatabaseOptions Options { get; }
    public StoreCatalog Stores { get; }
    public KpiQueries Queries { get; }
    public StoreReports Reports { get; }
    public ImportService Imports { get; }
    public TargetService Targets { get; }
    public AnnotationService Annotations { get; }
    public StoreScopeReader Scopes { get; }
    public AttentionService Attention { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            return await CreateOnAsync(await PostgresCluster.SharedAsync());
        }

        var folder = Path.Combine(Path.GetTempPath(), "opsdash-tests");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".db");
        var database = new TestDatabase(provider, $"Data Source={file};Default Timeout=60", null, file);
        await database.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        return database;
    }

    /// <summary>A fresh, migrated PostgreSQL database on the given cluster (an outage test's own cluster).</summary>
    public static async Task<TestDatabase> CreateOnAsync(PostgresCluster cluster)
    {
        var database = new TestDatabase(DatabaseProvider.Postgres, await cluster.CreateDatabaseAsync(), cluster, null);
        await database.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        return database;
    }

    public OpsDbContext CreateContext() => Factory.CreateDbContext();

    /// <summary>Creates a store and returns its id.</summary>
    public async Task<int> CreateStoreAsync(string code = "test-store", string currency = "CNY") =>
        (await Stores.CreateAsync(new NewStore(code, "Test store " + code, "tmall", currency))).Id;

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_cluster is not null)
        {
            await _cluster.DropDatabaseAsync(ConnectionString);
        }
        else if (SqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { SqliteFile, SqliteFile + "-wal", SqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}

