using System.Globalization;
using System.Text;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Core.Attention;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Service;
using OpsDashboard.Testing;
using CompetitorsPage = OpsDashboard.Web.Components.Pages.Competitors.CompetitorsPage;
using MeetingPage = OpsDashboard.Web.Components.Pages.Meeting.Meeting;
using MorningPage = OpsDashboard.Web.Components.Pages.MorningReview.MorningReview;
using ServicePage = OpsDashboard.Web.Components.Pages.Service.ServicePage;

namespace OpsDashboard.Web.Tests.Components.Service;

/// <summary>
/// The service rules on the screens (issue 12): the morning review's refunds and DSR card and attention items whose
/// Details open the exact row on /service or /competitors; the meeting's service panel with those items and the
/// competitor line. A store without those files shows none of it (never a 0).
/// </summary>
public sealed class ServiceAttentionScreensTests() : ComponentTestContext(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero))
{
    private const string Sku = "680512345678901234";
    private const string Day = "?store=svc&from=2026-11-29&to=2026-11-29";

    [Fact]
    public async Task MorningReview_RefundsAndDsrCard_ShowsTheDayAgainstTheLine()
    {
        await StoreWithFilesAsync();

        var page = Open<MorningPage>("/" + Day);
        page.WaitForElement("[data-testid='refunds-dsr']", Patience);

        // 11-29: 150 refunded of 1,000 sold = 15%, over the 10% line; description 4.80 → 4.78 over 7 days.
        Assert.Equal(0.15m, Value(page.Find("[data-testid='refunds-dsr'] [data-kpi='refundRate']")));
        Assert.Contains("10", page.Find("[data-testid='refund-line']").TextContent, StringComparison.Ordinal);
        Assert.Equal(-0.02m, Value(page.Find("[data-dsr='description'] [data-kpi='dsrChange']")));
        Assert.Equal(0m, Value(page.Find("[data-dsr='service'] [data-kpi='dsrChange']")));
    }

    [Fact]
    public async Task MorningReview_AttentionDetails_OpenTheAgentRow_TheSkuRow_AndTheRivalRow()
    {
        await StoreWithFilesAsync();

        var page = Open<MorningPage>("/" + Day);
        page.WaitForElement("[data-testid='attention-list']", Patience);
        string Link(string rule) => page.Find($".attention-item[data-attention-rule='{rule}'] [data-testid='attention-link']").GetAttribute("href")!;

        var agentLink = Link(ServiceRules.AgentBelowLine);
        Assert.Equal("/service?store=svc&from=2026-11-20&to=2026-11-26&highlight=" + Uri.EscapeDataString("小美"), agentLink);
        Assert.Equal("/service?store=svc&from=2026-11-23&to=2026-11-29&highlight=" + Sku, Link(ServiceRules.RefundRateJump));
        Assert.Equal("/service?store=svc&from=2026-11-16&to=2026-11-29&highlight=dsr-description", Link(ServiceRules.DsrDrop));
        var rivalLink = Link(ServiceRules.RivalLossRise);
        Assert.StartsWith("/competitors?store=svc&from=2026-11-23&to=2026-11-29&highlight=", rivalLink, StringComparison.Ordinal);

        Assert.Equal(RivalLink, rivalLink);
    }

    private static readonly string RivalLink = "/competitors?store=svc&from=2026-11-23&to=2026-11-29&highlight=" + Uri.EscapeDataString("对手旗舰店");

    /// <summary>Each Details link of the test above opens its screen with that row marked, and no other.</summary>
    [Theory]
    [InlineData("/service?store=svc&from=2026-11-20&to=2026-11-26&highlight=%E5%B0%8F%E7%BE%8E", "tr[data-agent='小美']", "tr[data-agent='阿强']")]
    [InlineData("/service?store=svc&from=2026-11-23&to=2026-11-29&highlight=" + Sku, "[data-testid='refunds-by-sku'] tr[data-key='" + Sku + "']", "[data-testid='refunds-by-reason'] tr[data-key]")]
    [InlineData("/service?store=svc&from=2026-11-16&to=2026-11-29&highlight=dsr-description", "tr[data-dsr='description']", "tr[data-dsr='service']")]
    public async Task DetailsLink_OpensServiceWithTheRowHighlighted(string link, string row, string other)
    {
        await StoreWithFilesAsync();

        var page = Open<ServicePage>(link);
        page.WaitForElement(row, Patience);

        Assert.Equal("true", page.Find(row).GetAttribute("data-highlighted"));
        Assert.All(page.FindAll(other), e => Assert.Null(e.GetAttribute("data-highlighted")));
    }

    [Fact]
    public async Task DetailsLink_OpensCompetitorsWithTheRivalHighlighted()
    {
        await StoreWithFilesAsync();

        var page = Open<CompetitorsPage>(RivalLink);
        page.WaitForElement("tr[data-rival='对手旗舰店']", Patience);

        Assert.Equal("true", page.Find("tr[data-rival='对手旗舰店']").GetAttribute("data-highlighted"));
        Assert.Null(page.Find("tr[data-rival='小众女装店']").GetAttribute("data-highlighted"));
    }

