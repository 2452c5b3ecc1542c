using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

public class ImportParserValueTests
{
    [Fact]
    public void Empty_stock_is_unknown_not_zero()
    {
        var result = ImportFiles.Parse(ImportKind.SkuDaily, "日期,商品ID,库存", "2026-11-03,1,", "2026-11-04,1,-", "2026-11-05,1,0");

        Assert.Equal(["stock_on_hand"], result.Columns);
        Assert.Equal([null, null, 0L], result.Rows.Select(row => row.Values["stock_on_hand"]));
    }

    [Fact]
    public void Missing_stock_column_is_neither_in_the_columns_nor_in_the_values()
    {
        var result = ImportFiles.Parse(ImportKind.SkuDaily, "日期,商品ID,访客数", "2026-11-03,1,5");

        Assert.Equal(["visitors"], result.Columns);
        Assert.False(Assert.Single(result.Rows).Values.ContainsKey("stock_on_hand"));
    }

    [Fact]
    public void Empty_cells_are_zero_for_flows_and_unknown_for_levels_and_scores()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily,
            "date,visitors,payment_amount,peer_conversion_rate,dsr_description",
            "2026-11-03,,-,,--");

        var values = Assert.Single(result.Rows).Values;
        Assert.Equal(0L, values["visitors"]);
        Assert.Equal(0L, values["payment_amount_minor"]);
        Assert.Null(values["peer_conversion_rate_units"]);
        Assert.Null(values["dsr_description"]);
    }

    [Fact]
    public void Empty_presale_cell_is_false()
    {
        var result = ImportFiles.Parse(ImportKind.SkuDaily, "日期,商品ID,预售", "2026-11-03,1,");

        Assert.Equal(false, Assert.Single(result.Rows).Values["presale"]);
    }

    [Fact]
    public void Values_have_the_types_the_writer_expects()
    {
        var result = ImportFiles.Parse(ImportKind.SkuDaily,
            "日期,商品ID,访客数,支付金额,预售,库存",
            "2026-11-03,1,5,12.34,是,7");

        var values = Assert.Single(result.Rows).Values;
        Assert.IsType<long>(values["visitors"]);
        Assert.IsType<long>(values["payment_amount_minor"]);
        Assert.IsType<bool>(values["presale"]);
        Assert.IsType<long>(values["stock_on_hand"]);
    }

    [Fact]
    public void Score_values_are_decimals()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "日期,DSR服务", "2026-11-03,4.85");

        Assert.Equal(4.85m, Assert.IsType<decimal>(Assert.Single(result.Rows).Values["dsr_service"]));
    }

    [Theory]
    [InlineData("1234", 123400L)]
    [InlineData("\"1,234\"", 123400L)]
    [InlineData("\"¥1,234.50\"", 123450L)]
    [InlineData("\"￥1,234.50\"", 123450L)]
    [InlineData("$12", 1200L)]
    [InlineData("1 234", 123400L)]
    [InlineData("0.125", 13L)]
    public void Every_number_form_reaches_the_money_column(string cell, long minorUnits)
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "date,payment_amount", $"2026-11-03,{cell}");

        Assert.Equal(minorUnits, Assert.Single(result.Rows).Values["payment_amount_minor"]);
    }

    [Theory]
    [InlineData("2026-11-03")]
    [InlineData("2026/11/3")]
    [InlineData("20261103")]
    [InlineData("2026-11-03 00:00:00")]
    public void Every_date_form_reaches_the_row(string cell)
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "date,visitors", $"{cell},1");

        Assert.Equal(new DateOnly(2026, 11, 3), Assert.Single(result.Rows).Date);
    }

    [Fact]
    public void Excel_safe_item_id_is_unwrapped_and_kept_as_text()
    {
        var result = ImportFiles.Parse(ImportKind.SkuDaily, "日期,商品ID,访客数", "2026-11-03,\"=\"\"680512345678901234\"\"\",5");

        Assert.Equal("680512345678901234", Assert.Single(result.Rows).SkuCode);
    }

    [Fact]
    public void Item_id_with_leading_zeros_is_kept_exactly()
    {
        var result = ImportFiles.Parse(ImportKind.SkuDaily, "日期,商品ID,访客数", "2026-11-03,000123,5");

        Assert.Equal("000123", Assert.Single(result.Rows).SkuCode);
    }

    [Fact]
    public void Stream_overload_reads_the_same_as_bytes()
    {
        using var stream = new MemoryStream(ImportFiles.Utf8("date,visitors\n2026-11-03,5\n"));

        var result = ImportParser.Parse(ImportKind.StoreDaily, stream);

        Assert.Equal(5L, Assert.Single(result.Rows).Values["visitors"]);
        Assert.Equal(ImportKind.StoreDaily, result.Kind);
    }

    [Fact]
    public void Valid_file_has_rows_in_file_order_and_is_valid()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "date,visitors", "2026-11-02,5", "2026-11-01,6");

        Assert.True(result.IsValid);
        Assert.Equal([new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 1)], result.Rows.Select(row => row.Date));
    }
}
