using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

public class ImportPreviewTests
{
    private static ImportPreview Preview(ImportKind? kind, int maxRows, params string[] lines) =>
        ImportParser.Preview(kind, ImportFiles.Utf8(ImportFiles.Lines(lines)), maxRows);

    [Fact]
    public void Each_column_says_whether_it_is_a_key_stored_converted_checked_or_unknown()
    {
        var preview = Preview(null, 10,
            "日期,访客数,跳失率,支付买家数,支付转化率,店铺等级",
            "2026-11-03,1000,45.2%,30,3%,五钻");

        Assert.Equal(
            [
                new PreviewColumn(0, "日期", ColumnUse.Key, "date", null),
                new PreviewColumn(1, "访客数", ColumnUse.Stored, "visitors", null),
                new PreviewColumn(2, "跳失率", ColumnUse.ConvertedFromRate, "bounced_visitors", null),
                new PreviewColumn(3, "支付买家数", ColumnUse.Stored, "paying_buyers", null),
                new PreviewColumn(4, "支付转化率", ColumnUse.CheckedOnly, "conversion_rate", null),
                new PreviewColumn(5, "店铺等级", ColumnUse.Unknown, null, "Unknown column '店铺等级' ignored"),
            ],
            preview.Columns);
        Assert.Empty(preview.Errors);
        Assert.Equal([new ImportIssue(1, "店铺等级", "Unknown column '店铺等级' ignored")], preview.Warnings);
    }

    [Fact]
    public void English_names_map_to_the_same_fields_as_Chinese_ones()
    {
        var preview = Preview(null, 10, "date,uv,pv,payment_amount,refund_amount,aov", "2026-11-03,1,2,3,4,5");

        Assert.Equal(
            [("date", ColumnUse.Key), ("visitors", ColumnUse.Stored), ("page_views", ColumnUse.Stored), ("payment_amount", ColumnUse.Stored),
             ("refund_amount", ColumnUse.Stored), ("average_order_value", ColumnUse.Ignored)],
            preview.Columns.Select(column => (column.Field, column.Use)));
    }

    [Fact]
    public void A_rate_beside_its_count_is_only_checked()
    {
        var preview = Preview(ImportKind.StoreDaily, 10, "日期,访客数,跳失人数,跳失率", "2026-11-03,1000,452,45.2%");

        Assert.Equal(
            [ColumnUse.Key, ColumnUse.Stored, ColumnUse.Stored, ColumnUse.CheckedOnly],
            preview.Columns.Select(column => column.Use));
        Assert.Equal("bounce_rate", preview.Columns[3].Field);
    }

    [Fact]
    public void Sycm_product_export_shows_converted_checked_and_unknown_columns_below_its_title_block()
    {
        var preview = ImportParser.Preview(null, ImportFiles.Fixture("sku-daily-sycm.xls"), 10);

        Assert.Equal(ImportKind.SkuDaily, preview.DetectedKind);
        Assert.Equal(ImportKind.SkuDaily, preview.Kind);
        Assert.Equal(6, preview.HeaderRowNumber);
        Assert.Equal(
            [
                ("统计日期", ColumnUse.Key, "date"),
                ("商品ID", ColumnUse.Key, "sku_code"),
                ("商品名称", ColumnUse.Key, "sku_name"),
                ("主商品ID", ColumnUse.Unknown, null),
                ("类目", ColumnUse.Key, "category"),
                ("商品访客数", ColumnUse.Stored, "visitors"),
                ("商品浏览量", ColumnUse.Stored, "page_views"),
                ("商品详情页跳出率", ColumnUse.ConvertedFromRate, "bounced_visitors"),
                ("商品加购人数", ColumnUse.Stored, "add_to_cart_buyers"),
                ("商品下单买家数", ColumnUse.Stored, "order_buyers"),
                ("商品支付买家数", ColumnUse.Stored, "paying_buyers"),
                ("商品支付件数", ColumnUse.Stored, "units"),
                ("商品支付金额", ColumnUse.Stored, "payment_amount"),
                ("商品支付转化率", ColumnUse.CheckedOnly, "conversion_rate"),
                ("库存", ColumnUse.Stored, "stock_on_hand"),
                ("是否预售", ColumnUse.Stored, "presale"),
                ("下单金额", ColumnUse.Unknown, null),
            ],
            preview.Columns.Select(column => (column.Header, column.Use, column.Field)));
        Assert.Equal([7, 8, 9], preview.Rows.Select(row => row.RowNumber));
        Assert.Equal(3, preview.DataRowCount);
        Assert.Equal("680512345678901234", preview.Rows[0].Cells[1]);
    }