    [Fact]
    public async Task MorningReview_WithoutServiceFiles_HasNoRefundsCard_AndNoServiceItem()
    {
        var store = await CreateStoreAsync("svc");
        await ImportAsync(store, ImportKind.StoreDaily, StoreDays(withDsr: false));

        var page = Open<MorningPage>("/" + Day);
        page.WaitForElement("[data-testid='attention-list']", Patience);

        Assert.Empty(page.FindAll("[data-testid='refunds-dsr']"));
        Assert.DoesNotContain(page.FindAll(".attention-item"), i => ServiceRules.All.Contains(i.GetAttribute("data-attention-rule")!));
    }

    [Fact]
    public async Task Meeting_ServicePanel_ListsTheServiceItems_AndTheBiggestLossThisWeek()
    {
        await StoreWithFilesAsync();

        var page = Open<MeetingPage>("/meeting?store=svc");
        page.WaitForElement("[data-testid='competitor-line']", Patience);

        var items = page.Find("[data-panel='service'] [data-testid='service-attention']");
        Assert.Equal("4", items.GetAttribute("data-count"));
        Assert.All(items.QuerySelectorAll("a.wall-action"), a => Assert.Matches("^/(service|competitors)\\?store=svc&", a.GetAttribute("href")!));
        var line = page.Find("[data-testid='competitor-line']");
        Assert.Equal("对手旗舰店", line.GetAttribute("data-rival"));
        Assert.Contains("+35", line.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// 11-16 … 11-29 (the meeting's and morning review's day is 11-29): store days with DSR, A1's sales, refunds, agents
    /// (小美 under the line on a settled day) and lost customers (对手旗舰店 100 → 135).
    /// </summary>
    private async Task StoreWithFilesAsync()
    {
        var store = await CreateStoreAsync("svc");
        await ImportAsync(store, ImportKind.StoreDaily, StoreDays(withDsr: true));
        var skus = new StringBuilder("date,商品ID,商品名称,visitors,paying_buyers,payment_amount\n");
        foreach (var day in Fortnight())
        {
            skus.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},{Sku},羊毛大衣 女,300,5,500\n");
        }

        await ImportAsync(store, ImportKind.SkuDaily, skus.ToString());
        await ServiceImportAsync(store, ServiceImportKind.Refunds, ServiceExportFiles.Csv(
            ["退款编号", "订单编号", "商品编码", "宝贝标题", "买家退款金额", "退款完结时间", "退款状态", "买家退款原因"],
            ["R1", "O1", Sku, "羊毛大衣 女", "100.00", "2026-11-19 10:00:00", "退款成功", "尺码不合适"],
            ["R2", "O2", Sku, "羊毛大衣 女", "238.00", "2026-11-24 10:00:00", "退款成功", "质量问题"],
            ["R3", "O3", Sku, "羊毛大衣 女", "150.00", "2026-11-29 10:00:00", "退款成功", "质量问题"]));
        await ServiceImportAsync(store, ServiceImportKind.ServiceAgents, ServiceExportFiles.Csv(
            ["日期", "旺旺", "询单人数", "询单->最终付款人数"],
            ["2026-11-22", "小美", "30", "14"],
            ["2026-11-22", "阿强", "20", "10"]));
        await ServiceImportAsync(store, ServiceImportKind.LostCustomers, ServiceExportFiles.Csv(
            ["日期", "店铺名称", "流失指数", "流失人气"],
            ["2026-11-17", "对手旗舰店", "100", "50"],
            ["2026-11-25", "对手旗舰店", "130", "60"],
            ["2026-11-27", "对手旗舰店", "140", "60"],
            ["2026-11-25", "小众女装店", "90", "20"]));
    }

    private static string StoreDays(bool withDsr)
    {
        var csv = new StringBuilder(withDsr ? "date,visitors,paying_buyers,payment_amount,dsr_description,dsr_service,dsr_logistics\n" : "date,visitors,paying_buyers,payment_amount\n");
        foreach (var day in Fortnight())
        {
            csv.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},1000,30,1000");
            csv.Append(withDsr ? (day < new DateOnly(2026, 11, 23) ? ",4.80,4.90,4.70\n" : ",4.78,4.90,4.70\n") : "\n");
        }

        return csv.ToString();
    }

    private static IEnumerable<DateOnly> Fortnight() => Enumerable.Range(0, 14).Select(i => new DateOnly(2026, 11, 16).AddDays(i));

    private async Task ServiceImportAsync(int storeId, ServiceImportKind kind, byte[] content)
    {
        var result = await Services.GetRequiredService<ServiceImportService>().ImportFileAsync(storeId, kind, content, new ImportFileContext());
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Row}/{e.Column}: {e.Message}")));
    }
}
