using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

/// <summary>
/// Columns that were read and then ignored: 平均停留时长 (seconds → average_stay_milliseconds),
/// 加购人数, 商品收藏人数/收藏人数 (favorite_buyers), store-level 支付件数 (units) and SKU-level
/// 成功退款金额 (refund_amount_minor).
/// </summary>
public class StayFavoritesUnitsRefundsTests
{
    [Fact]
    public void Sycm_store_file_stores_stay_seconds_as_milliseconds_favourites_carts_and_units()
    {
        var result = ImportFiles.Parse(
            ImportKind.StoreDaily,
            "统计日期,访客数,平均停留时长,加购人数,收藏人数,支付件数,支付买家数",
            "2026-11-01,1000,32.155,80,45,130,100",
            "2026-11-02,900,-,0,0,0,0");

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal(
            ["visitors", "add_to_cart_buyers", "favorite_buyers", "paying_buyers", "units", "average_stay_milliseconds"],
            result.Columns);
        var first = result.Rows[0].Values;
        Assert.Equal(32155L, first["average_stay_milliseconds"]);
        Assert.Equal(80L, first["add_to_cart_buyers"]);
        Assert.Equal(45L, first["favorite_buyers"]);
        Assert.Equal(130L, first["units"]);

        // An average of nothing is unknown, never 0 seconds.
        Assert.Null(result.Rows[1].Values["average_stay_milliseconds"]);
    }

    [Fact]
    public void Sycm_product_file_reads_the_prefixed_names_and_the_sku_refunds()
    {
        var result = ImportFiles.Parse(
            ImportKind.SkuDaily,
            "统计日期,商品ID,商品访客数,商品平均停留时长,商品加购人数,商品收藏人数,商品支付件数,成功退款金额",
            "2026-11-01,A1,500,12.5秒,30,18,40,\"¥1,234.50\"");

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        var values = Assert.Single(result.Rows).Values;
        Assert.Equal(12500L, values["average_stay_milliseconds"]);
        Assert.Equal(30L, values["add_to_cart_buyers"]);
        Assert.Equal(18L, values["favorite_buyers"]);
        Assert.Equal(40L, values["units"]);
        Assert.Equal(123450L, values["refund_amount_minor"]);
    }

    [Fact]
    public void English_snake_case_and_jd_names_are_read()
    {
        var english = ImportFiles.Parse(ImportKind.StoreDaily, "date,visitors,average_stay_seconds,favorite_buyers,units", "2026-11-01,10,7,2,3");
        var jd = ImportFiles.Parse(ImportKind.StoreDaily, "日期,访客数,平均停留时长(秒),加购客户数,成交商品件数", "2026-11-01,10,8.25,4,6");

        Assert.Equal((7000L, 2L, 3L), ((long)english.Rows[0].Values["average_stay_milliseconds"]!, (long)english.Rows[0].Values["favorite_buyers"]!, (long)english.Rows[0].Values["units"]!));
        Assert.Equal(8250L, jd.Rows[0].Values["average_stay_milliseconds"]);
        Assert.Equal(4L, jd.Rows[0].Values["add_to_cart_buyers"]);
        Assert.Equal(6L, jd.Rows[0].Values["units"]);
    }

    [Theory]
    [InlineData("abc", "'abc' is not a duration in seconds")]
    [InlineData("12%", "'12%' is not a duration in seconds")]
    [InlineData("-3", "'-3' is negative")]
    public void Bad_stay_times_are_errors_naming_the_cell(string cell, string message)
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "日期,访客数,平均停留时长", $"2026-11-01,10,{cell}");

        Assert.Equal([new ImportIssue(2, "平均停留时长", message)], result.Errors);
    }

    [Fact]
    public void The_preview_names_the_new_columns_in_english()
    {
        var preview = ImportParser.Preview(ImportKind.SkuDaily, ImportFiles.Utf8(ImportFiles.Lines("日期,商品ID,商品访客数,平均停留时长,商品收藏人数,成功退款金额", "2026-11-01,A1,5,3,1,0")), 10);

        Assert.Equal(
            ["date", "sku_code", "visitors", "average_stay_seconds", "favorite_buyers", "refund_amount"],
            preview.Columns.Select(column => column.Field));
        Assert.All(preview.Columns.Skip(2), column => Assert.Equal(ColumnUse.Stored, column.Use));
    }
}
