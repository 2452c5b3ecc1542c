using OpsDashboard.Core.Metrics;
using System.Text;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Import;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Queries;

/// <summary>
/// A column no file carried is unknown, not 0 (DOMAIN §5): sums stay null when nobody reported
/// them, and each rate is taken over the days that report both of its parts — on both providers.
/// </summary>
public sealed class UnknownFactsTests
{
    private static readonly DateRange TwoDays = new(new(2026, 11, 1), new(2026, 11, 2));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task StoreRates_UseOnlyTheDaysThatReportBothParts(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync("partial");
        // Day 1 comes from a full traffic export; day 2 from one without bounce, page views or returning visitors.
        await ImportAsync(db, store, ImportKind.StoreDaily,
            "date,visitors,page_views,bounced_visitors,returning_visitors,paying_buyers,payment_amount\n" +
            "2026-11-01,1000,3000,800,100,20,2000\n");
        await ImportAsync(db, store, ImportKind.StoreDaily,
            "date,visitors,paying_buyers,payment_amount\n" +
            "2026-11-02,3000,30,3000\n");

        var totals = await db.Queries.StoreTotalsAsync(store, TwoDays);

        Assert.Equal(4000, totals.Visitors);
        Assert.Equal(50m / 4000m, Catalogue.ConversionRate.Of(totals));
        Assert.Equal(0.8m, Catalogue.BounceRate.Of(totals)); // 800 ÷ 1,000 — not 800 ÷ 4,000 = 20% "pass"
        Assert.Equal(3m, Catalogue.VisitDepth.Of(totals));
        Assert.Equal(0.1m, Catalogue.ReturningShare.Of(totals));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ColumnsNoFileHad_AreNullNotZero(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync("sparse");
        await ImportAsync(db, store, ImportKind.StoreDaily,
            "date,visitors,paying_buyers,payment_amount\n2026-11-01,1000,20,2000\n2026-11-02,1000,10,1000\n");
        await ImportAsync(db, store, ImportKind.SkuDaily,
            "date,sku_code,visitors,paying_buyers,payment_amount\n2026-11-01,A,100,2,200\n");

        var totals = await db.Queries.StoreTotalsAsync(store, TwoDays);
        Assert.Null(Catalogue.BounceRate.Of(totals));
        Assert.Null(Catalogue.VisitDepth.Of(totals));
        Assert.Null(totals.AddToCartBuyers);
        Assert.Null(Catalogue.AddToCartRate.Of(totals));
        Assert.Null(totals.RefundAmount);
        Assert.Null(Catalogue.RefundRate.Of(totals));
        Assert.Null(totals.Inquirers);
        Assert.Null(Catalogue.InquiryConversion.Of(totals));
        Assert.Null(Catalogue.AverageStaySeconds.Of(totals));

        var sku = Assert.Single(await db.Queries.SkuTotalsAsync(store, TwoDays));
        Assert.Null(sku.NegativeReviews);
        Assert.Null(Catalogue.BounceRate.Of(sku));
        Assert.Null(sku.StockOnHand);
        Assert.Null(sku.FavoriteBuyers);
        Assert.Equal(0.02m, Catalogue.ConversionRate.Of(sku));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AReportedZero_StaysZero_AndALaterFileFillsOnlyItsColumns(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync("merge");
        await ImportAsync(db, store, ImportKind.SkuDaily,
            "date,sku_code,visitors,paying_buyers,payment_amount,negative_reviews\n2026-11-01,A,100,2,200,0\n");
        await ImportAsync(db, store, ImportKind.StoreDaily,
            "date,visitors,paying_buyers,payment_amount\n2026-11-01,1000,20,2000\n");
        // The customer-service report of the same day adds inquiries without touching the traffic figures.
        await ImportAsync(db, store, ImportKind.StoreDaily,
            "date,inquirers,inquiry_paying_buyers\n2026-11-01,40,18\n");

        var sku = Assert.Single(await db.Queries.SkuTotalsAsync(store, TwoDays));
        Assert.Equal(0L, sku.NegativeReviews);
        var totals = await db.Queries.StoreTotalsAsync(store, TwoDays);
        Assert.Equal((1000L, 20L, 40L, 18L), (totals.Visitors, totals.PayingBuyers, totals.Inquirers, totals.InquiryPayingBuyers));
        Assert.Equal(0.45m, Catalogue.InquiryConversion.Of(totals));
    }

    private static async Task ImportAsync(TestDatabase db, int store, ImportKind kind, string csv) =>
        Assert.True((await db.Imports.ImportAsync(store, kind, Encoding.UTF8.GetBytes(csv), null)).Succeeded);
}
