using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Core.Targets;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Promotion;
using OpsDashboard.Data.Planning;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Testing;

/// <summary>
/// A store for the monthly plan (月计划) reviewing November 2026, hand-computed figures:
/// <list type="bullet">
/// <item>Sales: ¥1,000 a day 2025-06-01..2025-12-31 (Nov 2025 ¥30,000, Dec 2025 ¥31,000); ¥5,000 a day Jan–May 2026 (no last
/// year to compare); ¥1,200 a day Jun–Oct 2026; ¥1,500 a day in November 2026 (¥45,000: +50% on last year; against a
/// ¥50,000 target, 90%).</item>
/// <item>Growth so far (2026-06-01..11-30, 183 days known in both years): (153 × 1,200 + 30 × 1,500) ÷ 183,000 = 228,600 ÷ 183,000;
/// proposed December target 31,000 × 228,600 ÷ 183,000 = 38,724.59 → ¥38,725.</item>
/// <item>November conversion: 30 buyers a day over 1,000 visitors (Nov 1–15) and 2,000 (Nov 16–30) = 900 ÷ 45,000 = 2%;
/// peer tier 2% on the first 15 days and 3.5% on the rest: (0.02 × 15,000 + 0.035 × 30,000) ÷ 45,000 = 3% — below peer.</item>
/// <item>Ads (scene report, window 7, newest day Nov 30 so Nov 24–30 are immature): 关键词推广 ¥300 a day (¥9,000), deals ¥900 a
/// day on mature days (ROI 3) and none yet on immature ones; 精准人群推广 ¥200 a day (¥6,000), deals ¥300 a day (ROI 1.5);
/// 货品全站推广 ¥100 a day on Nov 24–30 only (¥700, no mature day: ROI unknown). 30 days with an ads report.</item>
/// <item>Proposed December budgets (31 days, paidRoiMin 2): 关键词推广 9,000 ÷ 30 × 31 = ¥9,300; 精准人群推广
/// 6,000 ÷ 30 × 31 × 0.75 = ¥4,650; 货品全站推广 none.</item>
/// </list>
/// </summary>
public static class MonthPlanFiles
{
    public static readonly DateOnly Month = new(2026, 11, 1);
    public const decimal ProposedTarget = 38_725m;
    public const decimal NovemberTarget = 50_000m;

    /// <summary>The store-daily file from 2025-06-01 (or <paramref name="from"/>) to 2026-11-30.</summary>
    public static string StoreDaily(DateOnly? from = null)
    {
        var csv = new StringBuilder("date,visitors,paying_buyers,payment_amount,peer_conversion_rate\n");
        for (var day = from ?? new DateOnly(2025, 6, 1); day <= new DateOnly(2026, 11, 30); day = day.AddDays(1))
        {
            var (visitors, buyers, sales, peer) = day switch
            {
                { Year: 2025 } => (1_000, 20, 1_000m, string.Empty),
                { Month: <= 5 } => (1_000, 50, 5_000m, string.Empty),
                { Month: <= 10 } => (1_000, 24, 1_200m, string.Empty),
                { Day: <= 15 } => (1_000, 30, 1_500m, "2.00%"),
                _ => (2_000, 30, 1_500m, "3.50%"),
            };
            csv.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},{visitors},{buyers},{sales},{peer}\n");
        }

        return csv.ToString();
    }

    /// <summary>November 2026's 万相台 scene report (no window column: the store's setting, 7 days).</summary>
    public static string Ads()
    {
        var csv = new StringBuilder("日期,场景名字,展现量,点击量,花费,总成交金额,总成交笔数\n");
        for (var day = new DateOnly(2026, 11, 1); day <= new DateOnly(2026, 11, 30); day = day.AddDays(1))
        {
            var mature = day <= new DateOnly(2026, 11, 23);
            csv.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},关键词推广,10000,300,300,{(mature ? 900 : 0)},{(mature ? 9 : 0)}\n");
            csv.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},精准人群推广,8000,200,200,{(mature ? 300 : 0)},{(mature ? 3 : 0)}\n");
            if (!mature)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},货品全站推广,5000,100,100,0,0\n");
            }
        }

        return csv.ToString();
    }

    /// <summary>Imports the files into <paramref name="storeCode"/> (window 7 days), and sets November's target.</summary>
    public static async Task<StoreInfo> SeedAsync(IServiceProvider services, string storeCode)
    {
        var stores = services.GetRequiredService<StoreCatalog>();
        await stores.SaveThresholdsAsync(storeCode, StoreThresholds.Defaults with { AdsAttributionWindowDays = 7 });
        var store = (await stores.FindAsync(storeCode))!;
        await ImportAsync(services, store, ImportKind.StoreDaily, StoreDaily());
        await ImportAsync(services, store, ImportKind.Ads, Ads());
        await services.GetRequiredService<TargetService>().SetAsync(store.Id, new TargetPeriod(TargetPeriodKind.Month, Month, NovemberTarget, TargetShape.Even));
        return store;
    }

    /// <summary>A store with November 2026 only and no ads: nothing to compare, nothing to propose from.</summary>
    public static async Task<StoreInfo> SeedNewStoreAsync(IServiceProvider services, string storeCode)
    {
        var store = (await services.GetRequiredService<StoreCatalog>().FindAsync(storeCode))!;
        await ImportAsync(services, store, ImportKind.StoreDaily, StoreDaily(Month));
        return store;
    }

    private static async Task ImportAsync(IServiceProvider services, StoreInfo store, ImportKind kind, string csv)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        if (kind == ImportKind.Ads)
        {
            var result = await services.GetRequiredService<PromotionImportService>().ImportAsync(store, kind, bytes, new ImportFileContext());
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => $"{e.Row}/{e.Column}: {e.Message}")));
            }
        }
        else
        {
            var result = await services.GetRequiredService<ImportService>().ImportAsync(store.Id, kind, bytes, kind + ".csv");
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => $"{e.Row}/{e.Column}: {e.Message}")));
            }
        }
    }
}
