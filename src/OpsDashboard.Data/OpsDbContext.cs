using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Data.Entities;
using OpsDashboard.Data.EntityConfigurations;

namespace OpsDashboard.Data;

/// <summary>
/// The model, shared by both providers. Each provider has its own subclass only so that each
/// keeps its own migration set (Migrations/Sqlite, Migrations/Postgres). The accounts (ASP.NET Core Identity,
/// Accounts/) live in the same database, so a store grant is a foreign key like any other.
/// </summary>
public abstract class OpsDbContext(DbContextOptions options) : IdentityDbContext<AppUser, IdentityRole, string>(options)
{
    public DbSet<Store> Stores => Set<Store>();
    public DbSet<Sku> Skus => Set<Sku>();
    public DbSet<TrafficSource> TrafficSources => Set<TrafficSource>();
    public DbSet<SourceAlias> SourceAliases => Set<SourceAlias>();
    public DbSet<StoreDay> StoreDays => Set<StoreDay>();
    public DbSet<ExchangeRate> ExchangeRates => Set<ExchangeRate>();
    public DbSet<SkuDay> SkuDays => Set<SkuDay>();
    public DbSet<SourceDay> SourceDays => Set<SourceDay>();
    public DbSet<SkuMonth> SkuMonths => Set<SkuMonth>();
    public DbSet<SkuRollupState> SkuRollupStates => Set<SkuRollupState>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<SalesTarget> SalesTargets => Set<SalesTarget>();
    public DbSet<Annotation> Annotations => Set<Annotation>();
    public DbSet<AdDay> AdDays => Set<AdDay>();
    public DbSet<SearchKeywordDay> SearchKeywordDays => Set<SearchKeywordDay>();
    public DbSet<PromotionBudget> PromotionBudgets => Set<PromotionBudget>();
    public DbSet<StoreGrant> StoreGrants => Set<StoreGrant>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<ApiKeyStore> ApiKeyStores => Set<ApiKeyStore>();
    public DbSet<DisplayLink> DisplayLinks => Set<DisplayLink>();
    public DbSet<DisplayLinkStore> DisplayLinkStores => Set<DisplayLinkStore>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();

    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Identity's tables first (renamed to the app's snake_case style), then one IEntityTypeConfiguration per
        // entity (EntityConfigurations/), then the table-wide naming.
        base.OnModelCreating(builder);
        IdentityTableNames.Apply(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OpsDbContext).Assembly);

        SnakeCaseNames.Apply(builder);
    }

    internal static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && !char.IsUpper(name[i - 1]))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

public sealed class SqliteOpsDbContext(DbContextOptions<SqliteOpsDbContext> options) : OpsDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresOpsDbContext(DbContextOptions<PostgresOpsDbContext> options) : OpsDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
