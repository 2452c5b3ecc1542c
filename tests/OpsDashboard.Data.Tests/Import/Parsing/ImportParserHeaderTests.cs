using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

public class ImportParserHeaderTests
{
    private static readonly string[] AllStoreColumns =
    [
        "visitors", "page_views", "bounced_visitors", "returning_visitors", "add_to_cart_buyers", "order_buyers",
        "paying_buyers", "payment_amount_minor", "refund_amount_minor", "inquirers", "inquiry_paying_buyers",
        "peer_conversion_rate_units", "dsr_description", "dsr_service", "dsr_logistics",
    ];

    [Fact]
    public void English_store_header_reads_every_fact()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily,
            "date,visitors,page_views,bounced_visitors,returning_visitors,add_to_cart_buyers,order_buyers,paying_buyers,payment_amount,refund_amount,inquirers,inquiry_paying_buyers,peer_conversion_rate,dsr_description,dsr_service,dsr_logistics",
            "2026-11-03,1200,3600,600,300,90,45,36,\"8,568.00\",120.5,80,40,3.1%,4.8,4.9,4.7");

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal(AllStoreColumns, result.Columns);
        AssertStoreRow(Assert.Single(result.Rows), rowNumber: 2);
    }

    [Fact]
    public void Chinese_store_header_below_a_title_block_reads_every_fact()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily,
            "统计日期：2026-11-01~2026-11-07",
            "店铺名称 示例旗舰店",
            "",
            "日期,访客数,浏览量,跳失人数,老访客数,加购人数,下单买家数,支付买家数,支付金额,退款金额,咨询人数,询单成交人数,同行同层平均支付转化率,描述相符,服务态度,物流服务",
            "2026-11-03,1200,3600,600,300,90,45,36,\"¥8,568.00\",￥120.50,80,40,0.031,4.8,4.9,4.7");

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal(AllStoreColumns, result.Columns);
        AssertStoreRow(Assert.Single(result.Rows), rowNumber: 5);
    }

    [Fact]
    public void Shuffled_column_order_gives_the_same_values()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily,
            "dsr_logistics,支付金额,paying_buyers,退款金额,inquiry_paying_buyers,日期,同行同层平均支付转化率,order_buyers,dsr_service,跳失人数,returning_visitors,visitors,咨询人数,page_views,add_to_cart_buyers,描述相符",
            "4.7,8568,36,120.5,40,2026/11/3,3.1%,45,4.9,600,300,1200,80,3600,90,4.8");

        Assert.Empty(result.Errors);
        Assert.Equal(AllStoreColumns, result.Columns);
        AssertStoreRow(Assert.Single(result.Rows), rowNumber: 2);
    }

    [Fact]
    public void Product_export_names_with_the_商品_prefix_are_accepted()
    {
        var result = ImportFiles.Parse(ImportKind.SkuDaily,
            "统计日期,商品ID,商品名称,类目,商品访客数,商品浏览量,跳失人数,商品加购人数,商品下单买家数,商品支付买家数,商品支付件数,商品支付金额,是否预售,库存,差评数",
            "20261103,680512345678901234,羊毛大衣,女装/大衣,1000,3500,450,80,40,32,35,7616.00,预售,120,2");

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal(
            ["visitors", "page_views", "bounced_visitors", "add_to_cart_buyers", "order_buyers", "paying_buyers", "units", "payment_amount_minor", "presale", "stock_on_hand", "negative_reviews"],
            result.Columns);
        var row = Assert.Single(result.Rows);
        Assert.Equal(new DateOnly(2026, 11, 3), row.Date);
        Assert.Equal("680512345678901234", row.SkuCode);
        Assert.Equal("羊毛大衣", row.SkuName);
        Assert.Equal("女装/大衣", row.SkuCategory);
        Assert.Equal(
            new Dictionary<string, object?>
            {
                ["visitors"] = 1000L, ["page_views"] = 3500L, ["bounced_visitors"] = 450L, ["add_to_cart_buyers"] = 80L,
                ["order_buyers"] = 40L, ["paying_buyers"] = 32L, ["units"] = 35L, ["payment_amount_minor"] = 761600L,
                ["presale"] = true, ["stock_on_hand"] = 120L, ["negative_reviews"] = 2L,
            },
            row.Values);
    }

    [Fact]
    public void English_sku_header_with_short_names_is_accepted()
    {
        var result = ImportFiles.Parse(ImportKind.SkuDaily,
            "Date,SKU,sku_name,category,visitors,units,presale,stock_on_hand,negative_reviews",
            "2026-11-03,A-100,Coat,Outerwear,10,2,no,5,0");

        Assert.Empty(result.Errors);
        var row = Assert.Single(result.Rows);
        Assert.Equal("A-100", row.SkuCode);
        Assert.Equal("Coat", row.SkuName);
        Assert.Equal("Outerwear", row.SkuCategory);
    }

    [Fact]
    public void Source_header_in_chinese_reads_name_kind_and_ad_figures()
    {
        var result = ImportFiles.Parse(ImportKind.SourceDaily,
            "日期,流量来源,来源类型,访客数,下单买家数,支付买家数,支付金额,展现量,点击量,花费",
            "2026-11-03,关键词推广,付费,1200,40,36,\"8,568\",\"40,000\",1200,1500.50");

        Assert.Empty(result.Errors);
        Assert.Equal(["visitors", "order_buyers", "paying_buyers", "payment_amount_minor", "impressions", "clicks", "cost_minor"], result.Columns);
        var row = Assert.Single(result.Rows);
        Assert.Equal("关键词推广", row.SourceName);
        Assert.Equal("paid", row.SourceKind);
        Assert.Equal(40000L, row.Values["impressions"]);
        Assert.Equal(150050L, row.Values["cost_minor"]);
    }

    [Fact]
    public void Source_file_without_a_kind_column_leaves_the_kind_null()
    {
        var result = ImportFiles.Parse(ImportKind.SourceDaily, "date,source,visitors", "2026-11-03,手淘搜索,3000");

        var row = Assert.Single(result.Rows);
        Assert.Equal("手淘搜索", row.SourceName);
        Assert.Null(row.SourceKind);
    }

    [Fact]
    public void Tab_separated_text_is_detected()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "日期\t访客数\t支付金额", "2026-11-03\t1,200\t8,568.00");

        Assert.Empty(result.Errors);
        var row = Assert.Single(result.Rows);
        Assert.Equal(1200L, row.Values["visitors"]);
        Assert.Equal(856800L, row.Values["payment_amount_minor"]);
    }

    [Fact]
    public void Semicolon_separated_text_is_detected()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "date;visitors;paying_buyers", "2026-11-03;1200;36", "2026-11-04;1000;30");

        Assert.Empty(result.Errors);
        Assert.Equal([1200L, 1000L], result.Rows.Select(row => row.Values["visitors"]));
    }

    [Fact]
    public void File_without_a_date_header_is_a_single_file_level_error()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "店铺名称 示例旗舰店", "day,visitors", "2026-11-03,5");

        Assert.Equal([new ImportIssue(null, null, "No header row with 日期/date found in the first 30 rows (row 2 looks like a header but has no 日期/date column)")], result.Errors);
        Assert.Equal(0, result.RowsRead);
        Assert.Empty(result.Columns);
    }

    [Fact]
    public void Store_file_imported_as_sku_daily_names_the_missing_sku_column()
    {
        var result = ImportFiles.Parse(ImportKind.SkuDaily, "日期,访客数", "2026-11-03,5");

        Assert.Equal(
            "No header row with 日期/date and 商品ID/sku_code found in the first 30 rows (row 1 looks like a header but has no 商品ID/sku_code column)",
            Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void File_with_nothing_recognisable_names_the_key_columns_only()
    {
        var result = ImportFiles.Parse(ImportKind.SourceDaily, "hello,world", "1,2");

        Assert.Equal("No header row with 日期/date and 流量来源/source found in the first 30 rows", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Header_below_row_30_is_not_found()
    {
        var lines = Enumerable.Repeat("title", 30).Append("date,visitors").Append("2026-11-03,5").ToArray();

        var result = ImportFiles.Parse(ImportKind.StoreDaily, lines);

        Assert.Equal("No header row with 日期/date found in the first 30 rows", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Header_on_row_30_is_found()
    {
        var lines = Enumerable.Repeat("title", 29).Append("date,visitors").Append("2026-11-03,5").ToArray();

        var result = ImportFiles.Parse(ImportKind.StoreDaily, lines);

        Assert.Equal(31, Assert.Single(result.Rows).RowNumber);
    }

    [Fact]
    public void Title_row_that_only_mentions_a_date_is_not_taken_for_the_header()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "统计日期,2026-11-01~2026-11-07", "日期,访客数", "2026-11-03,5");

        Assert.Empty(result.Errors);
        Assert.Equal(3, Assert.Single(result.Rows).RowNumber);
    }

    [Fact]
    public void Unknown_columns_are_ignored_with_one_warning_each_on_the_header_row()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "title", "date,visitors,xyz,Notes,", "2026-11-03,5,1,hello,");

        Assert.Empty(result.Errors);
        Assert.Equal(
            [
                new ImportIssue(2, "xyz", "Unknown column 'xyz' ignored"),
                new ImportIssue(2, "Notes", "Unknown column 'Notes' ignored"),
            ],
            result.Warnings);
        Assert.Equal(["visitors"], result.Columns);
        Assert.Equal(["visitors"], Assert.Single(result.Rows).Values.Keys);
    }

    [Fact]
    public void Main_item_id_is_not_taken_for_the_item_id()
    {
        var result = ImportFiles.Parse(ImportKind.SkuDaily,
            "日期,主商品ID,商品ID,商品访客数",
            "2026-11-03,111,680512345678901234,10");

        Assert.Equal("680512345678901234", Assert.Single(result.Rows).SkuCode);
        Assert.Equal([new ImportIssue(1, "主商品ID", "Unknown column '主商品ID' ignored")], result.Warnings);
    }

    [Fact]
    public void File_with_only_a_main_item_id_has_no_sku_header()
    {
        var result = ImportFiles.Parse(ImportKind.SkuDaily, "日期,主商品ID,商品访客数", "2026-11-03,111,10");

        Assert.StartsWith("No header row with 日期/date and 商品ID/sku_code", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_amount_is_not_taken_for_the_payment_amount()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "日期,访客数,下单金额", "2026-11-03,10,999");

        Assert.Empty(result.Errors);
        Assert.Equal(["visitors"], result.Columns);
        Assert.False(Assert.Single(result.Rows).Values.ContainsKey("payment_amount_minor"));
        Assert.Equal([new ImportIssue(1, "下单金额", "Unknown column '下单金额' ignored")], result.Warnings);
    }

    [Fact]
    public void Column_of_another_kind_is_ignored_with_a_warning()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "日期,访客数,库存,商品名称", "2026-11-03,10,5,Coat");

        Assert.Empty(result.Errors);
        Assert.Equal(["visitors"], result.Columns);
        Assert.Equal(
            [
                new ImportIssue(1, "库存", "Column '库存' (stock on hand) is not part of a store-daily import and is ignored"),
                new ImportIssue(1, "商品名称", "Column '商品名称' (the SKU name) is not part of a store-daily import and is ignored"),
            ],
            result.Warnings);
    }

    [Fact]
    public void Computed_rate_columns_are_recognised_not_unknown()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily,
            "日期,访客数,支付买家数,支付转化率,下单转化率,客单价,人均浏览量,加购率,UV价值,老访客占比,点击率",
            "2026-11-03,1000,30,3%,-,-,-,-,-,-,-");

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal(["visitors", "paying_buyers"], result.Columns);
    }

    [Fact]
    public void Two_columns_for_the_same_fact_are_an_error_on_the_header_row()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "日期,访客数,visitors", "2026-11-03,10,10");

        Assert.Equal([new ImportIssue(1, "visitors", "Columns '访客数' and 'visitors' both hold visitors; keep only one")], result.Errors);
    }

    [Fact]
    public void Quoted_headers_with_surrounding_spaces_are_matched()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "\" 日期 \",\" 访客数\"", "2026-11-03,7");

        Assert.Empty(result.Errors);
        Assert.Equal(7L, Assert.Single(result.Rows).Values["visitors"]);
    }

    [Fact]
    public void Header_without_data_rows_is_a_warning_not_an_error()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "title", "date,visitors", "");

        Assert.Empty(result.Errors);
        Assert.Equal(0, result.RowsRead);
        Assert.Equal([new ImportIssue(2, null, "The file has a header on row 2 but no data rows below it")], result.Warnings);
    }

    private static void AssertStoreRow(ParsedRow row, int rowNumber)
    {
        Assert.Equal(rowNumber, row.RowNumber);
        Assert.Equal(new DateOnly(2026, 11, 3), row.Date);
        Assert.Null(row.SkuCode);
        Assert.Null(row.SourceName);
        Assert.Equal(
            new Dictionary<string, object?>
            {
                ["visitors"] = 1200L,
                ["page_views"] = 3600L,
                ["bounced_visitors"] = 600L,
                ["returning_visitors"] = 300L,
                ["add_to_cart_buyers"] = 90L,
                ["order_buyers"] = 45L,
                ["paying_buyers"] = 36L,
                ["payment_amount_minor"] = 856800L,
                ["refund_amount_minor"] = 12050L,
                ["inquirers"] = 80L,
                ["inquiry_paying_buyers"] = 40L,
                ["peer_conversion_rate_units"] = 3_100_000L,
                ["dsr_description"] = 4.8m,
                ["dsr_service"] = 4.9m,
                ["dsr_logistics"] = 4.7m,
            },
            row.Values);
    }
}
