using Bunit;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Stores;
using MeetingPage = OpsDashboard.Web.Components.Pages.Meeting.Meeting;

namespace OpsDashboard.Web.Tests.Components.Meeting;

/// <summary>
/// The server's clock says 2026-11-30 20:00 UTC — 2026-12-01 04:00 in Beijing. The wall screen of a
/// Beijing store reads its day and its times on Beijing's clock, not the server's.
/// </summary>
public sealed class MeetingStoreClockTests() : ComponentTestContext(new DateTimeOffset(2026, 11, 30, 20, 0, 0, TimeSpan.Zero))
{
    [Fact]
    public async Task ABeijingStore_SeesBeijingsYesterday_AndItsLastImportInBeijingTime()
    {
        var store = await Stores.CreateAsync(new NewStore("bj", "Beijing store", "tmall", "CNY", "Asia/Shanghai"));
        await ImportAsync(store.Id, ImportKind.StoreDaily, "date,visitors,paying_buyers,payment_amount\n2026-11-29,100,5,500\n2026-11-30,120,6,600\n");

        var page = Open<MeetingPage>("/meeting?store=bj");
        page.WaitForElement("[data-panel='overall']", Patience);

        Assert.Contains("2026-11-30", page.Find(".wall-day").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid='stale-warning']"));
        Assert.Contains("2026-12-01 04:00", page.Find("[data-testid='last-import']").TextContent, StringComparison.Ordinal);
        Assert.Contains("04:00:00", page.Find("[data-testid='refreshed-at']").TextContent, StringComparison.Ordinal);
    }
}
