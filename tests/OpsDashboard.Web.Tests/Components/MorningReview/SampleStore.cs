using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Import;
using OpsDashboard.Web.Components.Pages.MorningReview;
using OpsDashboard.Data.Reports;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Tests.Components.MorningReview;

/// <summary>
/// A hand-made store: the range 2026-11-02..03 against the previous period 2026-10-31..11-01.
/// Every expected figure is worked out in the comments.
/// </summary>
public static class SampleStore
{
    public const string Code = "sample";
    public static readonly DateRange Range = new(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 3));
    public const string Query = "?store=sample&from=2026-11-02&to=2026-11-03";

    public const string StoreDaily = OpsDashboard.Testing.TwoDayStoreFiles.StoreDaily;

    public const string SourceDaily = OpsDashboard.Testing.TwoDayStoreFiles.SourceDaily;

    /// <summary>
    /// A100: 1200 visitors, 60 paying ⇒ 0.05 (was 40 of 1000 = 0.04: +1 pt), stock 35 on the last day, 2 negative reviews.
    /// P200 (presale now, not before): 1000 visitors, 60 orders ⇒ judged 0.06 (was 40 orders of 1000 = 0.04: +2 pt), stock unknown.
    /// S3–S6 have 100, 90, 80, 70 visitors: S6 is sixth and not shown.
    /// </summary>
    public const string SkuDaily =
        "date,sku_code,sku_name,visitors,page_views,bounced_visitors,order_buyers,paying_buyers,payment_amount,presale,stock_on_hand,negative_reviews\n" +
        "2026-11-02,A100,Coat,600,1800,200,36,30,3000,0,40,1\n" +
        "2026-11-03,A100,Coat,600,1800,200,30,30,3000,0,35,1\n" +
        "2026-11-02,P200,Presale boots,500,1000,100,25,0,0,1,,0\n" +
        "2026-11-03,P200,Presale boots,500,1000,100,35,0,0,1,,0\n" +
        "2026-11-02,S3,Scarf,100,200,50,3,2,200,0,10,0\n" +
        "2026-11-02,S4,Socks,90,180,40,3,2,100,0,10,0\n" +
        "2026-11-02,S5,Shirt,80,160,30,3,2,300,0,10,0\n" +
        "2026-11-02,S6,Shoes,70,140,20,3,2,400,0,10,0\n" +
        "2026-11-01,A100,Coat,1000,3000,300,45,40,4000,0,50,0\n" +
        "2026-11-01,P200,Presale boots,1000,2000,200,40,0,0,0,,0\n";

    /// <summary>Creates the store in the test's database and imports its three files.</summary>
    public static async Task SeedAsync(ComponentTestContext test)
    {
        var store = await test.CreateStoreAsync(Code);
        await test.ImportAsync(store, ImportKind.StoreDaily, StoreDaily);
        await test.ImportAsync(store, ImportKind.SourceDaily, SourceDaily);
        await test.ImportAsync(store, ImportKind.SkuDaily, SkuDaily);
    }

    /// <summary>What the morning review loads for the store over <see cref="Range"/>.</summary>
    public static async Task<MorningReviewReport> LoadAsync(ComponentTestContext test, Comparison compare = Comparison.Previous)
    {
        var store = (await test.Stores.FindAsync(Code))!;
        return await test.Reader.LoadAsync(new DashboardScope(store, Range, compare));
    }
}
