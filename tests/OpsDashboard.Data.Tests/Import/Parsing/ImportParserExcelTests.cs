using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

/// <summary>Real workbooks written by LibreOffice (see Fixtures/README.md).</summary>
public class ImportParserExcelTests
{
    [Fact]
    public void Sycm_xls_with_a_title_block_is_read_from_the_header_on_row_6()
    {
        var result = ImportParser.Parse(ImportKind.SkuDaily, ImportFiles.Fixture("sku-daily-sycm.xls"));

        Assert.Empty(result.Errors);
        Assert.Equal(3, result.RowsRead);
        Assert.Equal([7, 8, 9], result.Rows.Select(row => row.RowNumber));
        Assert.Equal(
            ["visitors", "page_views", "bounced_visitors", "add_to_cart_buyers", "order_buyers", "paying_buyers", "units", "payment_amount_minor", "presale", "stock_on_hand"],
            result.Columns);
    }

    [Fact]
    public void Sycm_xls_keeps_a_long_item_id_stored_as_text_digit_for_digit()
    {
        var result = ImportParser.Parse(ImportKind.SkuDaily, ImportFiles.Fixture("sku-daily-sycm.xls"));

        Assert.Equal(["680512345678901234", "680512345678901235", "680512345678901234"], result.Rows.Select(row => row.SkuCode));
        Assert.Equal("羊毛大衣 女", result.Rows[0].SkuName);
        Assert.Equal("女装/大衣", result.Rows[0].SkuCategory);
    }

    [Fact]
    public void Sycm_xls_reads_date_cells_percent_cells_dashes_and_empty_stock()
    {
        var result = ImportParser.Parse(ImportKind.SkuDaily, ImportFiles.Fixture("sku-daily-sycm.xls"));

        var first = result.Rows[0];
        Assert.Equal(new DateOnly(2026, 11, 1), first.Date);
        Assert.Equal(1000L, first.Values["visitors"]);
        Assert.Equal(3500L, first.Values["page_views"]);
        Assert.Equal(453L, first.Values["bounced_visitors"]); // 45.25% × 1000 = 452.5, halves up
        Assert.Equal(80L, first.Values["add_to_cart_buyers"]);
        Assert.Equal(40L, first.Values["order_buyers"]);
        Assert.Equal(32L, first.Values["paying_buyers"]);
        Assert.Equal(35L, first.Values["units"]);
        Assert.Equal(761600L, first.Values["payment_amount_minor"]);
        Assert.Equal(false, first.Values["presale"]);
        Assert.Equal(120L, first.Values["stock_on_hand"]);

        var second = result.Rows[1];
        Assert.Equal(0L, second.Values["bounced_visitors"]); // "-" is empty
        Assert.Null(second.Values["stock_on_hand"]);
        Assert.Equal(true, second.Values["presale"]);
        Assert.Equal(59640L, second.Values["payment_amount_minor"]);

        var third = result.Rows[2];
        Assert.Equal(new DateOnly(2026, 11, 2), third.Date);
        Assert.Equal(600L, third.Values["bounced_visitors"]);
        Assert.Equal(856850L, third.Values["payment_amount_minor"]);
    }

    [Fact]
    public void Sycm_xls_reports_main_item_id_and_order_amount_as_unknown_columns_on_the_header_row()
    {
        var result = ImportParser.Parse(ImportKind.SkuDaily, ImportFiles.Fixture("sku-daily-sycm.xls"));

        Assert.Equal(
            [
                new ImportIssue(6, "主商品ID", "Unknown column '主商品ID' ignored"),
                new ImportIssue(6, "下单金额", "Unknown column '下单金额' ignored"),
            ],
            result.Warnings);
    }

    [Fact]
    public void Store_xlsx_converts_bounce_rate_and_keeps_platform_rate_and_scores()
    {
        var result = ImportParser.Parse(ImportKind.StoreDaily, ImportFiles.Fixture("store-daily.xlsx"));

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.RowsRead);
        Assert.Equal(
            ["visitors", "page_views", "bounced_visitors", "paying_buyers", "payment_amount_minor", "peer_conversion_rate_units", "dsr_description", "dsr_service", "dsr_logistics"],
            result.Columns);

