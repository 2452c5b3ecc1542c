using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Data.Entities;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Service;
using OpsDashboard.Data.Stores;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Service;

/// <summary>
/// The service kinds written set-based (<see cref="SqlUpsert"/>): a re-import updates only the columns its file
/// carries, a new row leaves the others unknown, the store's data version moves and an import record is kept, and
/// a file with a bad row writes nothing — on SQLite and PostgreSQL.
/// </summary>
public sealed class ServiceUpsertTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RefundReimport_WithOnlyIdAmountAndStatus_MovesTheStatusAndKeepsEveryOtherColumn(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db);
        var versionBefore = await VersionAsync(db, store);
        Assert.Equal(3, (await ImportAsync(db, store, ServiceImportKind.Refunds, ServiceExportFiles.Write(ServiceExportFiles.QianniuRefunds("退款中", ""), ExportFormat.CsvUtf8))).RowsInserted);

        var second = await ImportAsync(db, store, ServiceImportKind.Refunds, ServiceExportFiles.Csv(
            ["退款编号", "买家退款金额", "退款状态", "退款完结时间"], ["220001234567890123", "200.00", "退款成功", "2026-11-25 18:00:00"], ["R-NEW", "5.00", "退款成功", "2026-11-25 19:00:00"]));

        Assert.Equal((1, 1), (second.RowsInserted, second.RowsUpdated));
        await using var context = db.CreateContext();
        var moved = await context.Set<Refund>().AsNoTracking().SingleAsync(r => r.RefundId == "220001234567890123");
        Assert.Equal(("退款成功", true, 20000L, new DateOnly(2026, 11, 25)), (moved.Status, moved.Succeeded, moved.RefundAmountMinor, moved.CompletedOn));
        Assert.Equal(("尺码不合适", "羊毛大衣 女", "680512345678901234", 23800L, true), (moved.Reason, moved.Title, moved.SkuCode, moved.PaidAmountMinor, moved.ReturnRequired));
        var added = await context.Set<Refund>().AsNoTracking().SingleAsync(r => r.RefundId == "R-NEW");
        Assert.Equal((null, null, null, (long?)null), (added.Reason, added.Title, added.SkuCode, added.PaidAmountMinor));
        Assert.Equal(4, await context.Set<Refund>().CountAsync());
        Assert.Equal(2, await context.ImportBatches.CountAsync(b => b.Kind == "refunds"));
        Assert.Equal(versionBefore + 2, await VersionAsync(db, store));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RivalReimport_WithoutAnIndexColumn_KeepsTheStoredIndex(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db);
        await ImportAsync(db, store, ServiceImportKind.Competitors, ServiceExportFiles.Write(ServiceExportFiles.SycmCompetitors, ExportFormat.Xlsx));

        var second = await ImportAsync(db, store, ServiceImportKind.Competitors, ServiceExportFiles.Csv(
            ["日期", "店铺名称", "流量指数"], ["2026-11-23", "对手旗舰店", "9,100"], ["2026-11-25", "对手旗舰店", "9,900"]));

        Assert.Equal((1, 1), (second.RowsInserted, second.RowsUpdated));
        await using var context = db.CreateContext();
        var day = await context.Set<RivalDay>().AsNoTracking().SingleAsync(d => d.Rival == "对手旗舰店" && d.Date == new DateOnly(2026, 11, 23));
        Assert.Equal((20000d, 9100d, 3000d), (day.TradeIndex!.Value, day.TrafficIndex!.Value, day.CustomerIndex!.Value));
        var added = await context.Set<RivalDay>().AsNoTracking().SingleAsync(d => d.Rival == "对手旗舰店" && d.Date == new DateOnly(2026, 11, 25));
        Assert.Equal(((double?)null, 9900d), (added.TradeIndex, added.TrafficIndex!.Value));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AgentAndLossFiles_ReimportedUnchanged_UpdateEveryRowAndDuplicateNone(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db);
        var agents = ServiceExportFiles.Write(ServiceExportFiles.ChituAgents, ExportFormat.CsvGb18030);
        var losses = ServiceExportFiles.Write(ServiceExportFiles.SycmLostShops(new DateOnly(2026, 11, 22), 1000, 500), ExportFormat.CsvUtf8);
        var firstAgents = await ImportAsync(db, store, ServiceImportKind.ServiceAgents, agents);
        var firstLosses = await ImportAsync(db, store, ServiceImportKind.LostCustomers, losses);

        var againAgents = await ImportAsync(db, store, ServiceImportKind.ServiceAgents, agents);
        var againLosses = await ImportAsync(db, store, ServiceImportKind.LostCustomers, losses);

        Assert.Equal((firstAgents.RowsInserted, 0), (againAgents.RowsUpdated, againAgents.RowsInserted));
        Assert.Equal((2, 0, 2), (firstLosses.RowsInserted, againLosses.RowsInserted, againLosses.RowsUpdated));
        await using var context = db.CreateContext();
        Assert.Equal(firstAgents.RowsInserted, await context.Set<AgentDay>().CountAsync());
        var xiaomei = await context.Set<AgentDay>().AsNoTracking().SingleAsync(d => d.Agent == "店铺:小美" && d.Date == new DateOnly(2026, 11, 23));
        Assert.Equal((20L, 10L, 238000L, 475000L), (xiaomei.Inquirers!.Value, xiaomei.InquiryPayingBuyers!.Value, xiaomei.SalesAmountMinor!.Value, xiaomei.ResponseMillisecondsTotal!.Value));
        Assert.Equal([1000d, 500d], (await context.Set<LostCustomerDay>().AsNoTracking().OrderBy(d => d.Rival).ToListAsync()).Select(d => d.LossIndex!.Value).OrderDescending());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RefundFile_WithOneBadRow_WritesNothingAndMovesNoVersion(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db);
        var version = await VersionAsync(db, store);
        var rows = ServiceExportFiles.QianniuRefunds("退款成功", "2026-11-24 15:00:00");
        rows[3][8] = "-5";

        var result = await ImportAsync(db, store, ServiceImportKind.Refunds, ServiceExportFiles.Write(rows, ExportFormat.CsvUtf8));

        var error = Assert.Single(result.Errors);
        Assert.Equal((4, "买家退款金额"), (error.Row, error.Column));
        await using var context = db.CreateContext();
        Assert.Equal(0, await context.Set<Refund>().CountAsync());
        Assert.Equal(0, await context.ImportBatches.CountAsync());
        Assert.Equal(version, await VersionAsync(db, store));
    }

    private static async Task<StoreInfo> StoreAsync(TestDatabase db)
    {
        await db.CreateStoreAsync("ups");
        return (await db.Stores.FindAsync("ups"))!;
    }

    private static async Task<long> VersionAsync(TestDatabase db, StoreInfo store)
    {
        await using var context = db.CreateContext();
        return await context.Stores.Where(s => s.Id == store.Id).Select(s => s.DataVersion).SingleAsync();
    }

    private static Task<ImportResult> ImportAsync(TestDatabase db, StoreInfo store, ServiceImportKind kind, byte[] content) =>
        db.Services.GetRequiredService<ServiceImportService>().ImportFileAsync(store.Id, kind, content, new ImportFileContext());
}
