using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

public class ImportParserRowErrorTests
{
    [Fact]
    public void Every_bad_cell_and_impossible_row_is_reported_with_its_spreadsheet_row_and_column()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily,
            "店铺名称 示例旗舰店",
            "date,visitors,paying_buyers,order_buyers,bounced_visitors,payment_amount,dsr_service,peer_conversion_rate",
            "2026-11-01,100,10,20,30,500,4.8,3%",
            "2026-11-02,12x,10,20,30,500,4.8,3%",
            "2026-11-03,12.5,10,20,30,500,4.8,3%",
            "2026-11-04,-3,10,20,30,500,4.8,3%",
            "2026-11-05,100,120,20,30,500,4.8,3%",
            "2026-11-06,100,10,101,130,500,4.8,3%",
            "2026-13-01,100,10,20,30,500,4.8,3%",
            ",100,10,20,30,500,4.8,3%",
            "2026-11-09,100,10,20,30,-5,5.5,150%",
            ",,,,,,,",
            "2026-11-01,90,9,9,9,9,4,1%");

        Assert.Equal(
            [
                new ImportIssue(4, "visitors", "'12x' is not a number"),
                new ImportIssue(5, "visitors", "'12.5' is not a whole number"),
                new ImportIssue(6, "visitors", "'-3' is negative"),
                new ImportIssue(7, "paying_buyers", "paying buyers (120) exceed visitors (100)"),
                new ImportIssue(8, "bounced_visitors", "bounced visitors (130) exceed visitors (100)"),
                new ImportIssue(8, "order_buyers", "order buyers (101) exceed visitors (100)"),
                new ImportIssue(9, "date", "'2026-13-01' is not a date (use yyyy-MM-dd, yyyy/M/d or yyyyMMdd)"),
                new ImportIssue(10, "date", "Date is empty"),
                new ImportIssue(11, "payment_amount", "'-5' is negative (money amounts, refunds included, are written as positive numbers)"),
                new ImportIssue(11, "dsr_service", "'5.5' is not a DSR score between 0 and 5"),
                new ImportIssue(11, "peer_conversion_rate", "'150%' is not a rate between 0% and 100%"),
                new ImportIssue(13, "date", "Duplicate row: 2026-11-01 already appears on row 3"),
            ],
            result.Errors);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Blank_rows_are_skipped_and_not_counted_but_keep_the_row_numbers_right()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily,
            "date,visitors",
            "",
            "2026-11-01,5",
            ",",
            "   ,  ",
            "2026-11-02,6");

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.RowsRead);
        Assert.Equal([3, 6], result.Rows.Select(row => row.RowNumber));
    }

    [Fact]
    public void Rows_read_counts_bad_rows_too()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "date,visitors", "2026-11-01,5", "2026-11-02,x", "2026-11-03,7");

        Assert.Equal(3, result.RowsRead);
        Assert.Single(result.Errors);
    }

    [Fact]
    public void Row_with_values_but_only_a_dash_for_the_date_is_an_error()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "date,visitors", "-,5");

        Assert.Equal([new ImportIssue(2, "date", "Date is empty")], result.Errors);
    }

    [Fact]
    public void Duplicate_sku_on_the_same_date_names_the_first_row()
    {
        var result = ImportFiles.Parse(ImportKind.SkuDaily,
            "日期,商品ID,访客数",
            "2026-11-01,680512345678901234,5",
            "2026-11-01,680512345678901235,5",
            "2026-11-02,680512345678901234,5",
            "2026/11/1,680512345678901234,7");

        Assert.Equal([new ImportIssue(5, "商品ID", "Duplicate row: 2026-11-01 / 680512345678901234 already appears on row 2")], result.Errors);
    }

    [Fact]
    public void Duplicate_source_on_the_same_date_names_the_first_row()
    {
        var result = ImportFiles.Parse(ImportKind.SourceDaily,
            "date,source,visitors",
            "2026-11-01,手淘搜索,5",
            "2026-11-01,关键词推广,5",
            "20261101,手淘搜索,6");

        Assert.Equal([new ImportIssue(4, "source", "Duplicate row: 2026-11-01 / 手淘搜索 already appears on row 2")], result.Errors);
    }

    [Fact]
    public void Duplicate_is_reported_even_when_the_repeated_row_has_other_errors()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "date,visitors", "2026-11-01,5", "2026-11-01,x");

        Assert.Equal(
            [
                new ImportIssue(3, "visitors", "'x' is not a number"),
                new ImportIssue(3, "date", "Duplicate row: 2026-11-01 already appears on row 2"),
            ],
            result.Errors);
    }

    [Fact]
    public void Empty_sku_code_and_an_item_id_that_lost_its_digits_are_errors()
    {
        var result = ImportFiles.Parse(ImportKind.SkuDaily,
            "日期,商品ID,访客数,是否预售",
            "2026-11-01,,5,否",
            "2026-11-01,6.80512E+17,5,否",
            "2026-11-01,680512345678901234,5,maybe");

        Assert.Equal(
            [
                new ImportIssue(2, "商品ID", "SKU code is empty"),
                new ImportIssue(3, "商品ID", "'6.80512E+17' is an item id in scientific notation, so its digits are lost; export the id column as text"),
                new ImportIssue(4, "是否预售", "'maybe' is not a yes/no value (use true/false, yes/no, 1/0, 是/否 or 预售/非预售)"),
            ],
            result.Errors);
    }

    [Fact]
    public void Empty_source_name_and_unknown_source_kind_are_errors()
    {
        var result = ImportFiles.Parse(ImportKind.SourceDaily,
            "date,source,kind,visitors",
            "2026-11-01,-,paid,5",
            "2026-11-01,手淘搜索,organic,5");

        Assert.Equal(
            [
                new ImportIssue(2, "source", "Source name is empty"),
                new ImportIssue(3, "kind", "'organic' is not a source kind (use free, paid, content, social, direct, membership or 免费/付费/内容/社交/直接/会员)"),
            ],
            result.Errors);
    }

    [Fact]
    public void Negative_stock_and_fractional_units_are_errors()
    {
        var result = ImportFiles.Parse(ImportKind.SkuDaily,
            "date,sku_code,units,stock_on_hand,negative_reviews",
            "2026-11-01,A1,1.5,-2,-1");

        Assert.Equal(
            [
                new ImportIssue(2, "units", "'1.5' is not a whole number"),
                new ImportIssue(2, "stock_on_hand", "'-2' is negative"),
                new ImportIssue(2, "negative_reviews", "'-1' is negative"),
            ],
            result.Errors);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Cross_field_rules_apply_only_when_both_fields_are_in_the_file()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "date,paying_buyers,order_buyers", "2026-11-01,500,900");

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Paying_buyers_equal_to_visitors_is_allowed()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "date,visitors,paying_buyers", "2026-11-01,10,10");

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Binary_garbage_is_one_file_level_error()
    {
        var result = ImportParser.Parse(ImportKind.StoreDaily, [0x00, 0x01, 0x02, 0x03, 0xFF, 0x00]);

        Assert.Equal(
            [new ImportIssue(null, null, "The file could not be read as CSV text (it contains binary data and is not a CSV, .xls or .xlsx file)")],
            result.Errors);
    }

    [Fact]
    public void Empty_file_is_one_file_level_error()
    {
        var result = ImportParser.Parse(ImportKind.StoreDaily, []);

        Assert.Equal([new ImportIssue(null, null, "The file is empty")], result.Errors);
    }
}