        var first = result.Rows[0];
        Assert.Equal(2, first.RowNumber);
        Assert.Equal(new DateOnly(2026, 11, 3), first.Date);
        Assert.Equal(5000L, first.Values["visitors"]);
        Assert.Equal(2750L, first.Values["bounced_visitors"]);
        Assert.Equal(3_570_000L, first.Values["payment_amount_minor"]);
        Assert.Equal(2_500_000L, first.Values["peer_conversion_rate_units"]);
        Assert.Equal(4.8m, first.Values["dsr_description"]);
        Assert.Equal(4.9m, first.Values["dsr_service"]);
        Assert.Null(first.Values["dsr_logistics"]);

        var second = result.Rows[1];
        Assert.Equal(2400L, second.Values["bounced_visitors"]);
        Assert.Equal(2_750_000L, second.Values["peer_conversion_rate_units"]);
        Assert.Equal(4.85m, second.Values["dsr_service"]);
        Assert.Equal(4.7m, second.Values["dsr_logistics"]);
    }

    [Fact]
    public void Store_xlsx_warns_when_its_average_order_value_disagrees_with_the_counts()
    {
        var result = ImportParser.Parse(ImportKind.StoreDaily, ImportFiles.Fixture("store-daily.xlsx"));

        Assert.Equal(
            [new ImportIssue(3, "客单价", "'250' disagrees with payment amount ÷ paying buyers = 240.00 (24000.00 ÷ 100); it is not stored, we compute it from the counts")],
            result.Warnings);
    }

    [Fact]
    public void Source_xlsx_with_english_headers_below_a_title_reads_kinds_and_numeric_dates()
    {
        var result = ImportParser.Parse(ImportKind.SourceDaily, ImportFiles.Fixture("source-daily.xlsx"));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal([4, 5], result.Rows.Select(row => row.RowNumber));
        Assert.Equal(["关键词推广", "手淘搜索"], result.Rows.Select(row => row.SourceName));
        Assert.Equal(["paid", "free"], result.Rows.Select(row => row.SourceKind));
        Assert.All(result.Rows, row => Assert.Equal(new DateOnly(2026, 11, 3), row.Date));
        Assert.Equal(150050L, result.Rows[0].Values["cost_minor"]);
        Assert.Equal(1200L, result.Rows[0].Values["clicks"]);
        Assert.Equal(0L, result.Rows[1].Values["impressions"]);
    }

    [Fact]
    public void Truncated_xlsx_is_one_file_level_error_not_an_exception()
    {
        var bytes = ImportFiles.Fixture("store-daily.xlsx");

        var result = ImportParser.Parse(ImportKind.StoreDaily, bytes[..(bytes.Length / 2)]);

        var error = Assert.Single(result.Errors);
        Assert.Null(error.Row);
        Assert.Null(error.Column);
        Assert.StartsWith("The file looks like an .xlsx workbook but could not be read", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Rows);
        Assert.Equal(0, result.RowsRead);
    }

    [Fact]
    public void Damaged_xls_is_one_file_level_error_not_an_exception()
    {
        byte[] bytes = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]];

        var result = ImportParser.Parse(ImportKind.SkuDaily, bytes);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("The file looks like an .xls workbook but could not be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Excel_cells_are_rendered_as_the_text_a_user_would_type()
    {
        Assert.Equal("680512345678901248", ExcelTableReader.CellText(680512345678901234d));
        Assert.Equal("1200", ExcelTableReader.CellText(1200d));
        Assert.Equal("0", ExcelTableReader.CellText(-0d));
        Assert.Equal("0.0325", ExcelTableReader.CellText(0.0325d));
        Assert.Equal("2026-11-03", ExcelTableReader.CellText(new DateTime(2026, 11, 3, 0, 0, 0, DateTimeKind.Unspecified)));
        Assert.Equal("true", ExcelTableReader.CellText(true));
        Assert.Equal(string.Empty, ExcelTableReader.CellText(null));
    }
}
