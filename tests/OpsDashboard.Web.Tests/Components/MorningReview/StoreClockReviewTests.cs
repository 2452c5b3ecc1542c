using Bunit;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Stores;
using Page = OpsDashboard.Web.Components.Pages.MorningReview.MorningReview;

namespace OpsDashboard.Web.Tests.Components.MorningReview;

/// <summary>
/// The server clock reads 2026-11-30 20:00 UTC: already 2026-12-01 04:00 in Beijing, still
/// 2026-11-30 12:00 in Los Angeles. The morning review's default day is the store's yesterday.
/// </summary>
public sealed class StoreClockReviewTests() : ComponentTestContext(new DateTimeOffset(2026, 11, 30, 20, 0, 0, TimeSpan.Zero))
{
    [Theory]
    [InlineData("Asia/Shanghai", "2026-11-30")]
    [InlineData("America/Los_Angeles", "2026-11-29")]
    public async Task DefaultDay_IsYesterdayOnTheStoresClock(string zone, string expected)
    {
        var store = await Stores.CreateAsync(new NewStore("zoned", "Zoned store", "tmall", "CNY", zone));
        var csv = new System.Text.StringBuilder("date,visitors,paying_buyers,payment_amount\n");
        for (var d = 20; d <= 30; d++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"2026-11-{d:00},100,5,500\n");
        }

        // A row for the store's own today (already 12-01 in Beijing; 11-30 in Los Angeles is covered
        // above): it may be imported, but the default day stays yesterday. A later day would be refused.
        if (zone == "Asia/Shanghai")
        {
            csv.Append("2026-12-01,100,5,500\n");
        }
        await ImportAsync(store.Id, ImportKind.StoreDaily, csv.ToString());

        var page = Open<Page>("/?store=zoned");
        page.WaitForElement("[data-kpi='visitors']", Patience);

        var day = DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.EndsWith("– " + day.ToString("d", System.Globalization.CultureInfo.CurrentCulture), page.Find("[data-testid='scope']").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid='stale-data']"));
    }
}
