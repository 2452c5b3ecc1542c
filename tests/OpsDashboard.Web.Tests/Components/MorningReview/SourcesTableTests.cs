using Bunit;
using OpsDashboard.Web.Components.Pages.MorningReview.Components;
using Microsoft.AspNetCore.Components.Web;

namespace OpsDashboard.Web.Tests.Components.MorningReview;

/// <summary>The traffic-source table: figures, flags at their exact boundaries, sorting and export.</summary>
public sealed class SourcesTableTests : ComponentTestContext
{
    [Fact]
    public async Task Flags_RoiBelowTwo_AndVisitorsDownByMoreThanTwentyPercent_ButNotAtTheBoundary()
    {
        var table = await RenderAsync();

        // ROI exactly 2.0 passes; 1.99 fails. A source without cost has no ROI verdict.
        Assert.Equal("pass", Check(table, "关键词推广", "roi"));
        Assert.Equal("fail", Check(table, "精准人群推广", "roi"));
        Assert.Equal("nodata", Check(table, "手淘搜索", "roi"));
        Assert.Equal(2.0m, Value(Cell(table, "关键词推广", "roi")));
        Assert.Equal(1.99m, Value(Cell(table, "精准人群推广", "roi")));

        // Visitors down exactly 20% pass; down 20.1% are flagged.
        Assert.Equal("pass", Check(table, "关键词推广", "visitorDrop"));
        Assert.Equal("warn", Check(table, "精准人群推广", "visitorDrop"));
        Assert.Equal("pass", Check(table, "手淘搜索", "visitorDrop"));
        Assert.Equal(-0.2m, Value(Cell(table, "关键词推广", "visitorChange")));
        Assert.Equal(-0.201m, Value(Cell(table, "精准人群推广", "visitorChange")));
        Assert.Single(table.FindAll(".flag-fail"));
        Assert.Single(table.FindAll(".flag-warn"));
    }

    [Fact]
    public async Task Rows_ShowVisitorsShareConversionSalesAndCost_MostVisitorsFirst()
    {
        var table = await RenderAsync();

        Assert.Equal(["手淘搜索", "关键词推广", "精准人群推广"], Sources(table));
        Assert.Equal(800m, Value(Cell(table, "关键词推广", "visitors")));
        Assert.Equal(800m / 3599m, Value(Cell(table, "关键词推广", "share")));
        Assert.Equal(0.025m, Value(Cell(table, "关键词推广", "conversionRate")));
        Assert.Equal(2000m, Value(Cell(table, "关键词推广", "paymentAmount")));
        Assert.Equal(1000m, Value(Cell(table, "关键词推广", "cost")));
        Assert.Equal("¥1,990.00", Cell(table, "精准人群推广", "paymentAmount").TextContent.Trim());
    }

    [Fact]
    public async Task SortingByAHeader_ReordersTheRows_AndTheExportFollowsTheScreen()
    {
        var table = await RenderAsync();

        await table.Find("[data-sort='roi']").ClickAsync(new MouseEventArgs());
        Assert.Equal(["关键词推广", "精准人群推广", "手淘搜索"], Sources(table));
        Assert.Single(table.FindAll("th[aria-sort='descending']"));

        await table.Find("[data-sort='roi']").ClickAsync(new MouseEventArgs());
        Assert.Equal(["精准人群推广", "关键词推广", "手淘搜索"], Sources(table));

        // The export holds the rows in the order on screen, each cell the data-value shown.
        var export = table.Instance.Export();
        Assert.Equal("sources-sample-2026-11-02-2026-11-03", export.FileName);
        var screen = table.FindAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.GetAttribute("data-value") ?? string.Empty).ToList()).ToList();
        var file = export.Rows.Select(r => r.Select(Web.Model.Formats.Raw).ToList()).ToList();
        Assert.Equal(screen, file);
        Assert.Equal(table.FindAll("thead th").Select(th => th.TextContent.Trim().TrimEnd('▲', '▼', ' ')), export.Headers);
    }

    private async Task<IRenderedComponent<SourcesTable>> RenderAsync()
    {
        await SampleStore.SeedAsync(this);
        var data = await SampleStore.LoadAsync(this);
        return RenderWithProviders<SourcesTable>(p => p.Add(c => c.Data, data).Add(c => c.ImportLink, "/import?store=sample"));
    }

    private static string[] Sources(IRenderedComponent<SourcesTable> table) =>
        table.FindAll("tbody tr").Select(r => r.GetAttribute("data-source")!).ToArray();

    private static AngleSharp.Dom.IElement Cell(IRenderedComponent<SourcesTable> table, string source, string column) =>
        table.Find($"tr[data-source='{source}'] td[data-col='{column}']");

    private static string? Check(IRenderedComponent<SourcesTable> table, string source, string check) =>
        table.Find($"tr[data-source='{source}'] [data-check='{check}']").GetAttribute("data-status");
}
