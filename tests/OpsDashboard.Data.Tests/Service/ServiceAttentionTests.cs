using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Core.Attention;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Service;
using OpsDashboard.Data.Stores;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Service;

/// <summary>
/// The issue 12 rules end to end on real files (SQLite and PostgreSQL): two weeks of store days with DSR, a top SKU
/// with refunds, agents with settled and unsettled days, and lost customers. Hand-computed: the rules fire at their
/// lines; a promotion spike in the week before is no baseline; a store with missing files gets no service item.
/// </summary>
public sealed class ServiceAttentionTests
{
    private static readonly DateOnly Day = new(2026, 11, 22);
    private const string Sku = "680512345678901234";

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OrdinaryFortnight_EachRuleFiresOnItsRow_WithHandComputedFigures(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreWithFilesAsync(db, promotionOn: null);

        var items = await db.Attention.ForDayAsync(store, Day);

        // 小美 paid 14 of 30 inquirers on her settled day (46.7%); 阿强's 10 of 20 is exactly the line, and his unsettled 11-21 is left out.
        var agent = Assert.Single(items, i => i.Rule == ServiceRules.AgentBelowLine);
        Assert.Equal("小美", agent.Subject);
        Assert.Equal(14m / 30m, agent.Figure("inquiryConversion"));
        Assert.Equal(new Core.Periods.DateRange(new(2026, 11, 13), new(2026, 11, 19)), agent.DetailRange);

        // A1: 238 + 150 refunded (a closed refund does not count) of 7 × 500 sold = 11.1%, at or above 10%.
        var refund = Assert.Single(items, i => i.Rule == ServiceRules.RefundRateJump);
        Assert.Equal((Sku, "atLine"), (refund.Subject, refund.Variant));
        Assert.Equal(388m / 3500m, refund.Figure("refundRate"));
        Assert.Equal(100m / 3500m, refund.Figure("refundRateBefore"));

        // Description 4.80 → 4.78 fell 0.02; service held; logistics has no score the week before.
        var dsr = Assert.Single(items, i => i.Rule == ServiceRules.DsrDrop);
        Assert.Equal(DsrScoreFacts.Description, dsr.Subject);
        Assert.Equal(-0.02m, dsr.Figure("change"));

        // 对手旗舰店 100 → 135 (+35%); 小众女装店 +20%; 新店 has no week before.
        var loss = Assert.Single(items, i => i.Rule == ServiceRules.RivalLossRise);
        Assert.Equal("对手旗舰店", loss.Subject);
        Assert.Equal(0.35m, loss.Figure("change"));

        var facts = await db.Attention.FactsAsync(store, Day);
        Assert.Equal((1L, 150m, 1000m), (facts.Service!.RefundsOnDay!.Refunds, facts.Service.RefundsOnDay.Amount, facts.Service.RefundsOnDay.PaymentAmount!.Value));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PromotionSpikeTheWeekBefore_RefundAtTheLineSaysSo_AndTheRivalIsNotComparedWithIt(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreWithFilesAsync(db, promotionOn: new DateOnly(2026, 11, 11));

        var items = await db.Attention.ForDayAsync(store, Day);

        var refund = Assert.Single(items, i => i.Rule == ServiceRules.RefundRateJump);
        Assert.Equal("afterPromotion", refund.Variant);
        Assert.DoesNotContain(items, i => i.Rule == ServiceRules.RivalLossRise);
        Assert.Contains(items, i => i.Rule == ServiceRules.AgentBelowLine);
        Assert.Contains(items, i => i.Rule == ServiceRules.DsrDrop);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task StoreWithMissingFiles_GetsNoServiceItem_AndItsDayRefundsAreUnknown(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.CreateStoreAsync("bare");
        var store = (await db.Stores.FindAsync("bare"))!;

        // Store days without DSR columns; a refund for a SKU whose sales no file reported; no agent or loss file.
        await ImportAsync(db, store, ImportKind.StoreDaily, ServiceExportFiles.Csv([["date", "visitors", "paying_buyers", "payment_amount"], .. Days(d => [Date(d), "1000", "30", "1000"])]));
        await ImportServiceAsync(db, store, ServiceImportKind.Refunds, ServiceExportFiles.Csv(RefundRows(("R1", "2026-11-18 10:00:00", "退款成功", "300.00"))));

        var facts = await db.Attention.FactsAsync(store, Day);
        var items = AttentionEngine.Evaluate(facts);

        Assert.DoesNotContain(items, i => ServiceRules.All.Contains(i.Rule));
        Assert.Empty(facts.Service!.Agents);
        Assert.All(facts.Service.Dsr, d => Assert.Null(d.Change));
        Assert.Null(Assert.Single(facts.Service.Refunds).Rate);

        // The refunds file reaches 11-18 only: the 22nd's refunds are unknown, not 0.
        Assert.Null(facts.Service.RefundsOnDay);
    }

    /// <summary>
    /// Two weeks (11-09 … 11-22) of store days at 1,000 a day (10,000 on <paramref name="promotionOn"/>), DSR, A1's sales,
    /// refunds, agents and lost customers as the tests above compute them.
    /// </summary>
    private static async Task<StoreInfo> StoreWithFilesAsync(TestDatabase db, DateOnly? promotionOn)
    {
        await db.CreateStoreAsync("svc");
        var store = (await db.Stores.FindAsync("svc"))!;
        await ImportAsync(db, store, ImportKind.StoreDaily, ServiceExportFiles.Csv(
        [
            ["date", "visitors", "paying_buyers", "payment_amount", "dsr_description", "dsr_service", "dsr_logistics"],
            .. Days(d => [Date(d), "1000", "30", d == promotionOn ? "10000" : "1000", d < new DateOnly(2026, 11, 16) ? "4.80" : "4.78", "4.90", d < new DateOnly(2026, 11, 16) ? "-" : "4.70"]),
        ]));
        await ImportAsync(db, store, ImportKind.SkuDaily, ServiceExportFiles.Csv(
        [
            ["date", "商品ID", "商品名称", "visitors", "paying_buyers", "payment_amount"],
            .. Days(d => [Date(d), Sku, "羊毛大衣 女", "300", "5", "500"]),
        ]));
        await ImportServiceAsync(db, store, ServiceImportKind.Refunds, ServiceExportFiles.Csv(RefundRows(
            ("R1", "2026-11-12 10:00:00", "退款成功", "100.00"),
            ("R2", "2026-11-17 10:00:00", "退款成功", "238.00"),
            ("R3", "2026-11-19 10:00:00", "退款关闭", "500.00"),
            ("R4", "2026-11-22 10:00:00", "退款成功", "150.00"))));
        await ImportServiceAsync(db, store, ServiceImportKind.ServiceAgents, ServiceExportFiles.Csv(
            ["日期", "旺旺", "询单人数", "询单->最终付款人数"],
            ["2026-11-15", "小美", "30", "14"],
            ["2026-11-15", "阿强", "20", "10"],
            ["2026-11-21", "阿强", "10", "0"]));
        await ImportServiceAsync(db, store, ServiceImportKind.LostCustomers, ServiceExportFiles.Csv(
            ["日期", "店铺名称", "流失指数", "流失人气"],
            ["2026-11-10", "对手旗舰店", "100", "50"],
            ["2026-11-12", "对手旗舰店", "100", "50"],
            ["2026-11-18", "对手旗舰店", "130", "60"],
            ["2026-11-20", "对手旗舰店", "140", "60"],
            ["2026-11-10", "小众女装店", "100", "20"],
            ["2026-11-18", "小众女装店", "120", "20"],
            ["2026-11-19", "新店", "90", "10"]));
        return store;
    }

    private static string[][] RefundRows(params (string Id, string CompletedAt, string Status, string Amount)[] refunds) =>
    [
        ["退款编号", "订单编号", "订单付款时间", "商品编码", "宝贝标题", "买家实际支付金额", "买家退款金额", "退款的申请时间", "退款完结时间", "退款状态", "买家退款原因"],
        .. refunds.Select(r => new[] { r.Id, "O" + r.Id, "2026-11-08 10:00:00", Sku, "羊毛大衣 女", "500.00", r.Amount, "2026-11-08 12:00:00", r.CompletedAt, r.Status, "尺码不合适" }),
    ];

    private static IEnumerable<string[]> Days(Func<DateOnly, string[]> row) =>
        Enumerable.Range(0, 14).Select(i => row(new DateOnly(2026, 11, 9).AddDays(i)));

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task ImportAsync(TestDatabase db, StoreInfo store, ImportKind kind, byte[] content)
    {
        var result = await db.Imports.ImportAsync(store.Id, kind, content, null);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Row} {e.Column} {e.Message}")));
    }

    private static async Task ImportServiceAsync(TestDatabase db, StoreInfo store, ServiceImportKind kind, byte[] content)
    {
        var result = await db.Services.GetRequiredService<ServiceImportService>().ImportFileAsync(store.Id, kind, content, new ImportFileContext());
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Row} {e.Column} {e.Message}")));
    }
}
