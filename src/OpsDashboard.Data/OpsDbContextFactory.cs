using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpsDashboard.Data;

/// <summary>
/// Creates one short-lived context per operation for the configured provider (a Blazor circuit
/// must not hold a scoped DbContext).
/// </summary>
public sealed class OpsDbContextFactory : IDbContextFactory<OpsDbContext>
{
    private readonly Func<OpsDbContext> _create;

    /// <param name="interceptors">Added to every context (the bench counts the commands EF sends with one).</param>
    public OpsDbContextFactory(DatabaseProvider provider, string connectionString, params IInterceptor[] interceptors)
    {
        Provider = provider;
        IInterceptor[] all = [.. interceptors, Writes];
        _create = provider switch
        {
            DatabaseProvider.Postgres => CreatePostgres(connectionString, all),
            _ => CreateSqlite(connectionString, all),
        };
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The writes made through this factory, counted for read routing (Replication/ReadRouting).</summary>
    public Replication.WriteNotices Writes { get; } = new();

    public OpsDbContext CreateDbContext() => _create();

    private static Func<OpsDbContext> CreateSqlite(string connectionString, IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<SqliteOpsDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(OpsDbContext).Assembly.FullName))
            .AddInterceptors(interceptors)
            .Options;
        return () => new SqliteOpsDbContext(options);
    }

    private static Func<OpsDbContext> CreatePostgres(string connectionString, IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<PostgresOpsDbContext>()
            .UseNpgsql(connectionString, o => o.EnableRetryOnFailure(maxRetryCount: 5, maxRetryDelay: TimeSpan.FromSeconds(5), errorCodesToAdd: null))
            .AddInterceptors(interceptors)
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
