using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Data.Demo;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Planning;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data;

/// <summary>
/// The data layer's service graph, registered once: the app (<c>Extensions.AddApplicationServices</c>)
/// and the tests (<c>TestDatabase</c>, the bUnit context) all call <see cref="AddOpsDashboardData"/> with
/// their own database, instead of wiring the services by hand.
/// </summary>
public static class DataServices
{
    /// <summary>
    /// Every data service as a singleton. They read the <see cref="IDbContextFactory{OpsDbContext}"/>,
    /// <see cref="DatabaseOptions"/> and <see cref="TimeProvider"/> the caller registers (see
    /// <see cref="AddOpsDashboardDatabase"/>); loggers default to none when the caller has no logging.
    /// </summary>
    public static IServiceCollection AddOpsDashboardData(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.TryAddSingleton<DatabaseInitializer>();
        services.TryAddSingleton<ICallerSource, SystemCallerSource>();
        services.TryAddSingleton<StoreAccess>();
        services.TryAddSingleton<AccessDirectory>();
        services.TryAddSingleton<AccessChanges>();
        services.TryAddSingleton<Replication.ReadRouting>();
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<CredentialService>();
        services.TryAddSingleton<StoreCatalog>();
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<KpiQueries>(sp, sp.GetRequiredService<Replication.ReadRouting>().Contexts));
        services.TryAddSingleton<StoreReports>();
        services.TryAddSingleton<PageHealthTrends>();
        services.TryAddSingleton<MeetingReports>();
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<Caching.StoreReadCache>(sp, sp.GetRequiredService<Replication.ReadRouting>().Contexts));
        services.TryAddSingleton<StoreScopeReader>();
        services.TryAddSingleton<MorningReviewReports>();
        services.TryAddSingleton<ImportService>();
        services.TryAddSingleton<DemoDataSeeder>();
        services.TryAddSingleton<TargetService>();
        services.TryAddSingleton<AnnotationService>();
        services.TryAddSingleton<AttentionService>();
        services.TryAddSingleton<PortfolioService>();
        services.TryAddSingleton<Currency.ExchangeRateService>();
        services.TryAddSingleton<Import.Promotion.PromotionImportService>();
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<Reports.Promotion.PromotionReports>(sp, sp.GetRequiredService<Replication.ReadRouting>().Contexts));
        services.TryAddSingleton<Planning.PromotionBudgetService>();
        services.TryAddSingleton<Planning.MonthReviewService>();
        services.TryAddSingleton<Reports.Promotion.PromotionPeriodReports>();
        services.TryAddSingleton<Import.Service.ServiceImportService>();
        services.TryAddSingleton<ImportKindRegistry>();
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<Reports.Service.ServiceReports>(sp, sp.GetRequiredService<Replication.ReadRouting>().Contexts));
        return services;
    }

    /// <summary>A given database: its context factory and options (tests and tools, which know theirs up front).</summary>
    public static IServiceCollection AddOpsDashboardDatabase(this IServiceCollection services, IDbContextFactory<OpsDbContext> factory, DatabaseOptions options)
    {
        services.AddSingleton(factory);
        services.AddSingleton(options);
        return services;
    }
}
