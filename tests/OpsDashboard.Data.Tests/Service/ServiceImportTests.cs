using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Service;
using OpsDashboard.Data.Reports.Service;
using OpsDashboard.Data.Stores;
using OpsDashboard.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace OpsDashboard.Data.Tests.Service;

/// <summary>
/// The four kinds of DOMAIN §7 imported from files shaped like the real exports (CSV UTF-8, CSV
/// GB18030, .xlsx) and read back, hand-computed, on SQLite and PostgreSQL.
/// </summary>
public sealed class ServiceImportTests
{
    private static readonly DateRange Week = new(new(2026, 11, 23), new(2026, 11, 29));

    /// <summary>2026-11-30 09:00 in Shanghai: 11-27 and later are younger than the 4 days 询单->最终付款 takes to settle.</summary>
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));

    public static TheoryData<DatabaseProvider, ExportFormat> Shapes()
    {
        var data = new TheoryData<DatabaseProvider, ExportFormat>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var format in Enum.GetValues<ExportFormat>())
            {
                data.Add(provider, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task ChituAgents_ImportUnedited_AgentsAt50PercentPassAndZeroInquiriesHaveNoRate(DatabaseProvider provider, ExportFormat format)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db);

        var result = await ImportAsync(db, store, ServiceImportKind.ServiceAgents, ServiceExportFiles.Write(ServiceExportFiles.ChituAgents, format));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(5, result.RowsRead);
        Assert.Equal(4, result.RowsInserted);
        Assert.Contains(result.Warnings, w => w.Row == 8 && w.Message.Contains("合计", StringComparison.Ordinal));
        var report = await Reports(db).ServiceAsync(store, Week);

        var mei = report.Agents.Single(a => a.Agent == "店铺:小美");
        Assert.Equal(30, mei.Totals.Inquirers);
        Assert.Equal(15, mei.Totals.InquiryPayingBuyers);
        Assert.Equal(0.5m, mei.InquiryConversionRate);
        Assert.Equal(CheckStatus.Pass, mei.Status);
        Assert.Equal(3380m, mei.Totals.SalesAmount);
        Assert.Equal(3380m / 15m, mei.AverageOrderValue);
        Assert.Equal((12.5m * 38m + 10m * 20m) / 58m, mei.AverageResponseSeconds);
        Assert.Equal(1, mei.Totals.Unanswered);
        Assert.Equal(1, mei.Totals.Refunds);
        Assert.Equal(1, mei.ImmatureDays);

        var jie = report.Agents.Single(a => a.Agent == "店铺:阿杰");
        Assert.Equal(0.3125m, jie.InquiryConversionRate);
        Assert.Equal(CheckStatus.Fail, jie.Status);
        Assert.Equal(0, jie.ImmatureDays);

        var newcomer = report.Agents.Single(a => a.Agent == "店铺:新人");
        Assert.Equal(0, newcomer.Totals.Inquirers);
        Assert.Null(newcomer.InquiryConversionRate);
        Assert.Null(newcomer.AverageOrderValue);
        Assert.Equal(CheckStatus.NoData, newcomer.Status);

        Assert.Equal(46, report.Total.Totals.Inquirers);
        Assert.Equal(20m / 46m, report.Total.InquiryConversionRate);
        Assert.Equal(new DateOnly(2026, 11, 27), report.ImmatureFrom);
        Assert.Equal([false, true], report.Daily.Select(d => d.Immature));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AgentFile_SecondExportWithOtherColumns_MergesInsteadOfBlanking(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db);
        await ImportAsync(db, store, ServiceImportKind.ServiceAgents, ServiceExportFiles.Csv(
            ["日期", "客服", "询单人数", "询单成交人数"], ["2026-11-24", "小美", "10", "6"]));

        var second = await ImportAsync(db, store, ServiceImportKind.ServiceAgents, ServiceExportFiles.Csv(
            ["日期", "客服", "接待人数", "客服销售额"], ["2026-11-24", "小美", "12", "600"]));

        Assert.Equal(1, second.RowsUpdated);
        var mei = (await Reports(db).ServiceAsync(store, Week)).Agents.Single();
        Assert.Equal(0.6m, mei.InquiryConversionRate);
        Assert.Equal(100m, mei.AverageOrderValue);
        Assert.Null(mei.Totals.Unanswered);
        Assert.Null(mei.AverageResponseSeconds);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AgentFile_WithBadRows_WritesNothingAndNamesEveryRowAndColumn(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db);

        var result = await ImportAsync(db, store, ServiceImportKind.ServiceAgents, ServiceExportFiles.Csv(
            ["客服绩效"],
            ["日期", "旺旺", "询单人数", "询单->最终付款人数"],
            ["2026-11-24", "小美", "10", "6"],
            ["2026-11-24", "阿杰", "5", "6"],
            ["2026-11-25", "小美", "abc", "1"],
            ["2026-11-25", "", "3", "1"]));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Row == 4 && e.Column == "询单->最终付款人数");
        Assert.Contains(result.Errors, e => e.Row == 5 && e.Column == "询单人数");
        Assert.Contains(result.Errors, e => e.Row == 6 && e.Column == "旺旺");
        Assert.Empty((await Reports(db).ServiceAsync(store, Week)).Agents);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task QianniuRefunds_ReimportMovesTheStatus_AndCountsOnTheCompletionDay(DatabaseProvider provider, ExportFormat format)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db);
        await db.Imports.ImportAsync(store.Id, ImportKind.StoreDaily, ServiceExportFiles.Csv(["date", "visitors", "payment_amount"], ["2026-11-24", "1000", "5000"], ["2026-11-25", "1000", "5000"]), null);
        await db.Imports.ImportAsync(store.Id, ImportKind.SkuDaily, ServiceExportFiles.Csv(["date", "商品ID", "visitors", "payment_amount"], ["2026-11-25", "680512345678901234", "300", "3380"]), null);

        var first = await ImportAsync(db, store, ServiceImportKind.Refunds, ServiceExportFiles.Write(ServiceExportFiles.QianniuRefunds("退款中", ""), format));
        Assert.True(first.Succeeded, string.Join("; ", first.Errors.Select(e => e.Message)));
        Assert.Equal(3, first.RowsInserted);
        var before = await Reports(db).RefundsAsync(store.Id, Week, RefundGrouping.Reason);
        Assert.Equal(["质量问题"], before.Select(g => g.Key));

        var second = await ImportAsync(db, store, ServiceImportKind.Refunds, ServiceExportFiles.Write(ServiceExportFiles.QianniuRefunds("退款成功", "2026-11-25 18:00:00"), format));
        Assert.Equal(0, second.RowsInserted);
        Assert.Equal(3, second.RowsUpdated);

        var byReason = await Reports(db).RefundsAsync(store.Id, Week, RefundGrouping.Reason);
        Assert.Equal(["尺码不合适", "质量问题"], byReason.Select(g => g.Key));
        Assert.Equal(238m, byReason[0].Totals.Amount);
        Assert.Equal(238m / 10000m, byReason[0].RefundRate);

        var bySku = Assert.Single(await Reports(db).RefundsAsync(store.Id, Week, RefundGrouping.Sku));
        Assert.Equal("680512345678901234", bySku.Key);
        Assert.Equal(2, bySku.Totals.Refunds);
        Assert.Equal(338m, bySku.Totals.Amount);
        Assert.Equal(0.1m, bySku.RefundRate);

        var byDay = await Reports(db).RefundsAsync(store.Id, Week, RefundGrouping.Day);
        Assert.Equal(["2026-11-24", "2026-11-25"], byDay.Select(g => g.Key));
        Assert.Equal(100m / 5000m, byDay[0].RefundRate);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Refunds_WithoutAnySalesFile_HaveNoRefundRate(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db);
        await ImportAsync(db, store, ServiceImportKind.Refunds, ServiceExportFiles.Csv(ServiceExportFiles.QianniuRefunds("退款成功", "2026-11-25 18:00:00")));

        var groups = await Reports(db).RefundsAsync(store.Id, Week, RefundGrouping.Reason);

        Assert.All(groups, g => Assert.Null(g.RefundRate));
        Assert.Equal(338m, groups.Sum(g => g.Totals.Amount));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task SycmCompetitors_MeansOverTheDaysWithAValue_RatioToTheStoresOwnRow(DatabaseProvider provider, ExportFormat format)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db);

        var result = await ImportAsync(db, store, ServiceImportKind.Competitors, ServiceExportFiles.Write(ServiceExportFiles.SycmCompetitors, format));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var rivals = await Reports(db).CompetitorsAsync(store.Id, Week);
        Assert.Equal(["本店", "对手旗舰店", "小众女装店"], rivals.Select(r => r.Rival));
        var self = rivals[0];
        Assert.True(self.IsSelf);
        Assert.Equal(11000m, self.TradeIndex);
        Assert.Null(self.TradeIndexVsSelf);
        var rival = rivals[1];
        Assert.Equal(RivalKinds.Shop, rival.Kind);
        Assert.Equal(20000m, rival.TradeIndex);
        Assert.Equal(9300m, rival.TrafficIndex);
        Assert.Null(rival.FavoritePopularity);
        Assert.Equal(20000m / 11000m, rival.TradeIndexVsSelf);
        Assert.Equal(0.5m, rivals[2].TradeIndexVsSelf);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task SycmLostShops_OneDayFilesDatedByTheirTitle_RankedWithWeekOverWeekChange(DatabaseProvider provider, ExportFormat format)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db);
        await ImportAsync(db, store, ServiceImportKind.LostCustomers, ServiceExportFiles.Write(ServiceExportFiles.SycmLostShops(new(2026, 11, 22), 1000, 500), format));
        var result = await ImportAsync(db, store, ServiceImportKind.LostCustomers, ServiceExportFiles.Write(ServiceExportFiles.SycmLostShops(new(2026, 11, 29), 1300, 400), format));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var losses = await Reports(db).LostCustomersAsync(store.Id, Week);
        Assert.Equal(["对手旗舰店", "小众女装店"], losses.Select(l => l.Rival));
        Assert.Equal(1300m, losses[0].LossIndex);
        Assert.Equal(1200m, losses[0].LossPopularity);
        Assert.Equal(0.3m, losses[0].Change);
        Assert.True(losses[0].Rising);
        Assert.Equal(-0.2m, losses[1].Change);
        Assert.False(losses[1].Rising);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DeletingTheStore_RemovesItsServiceRows(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db);
        await ImportAsync(db, store, ServiceImportKind.ServiceAgents, ServiceExportFiles.Write(ServiceExportFiles.ChituAgents, ExportFormat.CsvUtf8));
        await ImportAsync(db, store, ServiceImportKind.Refunds, ServiceExportFiles.Csv(ServiceExportFiles.QianniuRefunds("退款成功", "2026-11-25 18:00:00")));

        Assert.True(await db.Stores.DeleteAsync(store.Code));

        await using var context = db.CreateContext();
        Assert.Empty(context.Set<Entities.AgentDay>());
        Assert.Empty(context.Set<Entities.Refund>());
    }

    private static async Task<StoreInfo> StoreAsync(TestDatabase db)
    {
        await db.CreateStoreAsync("svc");
        return (await db.Stores.FindAsync("svc"))!;
    }

    private static Task<ImportResult> ImportAsync(TestDatabase db, StoreInfo store, ServiceImportKind kind, byte[] content) =>
        db.Services.GetRequiredService<ServiceImportService>().ImportFileAsync(store.Id, kind, content, new ImportFileContext());

    private static ServiceReports Reports(TestDatabase db) => new(db.Factory, Clock);
}

/// <summary>A clock stopped at one instant.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
