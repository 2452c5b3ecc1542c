using System.Text;
using OpsDashboard.Data.Import;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Import;

/// <summary>
/// The registry tells every kind from a file's header row with that kind's own header finder, the most
/// specific headers first, so the import page can say when a file is not the kind chosen.
/// </summary>
public sealed class ImportKindDetectionTests
{
    [Fact]
    public void DetectionOrder_TriesEveryRegisteredKindOnce() =>
        Assert.Equal(ImportKindRegistry.Names.Order(StringComparer.Ordinal), ImportKindRegistry.DetectionOrder.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("store-daily", "date,visitors,paying_buyers,payment_amount\n2026-11-01,100,5,500\n")]
    [InlineData("sku-daily", "日期,商品ID,商品名称,商品访客数,支付买家数,支付金额\n2026-11-01,680512345678901234,羊毛大衣,100,5,1190\n")]
    [InlineData("source-daily", "日期,流量来源,访客数,展现量,点击量,花费,支付金额\n2026-11-01,关键词推广,100,1000,50,100,300\n")]
    [InlineData("ads", "日期,场景名字,计划名字,主体ID,展现量,点击量,花费,总成交金额\n2026-11-01,关键词推广,计划A,680512345678901234,1000,50,100,300\n")]
    [InlineData("search-keywords", "日期,搜索词,商品ID,访客数,浏览量,支付买家数,支付金额\n2026-11-01,羊毛大衣,680512345678901234,100,150,5,1190\n")]
    public void Detect_TellsEachKindFromItsHeaders(string kind, string csv) =>
        Assert.Equal(kind, ImportKindRegistry.Detect(Encoding.UTF8.GetBytes(csv), new ImportFileContext()));

    [Theory]
    [InlineData(ExportFormat.CsvUtf8)]
    [InlineData(ExportFormat.CsvGb18030)]
    [InlineData(ExportFormat.Xlsx)]
    public void Detect_TellsTheServiceExportsUnderTheirTitleBlocks(ExportFormat format)
    {
        var context = new ImportFileContext();
        Assert.Equal("service-agents", ImportKindRegistry.Detect(ServiceExportFiles.Write(ServiceExportFiles.ChituAgents, format), context));
        Assert.Equal("refunds", ImportKindRegistry.Detect(ServiceExportFiles.Write(ServiceExportFiles.QianniuRefunds("退款成功", "2026-11-24 15:00:00"), format), context));
        Assert.Equal("competitors", ImportKindRegistry.Detect(ServiceExportFiles.Write(ServiceExportFiles.SycmCompetitors, format), context));
        Assert.Equal("lost-customers", ImportKindRegistry.Detect(ServiceExportFiles.Write(ServiceExportFiles.SycmLostShops(new DateOnly(2026, 11, 22), 1000, 500), format), context));
    }

    [Fact]
    public void Detect_FileWithoutAnyKindsHeaders_IsNull() =>
        Assert.Null(ImportKindRegistry.Detect(Encoding.UTF8.GetBytes("name,age\nbob,3\n"), new ImportFileContext()));
}
