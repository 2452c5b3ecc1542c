using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Data.Import;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Import;

/// <summary>The one registry of import kinds: every kind of DOMAIN §6 and §7, each importing through its own parser and writer.</summary>
public sealed class ImportKindRegistryTests
{
    [Fact]
    public void Registry_NamesEveryKind_OnceAndInOrder() => Assert.Equal(
        ["store-daily", "sku-daily", "source-daily", "ads", "search-keywords", "service-agents", "refunds", "competitors", "lost-customers"],
        ImportKindRegistry.Names);

    [Theory]
    [InlineData(" Refunds ", "refunds")]
    [InlineData("SKU-DAILY", "sku-daily")]
    public void Find_IgnoresCaseAndSpaces(string asked, string found) => Assert.Equal(found, ImportKindRegistry.Find(asked)?.Name);

    [Fact]
    public void Find_UnknownKind_IsNull() => Assert.Null(ImportKindRegistry.Find("sales"));

    /// <summary>A file of each family through the registry lands where its own reader reads it.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EachFamily_ImportsThroughTheRegistry(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.CreateStoreAsync("reg");
        var store = (await db.Stores.FindAsync("reg"))!;
        var registry = db.Services.GetRequiredService<ImportKindRegistry>();

        async Task<ImportResult> ImportAsync(string kind, params string[][] rows) =>
            await registry.ImportAsync(ImportKindRegistry.Find(kind)!, store, ServiceExportFiles.Csv(rows), new ImportFileContext());

        Assert.Equal(1, (await ImportAsync("store-daily", ["date", "visitors", "payment_amount"], ["2026-11-24", "1000", "5000"])).RowsInserted);
        Assert.Equal(1, (await ImportAsync("search-keywords", ["日期", "搜索词", "访客数", "支付买家数", "支付金额"], ["2026-11-24", "羊毛大衣", "100", "3", "600"])).RowsInserted);
        Assert.Equal(1, (await ImportAsync("refunds", ["退款编号", "商品编码", "买家退款金额", "退款完结时间", "退款状态"], ["R1", "A1", "88.00", "2026-11-24 10:00:00", "退款成功"])).RowsInserted);

        var refused = await ImportAsync("lost-customers", ["日期", "店铺名称", "流失指数"], ["2026-13-45", "对手", "120"]);
        Assert.False(refused.Succeeded);
        Assert.Contains(refused.Errors, e => e.Row == 2);

        await using var context = db.CreateContext();
        Assert.Single(context.StoreDays);
        Assert.Single(context.SearchKeywordDays);
        Assert.Single(context.Set<Entities.Refund>());
        Assert.Empty(context.Set<Entities.LostCustomerDay>());
    }
}
