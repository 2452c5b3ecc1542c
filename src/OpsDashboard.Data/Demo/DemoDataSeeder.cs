using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.PageHealth;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Targets;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Planning;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Demo;

/// <summary>
/// Fills an empty database with the demo stores (Demo__Seed, DOMAIN §6), so a fresh
/// <c>dotnet run</c> shows a living dashboard. Writes through the same import path as an
/// operator's files, one month of one kind per transaction, so aliases, SKUs and sources are
/// created exactly as a real import creates them.
/// </summary>
public sealed class DemoDataSeeder(
    IDbContextFactory<OpsDbContext> contextFactory,
    StoreCatalog stores,
    ImportService imports,
    TargetService targets,
    AnnotationService annotations,
    KpiQueries queries,
    ILogger<DemoDataSeeder> logger,
    Import.Promotion.PromotionImportService? promotion = null,
    Import.Service.ServiceImportService? serviceImports = null)
{
    /// <summary>The demo targets ask for this much more than the same month last year.</summary>
    private const decimal TargetGrowth = 1.15m;

    /// <summary>How many months, ending with the last day's, get a demo target.</summary>
    private const int TargetMonths = 3;

    /// <summary>The demo's promotion budgets per scene and month (<see cref="DemoAds.Budgets"/>), written in one go.</summary>
    private async Task SeedBudgetsAsync(int storeId, IReadOnlyList<(DateOnly Month, SceneBudget Budget)> budgets, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        db.PromotionBudgets.AddRange(budgets.Select(b => new Entities.PromotionBudget
        {
            StoreId = storeId, Month = b.Month, Scene = b.Budget.Scene, AmountMinor = Money.ToMinorUnits(b.Budget.Amount), UpdatedAt = DateTimeOffset.UtcNow,
        }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Seeds <see cref="DemoDataGenerator.Months"/> months ending on <paramref name="lastDay"/> (the
    /// app passes yesterday). Returns false and writes nothing when any store exists.
    /// </summary>
    public async Task<bool> SeedIfEmptyAsync(DateOnly lastDay, CancellationToken ct)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(ct))
        {
            if (await db.Stores.AnyAsync(ct))
            {
                logger.LogInformation("Demo data not seeded: the database already has stores");
                return false;
            }
        }

        var stopwatch = Stopwatch.StartNew();
        var from = DemoDataGenerator.FirstDay(lastDay);
        var seeded = 0;
        long totalRows = 0;
        foreach (var profile in DemoStores.All)
        {
            StoreInfo store;
            try
            {
                store = await stores.CreateAsync(new NewStore(profile.Code, profile.Name, profile.Platform, profile.Currency), ct);
            }
            catch (StoreConflictException)
            {
                // Another instance started on the same empty database at the same moment.
                logger.LogWarning("Demo store {StoreCode} already exists; skipping it", profile.Code);
                continue;
            }

            totalRows += await SeedStoreAsync(profile, store, from, lastDay, ct);
            await SeedPlanAsync(profile, store, from, lastDay, ct);
            seeded++;
        }

        logger.LogInformation(
            "Demo data seeded: {StoreCount} stores, {RowCount} rows from {From} to {To} in {ElapsedMs} ms",
            seeded, totalRows, from, lastDay, stopwatch.ElapsedMilliseconds);
        return seeded > 0;
    }

    private async Task<long> SeedStoreAsync(DemoStoreProfile profile, StoreInfo store, DateOnly from, DateOnly lastDay, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        long storeDays = 0, skuDays = 0, sourceDays = 0;
        var payments = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var days = DemoDataGenerator.Generate(profile, from, lastDay, DemoDataGenerator.SeedFor(profile, lastDay)).ToList();
        var storeDaysByDate = days.ToDictionary(d => d.Date, d => d.Store);
        foreach (var month in DemoImports.ByMonth(profile, days))
        {
            var monthName = string.Create(CultureInfo.InvariantCulture, $"{month.Month:yyyy-MM}");
            foreach (var (fileName, content) in PlatformFiles(profile, month, storeDaysByDate))
            {
                // The platform's own export, through the real parser and its header dialect (DOMAIN §9).
                var name = $"demo-{profile.Code}-{fileName}-{monthName}.csv";
                Check(profile, name, await imports.ImportAsync(store.Id, fileName.StartsWith("sku", StringComparison.Ordinal) ? ImportKind.SkuDaily : ImportKind.StoreDaily, content, name, ct));
            }

            foreach (var parsed in OtherFiles(profile, month))
            {
                var fileName = $"demo-{profile.Code}-{parsed.Kind.ToApiName()}-{monthName}";
                Check(profile, fileName, await imports.WriteAsync(store.Id, parsed, fileName, ct));
            }

            storeDays += month.StoreDaily.Rows.Count;
            skuDays += month.SkuDaily.Rows.Count;
            sourceDays += month.SourceDaily.Rows.Count;
            foreach (var row in month.Days.SelectMany(d => d.Skus))
            {
                payments[row.SkuCode] = payments.GetValueOrDefault(row.SkuCode) + row.PaymentAmount;
            }
        }

        if (promotion is not null && profile.Platform is "tmall" or "jd")
        {
            // The last weeks' 万相台 reports and search keywords (DemoAds), through the same writer as an upload.
            var (ads, keywords) = DemoAds.Build(profile, days.Select(d => d.Store).ToList());
            await promotion.WriteAdsAsync(store.Id, ads, $"demo-{profile.Code}-ads", ct);
            await promotion.WriteSearchKeywordsAsync(store.Id, keywords, $"demo-{profile.Code}-search-keywords", ct);
            await SeedBudgetsAsync(store.Id, DemoAds.Budgets(ads.Rows), ct);
        }

        if (serviceImports is not null && days.Count > 0 && profile.Platform is "tmall" or "jd")
        {
            // Agents, refunds, rivals and lost customers for the last weeks (issue 12), through the same writer as their imports.
            foreach (var parsed in DemoServiceData.For(profile, days, DemoDataGenerator.SeedFor(profile, lastDay)))
            {
                await serviceImports.WriteAsync(store.Id, parsed, $"demo-{profile.Code}-{parsed.Kind.ToApiName()}", ct);
            }
        }

        string? flagship = null;
        if (profile.ChooseFlagship)
        {
            // The same rule the page-health check uses when no flagship is chosen (Core's Flagship.Select).
            flagship = Flagship.Select(null, payments.Select(p => new SkuTotals { Sku = p.Key, PaymentAmount = p.Value }))?.Sku;
            if (flagship is not null)
            {
                await stores.UpdateAsync(profile.Code, new StoreChanges(null, null, null, flagship), ct);
            }
        }

        logger.LogInformation(
            "Demo store {StoreCode} seeded: {StoreDays} store days, {SkuDays} SKU days, {SourceDays} source days, flagship {FlagshipSku}, in {ElapsedMs} ms",
            profile.Code, storeDays, skuDays, sourceDays, flagship, stopwatch.ElapsedMilliseconds);
        return storeDays + skuDays + sourceDays;
    }

    /// <summary>
    /// A month's files in the platform's own export shape (京东商智 funnel and 商品明细; Shopify's sales then
    /// sessions reports), named by kind ("store-…" or "sku-…"); none for a 生意参谋 store.
    /// </summary>
    private static IEnumerable<(string Name, byte[] Content)> PlatformFiles(DemoStoreProfile profile, DemoMonth month, IReadOnlyDictionary<DateOnly, DemoStoreDay> storeDays)
    {
        var days = month.Days.Select(d => d.Store).ToList();
        switch (profile.Platform)
        {
            case "jd":
                yield return ("store-jd-funnel", DemoPlatformFiles.JdStoreFunnel(days, date => storeDays.GetValueOrDefault(date)));
                yield return ("sku-jd-detail", DemoPlatformFiles.JdSkuDetail(profile, month.Days.SelectMany(d => d.Skus)));
                break;
            case "shopify":
                yield return ("store-shopify-sales", DemoPlatformFiles.ShopifySales(days));
                yield return ("store-shopify-sessions", DemoPlatformFiles.ShopifySessions(days));
                break;
        }
    }

    /// <summary>What the platform's own files do not carry, from the store's other files (all of it for a 生意参谋 store).</summary>
    private static IEnumerable<ParsedImport> OtherFiles(DemoStoreProfile profile, DemoMonth month) =>
    [
        DemoImports.Carrying(month.StoreDaily, DemoPlatformFiles.StoreRemainder(profile.Platform)),
        DemoImports.Carrying(month.SkuDaily, DemoPlatformFiles.SkuRemainder(profile.Platform)),
        month.SourceDaily,
    ];

    private static void Check(DemoStoreProfile profile, string fileName, ImportResult result)
    {
        if (!result.Succeeded)
        {
            var first = result.Errors[0];
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Demo data for {profile.Code} was rejected ({fileName}, row {first.Row}, column {first.Column}): {first.Message}"));
        }
    }

    /// <summary>
    /// What a team would have set up: monthly targets shaped like the same month last year, and
    /// dated notes for the promotions and a couple of page and price changes, so the target panel,
    /// the attention list and the trend marks have something to show.
    /// </summary>
    private async Task SeedPlanAsync(DemoStoreProfile profile, StoreInfo store, DateOnly from, DateOnly lastDay, CancellationToken ct)
    {
        var month = new DateOnly(lastDay.Year, lastDay.Month, 1);
        for (var i = 0; i < TargetMonths; i++, month = month.AddMonths(-1))
        {
            var lastYear = new DateRange(month.AddYears(-1), month.AddYears(-1).AddMonths(1).AddDays(-1));
            if (lastYear.From < from)
            {
                continue;
            }

            var sales = (await queries.StoreTotalsAsync(store.Id, lastYear, ct)).PaymentAmount;
            var amount = decimal.Round(sales * TargetGrowth / 1000m) * 1000m;
            if (amount > 0m)
            {
                await targets.SetAsync(store.Id, new TargetPeriod(TargetPeriodKind.Month, month, amount, TargetShape.LastYear), ct);
            }
        }

        var notes = new List<(DateOnly Date, string Text)>();
        foreach (var promotion in profile.Promotions)
        {
            for (var year = from.Year; year <= lastDay.Year; year++)
            {
                var day = new DateOnly(year, promotion.Month, promotion.Day);
                notes.Add((day.AddDays(-promotion.PreHeatDays), $"{promotion.Name} 预热开始 / pre-heat starts"));
                notes.Add((day, $"{promotion.Name} 大促 / main day"));
            }
        }

        notes.Add((lastDay.AddDays(-6), $"主图更换 / main image changed: {profile.Skus[0].Name}"));
        notes.Add((lastDay.AddDays(-13), $"降价 10% / price cut 10%: {profile.Skus[1].Name}"));
        foreach (var (date, text) in notes.Where(n => n.Date >= from && n.Date <= lastDay).OrderBy(n => n.Date))
        {
            await annotations.AddAsync(store.Id, date, text, ct);
        }
    }
}
