using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Service;
using OpsDashboard.Testing;
using CompetitorsPage = OpsDashboard.Web.Components.Pages.Competitors.CompetitorsPage;
using ServicePage = OpsDashboard.Web.Components.Pages.Service.ServicePage;

namespace OpsDashboard.Web.Tests.Components.Service;

/// <summary>
/// The /service and /competitors screens over files shaped like the real exports, in a real SQLite
/// database, with the figures of the API (hand-computed in ServiceApiTests).
/// </summary>
public sealed class ServiceScreensTests() : ComponentTestContext(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero))
{
    private const string Week = "?store=svc&from=2026-11-23&to=2026-11-29";

    [Fact]
    public async Task ServiceScreen_AgentsAgainstTheLine_ImmatureDaysFlagged_ZeroInquiriesShowNoValue()
    {
        var store = await CreateStoreAsync("svc");
        await ServiceImportAsync(store, ServiceImportKind.ServiceAgents, ServiceExportFiles.Write(ServiceExportFiles.ChituAgents, ExportFormat.Xlsx));

        var page = Open<ServicePage>("/service" + Week);
        page.WaitForElement("[data-testid='agent-table']", Patience);

        var mei = page.Find("tr[data-agent='店铺:小美']");
        Assert.Equal(0.5m, Value(mei.QuerySelector("[data-kpi='inquiryConversionRate']")!));
        Assert.Equal("pass", mei.QuerySelector("[data-check]")!.GetAttribute("data-status"));
        Assert.Equal("1", mei.QuerySelector("[data-immature]")!.GetAttribute("data-immature"));
        var jie = page.Find("tr[data-agent='店铺:阿杰']");
        Assert.Equal("fail", jie.QuerySelector("[data-check]")!.GetAttribute("data-status"));
        Assert.Empty(jie.QuerySelectorAll("[data-immature]"));
        var newcomer = page.Find("tr[data-agent='店铺:新人']");
        Assert.Equal("—", newcomer.QuerySelector("[data-kpi='inquiryConversionRate']")!.TextContent.Trim());
        Assert.Equal("nodata", newcomer.QuerySelector("[data-check]")!.GetAttribute("data-status"));
        Assert.Equal(20m / 46m, Value(page.Find("tr[data-total='true'] [data-kpi='inquiryConversionRate']")));
        Assert.Contains("店铺:阿杰", page.Find("[data-testid='training-advice']").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("店铺:小美", page.Find("[data-testid='training-advice']").TextContent, StringComparison.Ordinal);
        Assert.Equal(["false", "true"], page.FindAll("[data-testid='trend-table'] tr[data-date]").Select(r => r.GetAttribute("data-immature")));
        Assert.Contains("2026-11-27", page.Find("[data-testid='immature-note']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceScreen_DsrChangeAndRefundsBySku_MarkTheSkuWhoseRateJumped()
    {
        var store = await CreateStoreAsync("svc");
        await ImportAsync(store, ImportKind.StoreDaily,
            "date,visitors,payment_amount,dsr_description,dsr_service,dsr_logistics\n2026-11-23,1000,5000,4.85,4.80,4.90\n2026-11-29,1000,5000,4.82,4.81,4.90\n");
        await ImportAsync(store, ImportKind.SkuDaily, "date,sku_code,sku_name,visitors,payment_amount\n2026-11-25,680512345678901234,Coat,300,3380\n");
        await ServiceImportAsync(store, ServiceImportKind.Refunds, ServiceExportFiles.Csv(ServiceExportFiles.QianniuRefunds("退款成功", "2026-11-25 18:00:00")));

        var page = Open<ServicePage>("/service" + Week);
        page.WaitForElement("[data-testid='dsr-table']", Patience);

        Assert.Equal(-0.03m, Value(page.Find("tr[data-dsr='description'] [data-value]")));
        Assert.Equal(0.01m, Value(page.Find("tr[data-dsr='service'] [data-value]")));
        Assert.Equal(0m, Value(page.Find("tr[data-dsr='logistics'] [data-value]")));
        var sku = page.Find("[data-testid='refunds-by-sku'] tr[data-key='680512345678901234']");
        Assert.Equal(0.1m, Value(sku.QuerySelector("[data-kpi='refundRate']")!));
        Assert.Equal("true", sku.GetAttribute("data-jumped"));
        Assert.Contains("Coat", sku.TextContent, StringComparison.Ordinal);
        Assert.Equal(["尺码不合适", "质量问题"], page.FindAll("[data-testid='refunds-by-reason'] tr[data-key]").Select(r => r.GetAttribute("data-key")));
    }

    [Fact]
    [UseCulture("zh-CN")]
    public async Task ServiceScreen_InChinese_WithoutFiles_SaysWhichExportToImport()
    {
        await CreateStoreAsync("svc");

        var page = Open<ServicePage>("/service" + Week);
        page.WaitForElement("[data-testid='no-agents']", Patience);

        Assert.Contains("客服绩效", page.Find("[data-testid='no-agents']").TextContent, StringComparison.Ordinal);
        Assert.Contains("没有 DSR", page.Find("[data-testid='no-dsr']").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-kpi='refundRate']"));
    }

    [Fact]
    public async Task CompetitorsScreen_OwnIndicesBesideRivals_AndLossRankingWithRise()
    {
        var store = await CreateStoreAsync("svc");
        await ServiceImportAsync(store, ServiceImportKind.Competitors, ServiceExportFiles.Write(ServiceExportFiles.SycmCompetitors, ExportFormat.CsvGb18030));
        await ServiceImportAsync(store, ServiceImportKind.LostCustomers, ServiceExportFiles.Write(ServiceExportFiles.SycmLostShops(new(2026, 11, 22), 1000, 500), ExportFormat.CsvUtf8));
        await ServiceImportAsync(store, ServiceImportKind.LostCustomers, ServiceExportFiles.Write(ServiceExportFiles.SycmLostShops(new(2026, 11, 29), 1300, 400), ExportFormat.CsvUtf8));

        var page = Open<CompetitorsPage>("/competitors" + Week);
        page.WaitForElement("[data-testid='rival-table']", Patience);

        var rows = page.FindAll("[data-testid='rival-table'] tr[data-rival]");
        Assert.Equal(["本店", "对手旗舰店", "小众女装店"], rows.Select(r => r.GetAttribute("data-rival")));
        Assert.Equal("true", rows[0].GetAttribute("data-self"));
        Assert.Equal(11000m, Value(rows[0].QuerySelector("[data-kpi='tradeIndex']")!));
        Assert.DoesNotContain("¥", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Null(Value(rows[1].QuerySelector("[data-kpi='favoritePopularity']")!));
        Assert.Equal(0.5m, Value(rows[2].QuerySelector("[data-kpi='tradeIndexVsSelf']")!));

        var losses = page.FindAll("[data-testid='loss-table'] tr[data-rival]");
        Assert.Equal(["对手旗舰店", "小众女装店"], losses.Select(r => r.GetAttribute("data-rival")));
        Assert.Equal(["true", "false"], losses.Select(r => r.GetAttribute("data-rising")));
        Assert.Equal(0.3m, Value(losses[0].QuerySelector("[data-kpi='change']")!));
    }

    private async Task ServiceImportAsync(int storeId, ServiceImportKind kind, byte[] content)
    {
        var result = await Services.GetRequiredService<ServiceImportService>().ImportFileAsync(storeId, kind, content, new ImportFileContext());
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Row}/{e.Column}: {e.Message}")));
    }
}