    [Fact]
    public void Rows_are_the_first_ones_below_the_header_as_written_with_spreadsheet_row_numbers()
    {
        var preview = Preview(null, 2,
            "流量概况",
            "",
            "日期,访客数,支付金额",
            "2026-11-01,1000,\"¥1,234.50\"",
            "",
            "2026-11-02,-,3%",
            "2026-11-03,3000,9000");

        Assert.Equal(3, preview.HeaderRowNumber);
        Assert.Equal(3, preview.DataRowCount);
        Assert.Equal(
            [new PreviewRow(4, ["2026-11-01", "1000", "¥1,234.50"]), new PreviewRow(6, ["2026-11-02", "-", "3%"])],
            preview.Rows,
            new PreviewRowComparer());
    }

    [Fact]
    public void Cells_follow_the_header_columns_skipping_blank_headers()
    {
        var preview = Preview(null, 10, "日期,,访客数", "2026-11-01,note,1000");

        Assert.Equal(["日期", "访客数"], preview.Columns.Select(column => column.Header));
        Assert.Equal(["2026-11-01", "1000"], Assert.Single(preview.Rows).Cells);
    }

    [Fact]
    public void The_kind_asked_for_wins_over_the_detected_one_and_other_kinds_columns_say_why_they_are_ignored()
    {
        var preview = Preview(ImportKind.StoreDaily, 10, "日期,商品ID,访客数", "2026-11-01,1,1000");

        Assert.Equal(ImportKind.SkuDaily, preview.DetectedKind);
        Assert.Equal(ImportKind.StoreDaily, preview.Kind);
        Assert.Equal(
            new PreviewColumn(1, "商品ID", ColumnUse.Ignored, "sku_code", "Column '商品ID' (the SKU code) is not part of a store-daily import and is ignored"),
            preview.Columns[1]);
        Assert.Empty(preview.Errors);
    }

    [Fact]
    public void Two_columns_for_one_field_are_rejected_with_the_importers_message()
    {
        var preview = Preview(null, 10, "date,visitors,访客数", "2026-11-01,1,1");

        var message = "Columns 'visitors' and '访客数' both hold visitors; keep only one";
        Assert.Equal(new PreviewColumn(2, "访客数", ColumnUse.Rejected, "visitors", message), preview.Columns[2]);
        Assert.Equal([new ImportIssue(1, "访客数", message)], preview.Errors);
    }

    [Fact]
    public void A_rate_without_visitors_to_convert_it_is_rejected()
    {
        var preview = Preview(null, 10, "日期,浏览量,跳失率", "2026-11-03,100,50%");

        Assert.Equal(ColumnUse.Rejected, preview.Columns[2].Use);
        Assert.Equal("'跳失率' can only be turned into bounced visitors with a visitors column (访客数/visitors) in the same file", preview.Columns[2].Note);
    }

    [Fact]
    public void A_file_whose_kind_cannot_be_told_has_no_columns_and_says_so()
    {
        var preview = Preview(null, 10, "name,age", "bob,3");

        Assert.Null(preview.DetectedKind);
        Assert.Null(preview.Kind);
        Assert.Null(preview.HeaderRowNumber);
        Assert.Empty(preview.Columns);
        Assert.Equal(
            [new ImportIssue(null, null, "No header row with a date column (日期/date) and another known column found in the first 30 rows, so the kind of file is unknown")],
            preview.Errors);
    }

    [Fact]
    public void A_kind_without_its_key_column_in_the_file_gives_the_importers_missing_header_message()
    {
        var preview = Preview(ImportKind.SkuDaily, 10, "日期,访客数", "2026-11-03,100");

        Assert.Equal(ImportKind.StoreDaily, preview.DetectedKind);
        Assert.Equal(ImportKind.SkuDaily, preview.Kind);
        Assert.Equal(
            [new ImportIssue(null, null, "No header row with 日期/date and 商品ID/sku_code found in the first 30 rows (row 1 looks like a header but has no 商品ID/sku_code column)")],
            preview.Errors);
    }

    [Fact]
    public void An_empty_file_gives_the_readers_message()
    {
        var preview = ImportParser.Preview(ImportKind.StoreDaily, [], 10);

        Assert.Equal([new ImportIssue(null, null, "The file is empty")], preview.Errors);
        Assert.Null(preview.DetectedKind);
    }

    private sealed class PreviewRowComparer : IEqualityComparer<PreviewRow>
    {
        public bool Equals(PreviewRow? x, PreviewRow? y) =>
            x is not null && y is not null && x.RowNumber == y.RowNumber && x.Cells.SequenceEqual(y.Cells);

        public int GetHashCode(PreviewRow obj) => obj.RowNumber;
    }
}
