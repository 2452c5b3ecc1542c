using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Import.Platforms;

/// <summary>
/// Each platform's daily export (DOMAIN §9) read unedited, in the encoding the platform writes:
/// which dialect the header is, which fact each column becomes, which caveat columns are left out
/// (and said so once), and which shown rates are only checked.
/// </summary>
public sealed class PlatformDialectParsingTests
{
    private static ParsedImport Parse(ImportKind kind, byte[] content, string? platform = null) =>
        ImportParser.Parse(kind, content, new ImportFileContext { Platform = platform });

    private static object? Value(ParsedImport parsed, int row, string fact) => parsed.Rows[row].Values.GetValueOrDefault(fact);

    [Fact]
    public void A_jd_store_funnel_in_gb18030_is_read_as_jd_with_its_year_on_year_columns_left_out()
    {
        var parsed = Parse(ImportKind.StoreDaily, PlatformExportFiles.Gb18030(PlatformExportFiles.JdStore));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => e.Message)));
        Assert.Equal("jd", parsed.Dialect);
        Assert.Equal(["visitors", "page_views", "add_to_cart_buyers", "order_buyers", "paying_buyers", "payment_amount_minor", "average_stay_milliseconds"], parsed.Columns);
        Assert.Equal((4000L, 12000L, 320L, 150L, 120L, 1_800_000L, 45_500L), (
            (long)Value(parsed, 0, "visitors")!, (long)Value(parsed, 0, "page_views")!, (long)Value(parsed, 0, "add_to_cart_buyers")!,
            (long)Value(parsed, 0, "order_buyers")!, (long)Value(parsed, 0, "paying_buyers")!, (long)Value(parsed, 0, "payment_amount_minor")!,
            (long)Value(parsed, 0, "average_stay_milliseconds")!));
        Assert.Equal(1_395_000L, Value(parsed, 1, "payment_amount_minor"));
        Assert.DoesNotContain("bounced_visitors", parsed.Columns);
        Assert.DoesNotContain("units", parsed.Columns);

        // Every checked rate agrees; the 同比 columns are explained once, not sixteen times.
        Assert.DoesNotContain(parsed.Warnings, w => w.Message.Contains("differs", StringComparison.Ordinal) || w.Message.Contains("disagree", StringComparison.OrdinalIgnoreCase));
        Assert.Single(parsed.Warnings, w => w.Column == "同比");
        Assert.Contains(parsed.Warnings, w => w.Column == "同比" && w.Message.Contains("京东商智", StringComparison.Ordinal));
        Assert.DoesNotContain(parsed.Warnings, w => w.Message.StartsWith("Unknown column", StringComparison.Ordinal));
    }

    [Fact]
    public void A_jd_checked_rate_that_disagrees_with_the_counts_is_warned()
    {
        var wrong = PlatformExportFiles.JdStore.Replace(",3.00%,-0.10%,", ",3.50%,-0.10%,", StringComparison.Ordinal);

        var parsed = Parse(ImportKind.StoreDaily, PlatformExportFiles.Gb18030(wrong));

        Assert.True(parsed.IsValid);
        var warning = Assert.Single(parsed.Warnings, w => w.Column == "成交转化率");
        Assert.Equal(2, warning.Row);
        Assert.Contains("3.00%", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_jd_sku_file_keeps_the_item_id_as_text_and_its_units()
    {
        var parsed = Parse(ImportKind.SkuDaily, PlatformExportFiles.Gb18030(PlatformExportFiles.JdSku));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => e.Message)));
        Assert.Equal("jd", parsed.Dialect);
        var row = Assert.Single(parsed.Rows);
        Assert.Equal(("100038291734", "京选 A类60支长绒棉四件套", new DateOnly(2026, 11, 1)), (row.SkuCode, row.SkuName, row.Date));
        Assert.Equal((800L, 2400L, 24L, 957_600L, 26L), ((long)row.Values["visitors"]!, (long)row.Values["page_views"]!, (long)row.Values["paying_buyers"]!, (long)row.Values["payment_amount_minor"]!, (long)row.Values["units"]!));
        Assert.Equal(ImportKind.SkuDaily, ImportKindDetector.Detect(PlatformExportFiles.Gb18030(PlatformExportFiles.JdSku)));
    }

    [Fact]
    public void A_douyin_file_pays_with_user_payment_not_gmv_and_counts_product_clickers_as_visitors()
    {
        var parsed = Parse(ImportKind.StoreDaily, PlatformExportFiles.Utf8WithBom(PlatformExportFiles.DouyinStore));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => e.Message)));
        Assert.Equal("douyin", parsed.Dialect);
        Assert.Equal(["visitors", "paying_buyers", "payment_amount_minor", "refund_amount_minor"], parsed.Columns);
        Assert.Equal((3200L, 96L, 1_152_040L, 86_000L), ((long)Value(parsed, 0, "visitors")!, (long)Value(parsed, 0, "paying_buyers")!, (long)Value(parsed, 0, "payment_amount_minor")!, (long)Value(parsed, 0, "refund_amount_minor")!));
        Assert.Equal((2800L, 70L, 910_000L, 50_000L), ((long)Value(parsed, 1, "visitors")!, (long)Value(parsed, 1, "paying_buyers")!, (long)Value(parsed, 1, "payment_amount_minor")!, (long)Value(parsed, 1, "refund_amount_minor")!));
        Assert.Contains(parsed.Warnings, w => w.Column == "成交金额" && w.Message.Contains("用户支付金额", StringComparison.Ordinal));
        Assert.DoesNotContain(parsed.Warnings, w => w.Column == "商品点击-成交转化率（人数）");
    }

    [Fact]
    public void A_pinduoduo_store_file_reads_the_store_columns_and_checks_its_rates()
    {
        var parsed = Parse(ImportKind.StoreDaily, PlatformExportFiles.Gb18030(PlatformExportFiles.PinduoduoStore));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => e.Message)));
        Assert.Equal("pinduoduo", parsed.Dialect);
        Assert.Equal(["visitors", "page_views", "paying_buyers", "payment_amount_minor", "refund_amount_minor"], parsed.Columns);
        Assert.Equal((5000L, 11000L, 150L, 750_000L, 30_000L), ((long)Value(parsed, 0, "visitors")!, (long)Value(parsed, 0, "page_views")!, (long)Value(parsed, 0, "paying_buyers")!, (long)Value(parsed, 0, "payment_amount_minor")!, (long)Value(parsed, 0, "refund_amount_minor")!));
        Assert.Contains(parsed.Warnings, w => w.Column == "商品访客数" && w.Message.Contains("店铺访客数", StringComparison.Ordinal));
        Assert.DoesNotContain(parsed.Warnings, w => w.Column is "成交转化率" or "客单价" or "成交UV价值");
    }

    [Fact]
    public void A_pinduoduo_goods_file_reads_the_goods_columns()
    {
        var parsed = Parse(ImportKind.SkuDaily, PlatformExportFiles.Gb18030(PlatformExportFiles.PinduoduoSku), "pinduoduo");

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => e.Message)));
        var row = Assert.Single(parsed.Rows);
        Assert.Equal("512345678901", row.SkuCode);
        Assert.Equal((1200L, 3000L, 36L, 40L, 288_000L, 15L), ((long)row.Values["visitors"]!, (long)row.Values["page_views"]!, (long)row.Values["paying_buyers"]!, (long)row.Values["units"]!, (long)row.Values["payment_amount_minor"]!, (long)row.Values["favorite_buyers"]!));
    }

    [Fact]
    public void A_shopify_sessions_file_counts_sessions_as_visitors_and_checks_shopifys_conversion()
    {
        var parsed = Parse(ImportKind.StoreDaily, PlatformExportFiles.Utf8(PlatformExportFiles.ShopifySessions));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => e.Message)));
        Assert.Equal("shopify", parsed.Dialect);
        Assert.True(parsed.CountsSessions);
        Assert.Equal(["visitors", "add_to_cart_buyers", "paying_buyers"], parsed.Columns);
        Assert.Equal((2500L, 180L, 60L), ((long)Value(parsed, 0, "visitors")!, (long)Value(parsed, 0, "add_to_cart_buyers")!, (long)Value(parsed, 0, "paying_buyers")!));
        Assert.DoesNotContain(parsed.Warnings, w => w.Column == "Conversion rate");

        var wrong = Parse(ImportKind.StoreDaily, PlatformExportFiles.Utf8(PlatformExportFiles.ShopifySessions.Replace("\"0.025\"", "\"0.030\"", StringComparison.Ordinal)));
        Assert.Equal(3, Assert.Single(wrong.Warnings, w => w.Column == "Conversion rate").Row);
    }

    [Fact]
    public void A_shopify_file_with_online_store_visitors_reads_them_and_leaves_the_per_session_rate_alone()
    {
        var parsed = Parse(ImportKind.StoreDaily, PlatformExportFiles.Utf8(PlatformExportFiles.ShopifyVisitors));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => e.Message)));
        Assert.False(parsed.CountsSessions);
        Assert.Equal((2100L, 1700L), ((long)Value(parsed, 0, "visitors")!, (long)Value(parsed, 1, "visitors")!));
        Assert.Contains(parsed.Warnings, w => w.Column == "Sessions" && w.Message.Contains("Online store visitors", StringComparison.Ordinal));
        Assert.Contains(parsed.Warnings, w => w.Column == "Conversion rate" && w.Message.Contains("per session", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shopify_sales_file_pays_with_total_sales_and_counts_orders_as_buyers()
    {
        var parsed = Parse(ImportKind.StoreDaily, PlatformExportFiles.Utf8(PlatformExportFiles.ShopifySales));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => e.Message)));
        Assert.Equal(["paying_buyers", "payment_amount_minor"], parsed.Columns);
        Assert.Equal((62L, 554_800L), ((long)Value(parsed, 0, "paying_buyers")!, (long)Value(parsed, 0, "payment_amount_minor")!));
        Assert.Equal((45L, 421_050L), ((long)Value(parsed, 1, "paying_buyers")!, (long)Value(parsed, 1, "payment_amount_minor")!));
    }

    [Theory]
    [InlineData("tmall", "sycm")]
    [InlineData("jd", "jd")]
    [InlineData("pinduoduo", "pinduoduo")]
    [InlineData(null, "sycm")]
    public void A_header_every_dialect_shares_is_read_as_the_stores_platform_exports_it(string? platform, string expected)
    {
        // 日期, 成交金额 and 商品访客数 are no one's own names: the store's platform breaks the tie.
        var shared = PlatformExportFiles.Gb18030("日期,访客数,成交金额\r\n2026-11-01,100,500.00\r\n");

        var parsed = Parse(ImportKind.StoreDaily, shared, platform);

        Assert.Equal(expected, parsed.Dialect);
        Assert.Equal(expected is "jd" or "pinduoduo", parsed.Columns.Contains("payment_amount_minor"));
    }

    [Fact]
    public void The_header_wins_over_the_stores_platform()
    {
        // A 生意参谋 file uploaded to a JD store is still read as 生意参谋, and a JD file to a Tmall store as JD.
        var sycm = Parse(ImportKind.StoreDaily, PlatformExportFiles.Utf8("统计日期,访客数,支付买家数,支付金额,跳失人数\n2026-11-01,100,5,500,40\n"), "jd");
        var jd = Parse(ImportKind.StoreDaily, PlatformExportFiles.Gb18030(PlatformExportFiles.JdStore), "tmall");

        Assert.Equal(("sycm", "jd"), (sycm.Dialect, jd.Dialect));
        Assert.Equal(40L, sycm.Rows[0].Values["bounced_visitors"]);
    }

    [Fact]
    public void Douyins_gmv_is_never_read_as_the_payment_even_without_user_payment()
    {
        var parsed = Parse(ImportKind.StoreDaily, PlatformExportFiles.Utf8("日期,成交金额,成交人数,商品点击人数\n2026-11-01,1000.00,5,200\n"), "douyin");

        Assert.True(parsed.IsValid);
        Assert.Equal("douyin", parsed.Dialect);
        Assert.DoesNotContain("payment_amount_minor", parsed.Columns);
    }

    [Fact]
    public void The_preview_names_the_store_columns_read_and_the_caveat_columns_left_out()
    {
        var preview = ImportParser.Preview(null, PlatformExportFiles.Gb18030(PlatformExportFiles.PinduoduoStore), 5, new ImportFileContext { Platform = "pinduoduo" });

        Assert.Equal(ImportKind.StoreDaily, preview.DetectedKind);
        Assert.Equal(ColumnUse.Stored, preview.Columns.Single(c => c.Header == "店铺访客数").Use);
        Assert.Equal(ColumnUse.Ignored, preview.Columns.Single(c => c.Header == "商品访客数").Use);
        Assert.Equal(ColumnUse.CheckedOnly, preview.Columns.Single(c => c.Header == "成交转化率").Use);
    }
}
