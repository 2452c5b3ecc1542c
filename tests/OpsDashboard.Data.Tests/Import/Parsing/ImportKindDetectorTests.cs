using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

public class ImportKindDetectorTests
{
    private static readonly string[] TitleBlock = ["统计日期：2026-11-01~2026-11-07", "店铺名称 示例旗舰店", ""];

    [Theory]
    [InlineData("date,visitors,page_views,paying_buyers,payment_amount", ImportKind.StoreDaily)]
    [InlineData("日期,访客数,浏览量,支付买家数,支付金额", ImportKind.StoreDaily)]
    [InlineData("统计日期,商品访客数,商品浏览量,商品支付买家数,商品支付金额", ImportKind.StoreDaily)]
    [InlineData("date,sku_code,sku_name,visitors,paying_buyers", ImportKind.SkuDaily)]
    [InlineData("日期,商品ID,商品名称,访客数,支付买家数", ImportKind.SkuDaily)]
    [InlineData("统计日期,商品ID,商品名称,商品访客数,商品详情页跳出率,商品支付转化率", ImportKind.SkuDaily)]
    [InlineData("date,source,visitors,cost", ImportKind.SourceDaily)]
    [InlineData("日期,流量来源,访客数,花费", ImportKind.SourceDaily)]
    [InlineData("统计日期,来源名称,商品访客数,商品支付买家数", ImportKind.SourceDaily)]
    public void Kind_is_told_by_the_key_columns_below_a_title_block(string header, ImportKind expected)
    {
        var content = ImportFiles.Utf8(ImportFiles.Lines([.. TitleBlock, header, "2026-11-03,1,2,3,4,5"]));

        Assert.Equal(expected, ImportKindDetector.Detect(content));
    }

    [Theory]
    [InlineData("日期,访客数,支付金额", ImportKind.StoreDaily)]
    [InlineData("日期,商品ID,商品访客数", ImportKind.SkuDaily)]
    [InlineData("日期,流量来源,访客数", ImportKind.SourceDaily)]
    public void Kind_is_told_from_a_header_on_row_1_in_GB18030(string header, ImportKind expected)
    {
        var content = ImportFiles.Gb18030(ImportFiles.Lines(header, "2026-11-03,1,2"));

        Assert.Equal(expected, ImportKindDetector.Detect(content));
    }

    [Theory]
    [InlineData("sku-daily-sycm.xls", ImportKind.SkuDaily)]
    [InlineData("store-daily.xlsx", ImportKind.StoreDaily)]
    [InlineData("source-daily.xlsx", ImportKind.SourceDaily)]
    public void Kind_is_told_from_real_workbooks(string fixture, ImportKind expected)
    {
        Assert.Equal(expected, ImportKindDetector.Detect(ImportFiles.Fixture(fixture)));
    }

    [Fact]
    public void A_main_item_id_column_is_not_a_sku_column()
    {
        // Whole names only: 主商品ID is not 商品ID, so this is a store file with an unknown column.
        var content = ImportFiles.Utf8(ImportFiles.Lines("日期,主商品ID,访客数", "2026-11-03,1,2"));

        Assert.Equal(ImportKind.StoreDaily, ImportKindDetector.Detect(content));
    }

    [Fact]
    public void A_sku_header_below_a_title_row_that_looks_like_a_store_header_is_still_sku_daily()
    {
        var content = ImportFiles.Utf8(ImportFiles.Lines("日期,访客数", "2026-11-01~2026-11-07,1000", "日期,商品ID,商品访客数", "2026-11-03,1,2"));

        Assert.Equal(ImportKind.SkuDaily, ImportKindDetector.Detect(content));
    }

    [Theory]
    [InlineData("name,age\nbob,3\n")]
    [InlineData("日期,备注\n2026-11-03,hello\n")]
    [InlineData("访客数,支付金额\n100,200\n")]
    [InlineData("")]
    public void A_file_without_a_recognisable_header_has_no_kind(string text)
    {
        Assert.Null(ImportKindDetector.Detect(ImportFiles.Utf8(text)));
    }

    [Fact]
    public void A_file_that_cannot_be_read_has_no_kind()
    {
        // The .xlsx signature (a zip) followed by garbage.
        byte[] content = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02, 0x03, 0xFF, 0xFE];

        Assert.Null(ImportKindDetector.Detect(content));
    }
}
