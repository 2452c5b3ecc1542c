using Bunit;
using OpsDashboard.Web.Components.Pages.MorningReview.Components;
using Microsoft.AspNetCore.Components.Web;

namespace OpsDashboard.Web.Tests.Components.MorningReview;

/// <summary>The top-5 SKU table: judged conversion (order conversion for presale), its trend, stock and reviews.</summary>
public sealed class TopSkusTableTests : ComponentTestContext
{
    [Fact]
    public async Task ShowsTheFiveSkusWithMostVisitors_MostFirst()
    {
        var table = await RenderAsync();

        Assert.Equal(["A100", "P200", "S3", "S4", "S5"], table.FindAll("tbody tr").Select(r => r.GetAttribute("data-sku")));
    }

    [Fact]
    public async Task ShowsAsManySkusAsTheStoresTopSkuCount_TheSettingTheNegativeReviewRuleReads()
    {
        await SampleStore.SeedAsync(this);
        await Stores.SaveThresholdsAsync(SampleStore.Code, Core.Thresholds.StoreThresholds.Defaults with { TopSkuCount = 3 });
        var data = await SampleStore.LoadAsync(this);

        var table = RenderWithProviders<TopSkusTable>(p => p.Add(c => c.Data, data).Add(c => c.ImportLink, "/import?store=sample"));

        Assert.Equal(["A100", "P200", "S3"], table.FindAll("tbody tr").Select(r => r.GetAttribute("data-sku")));
    }

    [Fact]
    public async Task APresaleSku_IsJudgedByOrderConversion_InBothPeriods_AndSaysSo()
    {
        var table = await RenderAsync();

        Assert.Equal(0.06m, Value(Cell(table, "P200", "judgedConversionRate")));
        Assert.Equal(0.04m, Value(Cell(table, "P200", "comparisonConversionRate")));
        Assert.Equal(0.02m, Value(Cell(table, "P200", "conversionChange")));
        Assert.Equal("+2.0 pt", Cell(table, "P200", "conversionChange").TextContent.Trim());
        Assert.Equal("Presale: order conversion", Cell(table, "P200", "presale").GetAttribute("data-value"));
        Assert.Single(table.FindAll("[data-presale='true']"));
        Assert.Empty(Cell(table, "A100", "presale").QuerySelectorAll("[data-presale]"));
    }

    [Fact]
    public async Task AnOrdinarySku_ShowsPaymentConversion_ItsTrend_StockOnTheLastDay_AndNegativeReviews()
    {
        var table = await RenderAsync();

        Assert.Equal(1200m, Value(Cell(table, "A100", "visitors")));
        Assert.Equal(0.05m, Value(Cell(table, "A100", "judgedConversionRate")));
        Assert.Equal(0.01m, Value(Cell(table, "A100", "conversionChange")));
        Assert.Equal(35m, Value(Cell(table, "A100", "stockOnHand")));
        Assert.Equal(2m, Value(Cell(table, "A100", "negativeReviews")));

        // The sparkline: one point per day of the 30 days ending 2026-11-03, that day's payment conversion.
        var trend = table.Find("[data-sparkline='A100']");
        Assert.Equal("30", trend.GetAttribute("data-points"));
        Assert.EndsWith("_ 0.04 0.05 0.05", trend.GetAttribute("data-values"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownStock_ShowsADash_NeverZero()
    {
        var table = await RenderAsync();

        Assert.Equal(string.Empty, Cell(table, "P200", "stockOnHand").GetAttribute("data-value"));
        Assert.Equal("—", Cell(table, "P200", "stockOnHand").TextContent.Trim());
    }

    [Fact]
    public async Task SortingByStock_PutsUnknownStockLast_AndTheExportFollows()
    {
        var table = await RenderAsync();

        await table.Find("[data-sort='stockOnHand']").ClickAsync(new MouseEventArgs());
        Assert.Equal(["A100", "S3", "S4", "S5", "P200"], table.FindAll("tbody tr").Select(r => r.GetAttribute("data-sku")));
        await table.Find("[data-sort='stockOnHand']").ClickAsync(new MouseEventArgs());
        Assert.Equal(["S3", "S4", "S5", "A100", "P200"], table.FindAll("tbody tr").Select(r => r.GetAttribute("data-sku")));
        Assert.Equal(["S3", "S4", "S5", "A100", "P200"], table.Instance.Export().Rows.Select(r => (string)r[0]!));
    }

    private async Task<IRenderedComponent<TopSkusTable>> RenderAsync()
    {
        await SampleStore.SeedAsync(this);
        var data = await SampleStore.LoadAsync(this);
        return RenderWithProviders<TopSkusTable>(p => p.Add(c => c.Data, data).Add(c => c.ImportLink, "/import?store=sample"));
    }

    private static AngleSharp.Dom.IElement Cell(IRenderedComponent<TopSkusTable> table, string sku, string column) =>
        table.Find($"tr[data-sku='{sku}'] td[data-col='{column}']");
}
