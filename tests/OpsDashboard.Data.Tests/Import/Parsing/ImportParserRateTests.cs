using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

public class ImportParserRateTests
{
    [Theory]
    [InlineData("12.5%", "4", 1L)]    // 0.5 rounds up, not to even (0)
    [InlineData("37.5%", "4", 2L)]    // 1.5 → 2
    [InlineData("62.5%", "4", 3L)]    // 2.5 rounds up, not to even (2)
    [InlineData("0.125", "100", 13L)] // 12.5 → 13
    [InlineData("45.25%", "1000", 453L)]
    [InlineData("45.24%", "1000", 452L)]
    [InlineData("-", "1000", 0L)]
    [InlineData("30%", "0", 0L)]
    public void Bounce_rate_becomes_bounced_visitors_rounded_halves_up(string rate, string visitors, long bounced)
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "日期,访客数,跳失率", $"2026-11-03,{visitors},{rate}");

        Assert.Empty(result.Errors);
        Assert.Equal(["visitors", "bounced_visitors"], result.Columns);
        Assert.Equal(bounced, Assert.Single(result.Rows).Values["bounced_visitors"]);
    }

    [Theory]
    [InlineData("bounce_rate")]
    [InlineData("跳失率")]
    [InlineData("商品详情页跳出率")]
    public void Every_bounce_rate_name_converts_in_a_sku_file(string header)
    {
        var result = ImportFiles.Parse(ImportKind.SkuDaily, $"日期,商品ID,商品访客数,{header}", "2026-11-03,1,200,50%");

        Assert.Equal(100L, Assert.Single(result.Rows).Values["bounced_visitors"]);
    }

    [Fact]
    public void Bounce_rate_without_a_visitors_column_is_an_error_on_the_header_row()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "日期,浏览量,跳失率", "2026-11-03,100,50%");

        Assert.Equal(
            [new ImportIssue(1, "跳失率", "'跳失率' can only be turned into bounced visitors with a visitors column (访客数/visitors) in the same file")],
            result.Errors);
        Assert.Equal(["page_views"], result.Columns);
    }

    [Fact]
    public void Bounce_rate_above_100_percent_is_an_error_when_it_is_converted()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "日期,访客数,跳失率", "2026-11-03,100,120%");

        Assert.Equal([new ImportIssue(2, "跳失率", "'120%' is not a rate between 0% and 100%")], result.Errors);
    }

    [Fact]
    public void Count_wins_over_its_rate_when_both_are_present()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "日期,访客数,跳失人数,跳失率", "2026-11-03,1000,452,45.2%");

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal(452L, Assert.Single(result.Rows).Values["bounced_visitors"]);
    }

    [Fact]
    public void Rate_that_disagrees_with_its_count_is_only_a_warning_and_the_count_is_kept()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "日期,访客数,跳失人数,跳失率", "2026-11-03,1000,452,60%");

        Assert.Empty(result.Errors);
        Assert.Equal(
            [new ImportIssue(2, "跳失率", "'60%' disagrees with bounced visitors ÷ visitors = 45.20% (452 ÷ 1000); it is not stored, we compute it from the counts")],
            result.Warnings);
        Assert.Equal(452L, Assert.Single(result.Rows).Values["bounced_visitors"]);
    }

    [Fact]
    public void Conversion_rate_that_disagrees_is_a_warning_and_never_stored()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "日期,访客数,支付买家数,支付转化率", "2026-11-03,1000,30,3.5%");

        Assert.Empty(result.Errors);
        Assert.Equal(
            [new ImportIssue(2, "支付转化率", "'3.5%' disagrees with paying buyers ÷ visitors = 3.00% (30 ÷ 1000); it is not stored, we compute it from the counts")],
            result.Warnings);
        Assert.Equal(["visitors", "paying_buyers"], result.Columns);
        Assert.Equal(["visitors", "paying_buyers"], Assert.Single(result.Rows).Values.Keys);
    }

    [Theory]
    [InlineData("3.04%")]  // within the 0.0005 absolute floor
    [InlineData("0.0304")] // the same as a fraction
    [InlineData("3%")]     // equal
    public void Conversion_rate_within_tolerance_gives_no_warning(string rate)
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "日期,访客数,支付买家数,支付转化率", $"2026-11-03,1000,30,{rate}");

        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Tolerance_is_half_a_unit_of_the_last_shown_decimal_when_that_is_wider()
    {
        // 34 ÷ 1000 = 3.4%; a file showing whole percents writes 3%, which is within ±0.5%.
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "日期,访客数,支付买家数,支付转化率", "2026-11-03,1000,34,3%");

        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Conversion_rate_just_outside_the_tolerance_warns()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "日期,访客数,支付买家数,支付转化率", "2026-11-03,1000,30,3.1%");

        Assert.Single(result.Warnings);
    }

    [Fact]
    public void Average_order_value_is_checked_in_money_with_a_one_cent_floor()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily,
            "日期,支付买家数,支付金额,客单价",
            "2026-11-01,36,8568,238.00",
            "2026-11-02,36,8568,¥238.01",
            "2026-11-03,36,8568,240");

        Assert.Equal(
            [new ImportIssue(4, "客单价", "'240' disagrees with payment amount ÷ paying buyers = 238.00 (8568.00 ÷ 36); it is not stored, we compute it from the counts")],
            result.Warnings);
    }

    [Fact]
    public void Visit_depth_is_checked_as_a_plain_ratio()
    {
        var result = ImportFiles.Parse(ImportKind.SkuDaily,
            "日期,商品ID,商品访客数,商品浏览量,人均浏览量",
            "2026-11-01,1,1000,3500,3.50",
            "2026-11-02,1,1000,3500,3.6");

        Assert.Equal(
            [new ImportIssue(3, "人均浏览量", "'3.6' disagrees with page views ÷ visitors = 3.50 (3500 ÷ 1000); it is not stored, we compute it from the counts")],
            result.Warnings);
    }

    [Fact]
    public void Rate_with_a_zero_denominator_is_not_checked()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "日期,访客数,支付买家数,支付转化率", "2026-11-03,0,0,5%");

        Assert.Empty(result.Warnings);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Unreadable_computed_rate_is_a_warning_not_an_error()
    {
        var result = ImportFiles.Parse(ImportKind.StoreDaily, "日期,访客数,支付买家数,支付转化率", "2026-11-03,1000,30,n/a");

        Assert.Empty(result.Errors);
        Assert.Equal(
            [new ImportIssue(2, "支付转化率", "'n/a' is not a number, so it was not checked (this column is never stored)")],
            result.Warnings);
    }

    [Fact]
    public void Source_roi_and_cost_per_click_are_checked_against_cost()
    {
        var result = ImportFiles.Parse(ImportKind.SourceDaily,
            "date,source,clicks,cost,payment_amount,roi,cpc",
            "2026-11-03,关键词推广,1200,1500.50,8568,5.71,1.25",
            "2026-11-04,关键词推广,1000,1000,2000,3,2");

        Assert.Equal(
            [
                new ImportIssue(3, "roi", "'3' disagrees with payment amount ÷ cost = 2.00 (2000.00 ÷ 1000.00); it is not stored, we compute it from the counts"),
                new ImportIssue(3, "cpc", "'2' disagrees with cost ÷ clicks = 1.00 (1000.00 ÷ 1000); it is not stored, we compute it from the counts"),
            ],
            result.Warnings);
    }
}
