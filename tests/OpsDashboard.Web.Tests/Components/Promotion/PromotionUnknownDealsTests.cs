using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Promotion;
using OpsDashboard.Web.Model;
using PromotionPage = OpsDashboard.Web.Components.Pages.Promotion.PromotionPage;

namespace OpsDashboard.Web.Tests.Components.Promotion;

/// <summary>
/// A plan report with 展现量/点击量/花费 but no deal columns (DOMAIN §7: unknown ≠ 0): the promotion screen shows its
/// deals, orders and ROI as "—" with the reason, never ¥0.00; a report with deal columns keeps its figures.
/// </summary>
public sealed class PromotionUnknownDealsTests() : ComponentTestContext(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero))
{
    private const string Url = "/promotion?store=shop&from=2026-11-01&to=2026-11-30&by=plan";

    private async Task ImportAdsAsync(string csv)
    {
        await CreateStoreAsync("shop");
        var store = (await Stores.FindAsync("shop"))!;
        var result = await Services.GetRequiredService<PromotionImportService>().ImportAsync(store, ImportKind.Ads, System.Text.Encoding.UTF8.GetBytes(csv), new ImportFileContext());
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    [Fact]
    public async Task NoDealColumns_ShowDealsAsUnknown_WithTheReason()
    {
        await ImportAdsAsync("日期,场景名字,计划名字,归因周期,展现量,点击量,花费\n2026-11-01,关键词推广,A,1天,1000,50,100\n2026-11-02,关键词推广,A,1天,1000,50,100\n");

        var page = Open<PromotionPage>(Url);
        page.WaitForElement("[data-row='A']", Patience);

        var row = page.Find("[data-row='A']");
        Assert.Equal(200m, Value(row.QuerySelector("[data-kpi='cost']")!));
        foreach (var kpi in new[] { "amount", "roi", "orders", "cvr", "costPerOrder" })
        {
            Assert.Equal(Formats.NoValue, row.QuerySelector($"[data-kpi='{kpi}']")!.TextContent.Trim());
        }

        Assert.Contains("no deal columns", row.QuerySelector("[data-kpi='amount']")!.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Equal("nodata", row.QuerySelector("[data-status]")!.GetAttribute("data-status"));
        Assert.Equal("none", row.GetAttribute("data-action"));

        var summary = page.Find("[data-window='1']");
        Assert.Null(Value(summary.QuerySelector("[data-kpi='amount']")!));
        Assert.Equal(Formats.NoValue, summary.QuerySelector("[data-kpi='roi']")!.TextContent.Trim());
        Assert.Contains("no deal columns", summary.QuerySelector("[data-testid='deals-unknown']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Deals unknown", summary.QuerySelector("[data-testid='deals-unknown-note']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DealColumnsAtZero_ShowZero_WithoutTheUnknownNote()
    {
        await ImportAdsAsync("日期,场景名字,计划名字,归因周期,展现量,点击量,花费,总成交金额,总成交笔数\n2026-11-01,关键词推广,A,1天,1000,50,100,0,0\n");

        var page = Open<PromotionPage>(Url);
        page.WaitForElement("[data-row='A']", Patience);

        var row = page.Find("[data-row='A']");
        Assert.Equal(0m, Value(row.QuerySelector("[data-kpi='amount']")!));
        Assert.Equal("0", row.QuerySelector("[data-kpi='orders']")!.TextContent.Trim());
        Assert.Null(row.QuerySelector("[data-kpi='amount']")!.GetAttribute("title"));
        Assert.Empty(page.FindAll("[data-testid='deals-unknown-note']"));
    }
}
