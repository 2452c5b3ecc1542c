using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpsDashboard.Data;

/// <summary>
/// Creates one short-lived context per operation for the configured provider (a Blazor circuit
/// must not hold a scoped DbContext).
/// </summary>
public sealed class OpsDbContextFactory : IDbContextFactory<OpsDbContext>
{
    private readonly Func<OpsDbContext> _create;

    public OpsDbContextFactory(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        _create = provider switch
        {
            DatabaseProvider.Postgres => CreatePostgres(connectionString),
            _ => CreateSqlite(connectionString),
        };
    }

    public DatabaseProvider Provider { get; }

    public OpsDbContext CreateDbContext() => _create();

    private static Func<OpsDbContext> CreateSqlite(string connectionString)
    {
        var options = new DbContextOptionsBuilder<SqliteOpsDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(OpsDbContext).Assembly.FullName))
            .Options;
        return () => new SqliteOpsDbContext(options);
    }

    private static Func<OpsDbContext> CreatePostgres(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PostgresOpsDbContext>()
            .UseNpgsql(connectionString, o => o.EnableRetryOnFailure(maxRetryCount: 5, maxRetryDelay: TimeSpan.FromSeconds(5), errorCodesToAdd: null))
            .Options;
        return () => new PostgresOpsDbContext(options);
    }
}

/// <summary>Design-time factories so `dotnet ef migrations add` can build each provider's migration set.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOpsDbContext>
{
    public SqliteOpsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOpsDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOpsDbContext>
{
    public PostgresOpsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOpsDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
