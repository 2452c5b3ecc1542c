using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

/// <summary>
/// 生意参谋 product rankings (商品排行) downloaded for one day have no date column: the day is only in
/// the title block and the file name. A file that covers several days without a date column is a
/// multi-day total and must be refused (DOMAIN §6, later additions).
/// </summary>
public class OneDayExportTests
{
    private const string OneDayName = "【生意参谋平台】商品_全部_2026-11-30_2026-11-30.xls";

    private static string SycmCsv(string titleDate) => ImportFiles.Lines(
        "商品排行",
        "店铺名称：测试旗舰店",
        $"统计日期：{titleDate}",
        "",
        "商品ID,商品名称,商品访客数,商品浏览量,商品加购人数,商品支付买家数,商品支付件数,商品支付金额",
        "=\"680512345678901234\",羊毛大衣 女,1000,3500,80,32,35,\"7,616.00\"",
        "=\"680512345678901235\",羊绒围巾,400,900,20,10,12,1200");

    [Theory]
    [InlineData("2026-11-30")]
    [InlineData("2026-11-30~2026-11-30")]
    [InlineData("2026-11-30 ~ 2026-11-30")]
    [InlineData("2026/11/30至2026/11/30")]
    public void Gb18030_csv_without_a_date_column_takes_the_day_from_its_title(string titleDate)
    {
        var result = ImportParser.Parse(ImportKind.SkuDaily, ImportFiles.Gb18030(SycmCsv(titleDate)));

        Assert.Empty(result.Errors);
        Assert.Equal([6, 7], result.Rows.Select(row => row.RowNumber));
        Assert.All(result.Rows, row => Assert.Equal(new DateOnly(2026, 11, 30), row.Date));
        Assert.Equal("680512345678901234", result.Rows[0].SkuCode);
        Assert.Equal(761600L, result.Rows[0].Values["payment_amount_minor"]);
        Assert.Contains(new ImportIssue(null, null, "The file has no date column; every row is dated 2026-11-30, the day its title names"), result.Warnings);
    }

    [Fact]
    public void Xlsx_without_a_date_column_or_title_date_takes_the_day_from_the_file_name()
    {
        var xlsx = ImportFiles.Xlsx(
            ["商品排行"],
            ["店铺名称：测试旗舰店"],
            [],
            ["商品ID", "商品名称", "商品访客数", "商品支付买家数", "商品支付金额"],
            ["680512345678901234", "羊毛大衣 女", 1000, 32, 7616]);

        var result = ImportParser.Parse(ImportKind.SkuDaily, xlsx, new ImportFileContext { FileName = OneDayName });

        Assert.Empty(result.Errors);
        var row = Assert.Single(result.Rows);
        Assert.Equal(5, row.RowNumber);
        Assert.Equal(new DateOnly(2026, 11, 30), row.Date);
        Assert.Contains(new ImportIssue(null, null, "The file has no date column; every row is dated 2026-11-30, the day its file name names"), result.Warnings);
    }

    [Fact]
    public void The_title_wins_over_a_renamed_file_and_says_so()
    {
        var result = ImportParser.Parse(
            ImportKind.SkuDaily,
            ImportFiles.Gb18030(SycmCsv("2026-11-30")),
            new ImportFileContext { FileName = "【生意参谋平台】商品_全部_2026-11-29_2026-11-29.xls" });

        Assert.All(result.Rows, row => Assert.Equal(new DateOnly(2026, 11, 30), row.Date));
        Assert.Contains(new ImportIssue(null, null, "The title says 2026-11-30 but the file name says 2026-11-29; the title is used"), result.Warnings);
    }

    [Fact]
    public void A_several_day_title_without_a_date_column_is_refused_as_a_multi_day_total()
    {
        var result = ImportParser.Parse(ImportKind.SkuDaily, ImportFiles.Gb18030(SycmCsv("2026-11-24~2026-11-30")), new ImportFileContext { FileName = OneDayName });

        var error = Assert.Single(result.Errors);
        Assert.Null(error.Row);
        Assert.StartsWith("The file covers 2026-11-24 to 2026-11-30 (from its title) but has no date column: it is a total over several days", error.Message, StringComparison.Ordinal);
        Assert.Contains("按日", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void A_several_day_file_name_without_a_date_column_is_refused_in_chinese_too()
    {
        var csv = ImportFiles.Lines("商品ID,商品访客数,商品支付买家数", "A1,100,3");

        var result = ImportParser.Parse(
            ImportKind.SkuDaily,
            ImportFiles.Utf8(csv),
            new ImportFileContext { FileName = "【生意参谋平台】商品_全部_2026-11-01_2026-11-30.xls", Culture = ImportCultures.Chinese });

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("文件覆盖 2026-11-01 至 2026-11-30（见文件名），但没有日期列：这是多天的合计", error.Message, StringComparison.Ordinal);
        Assert.Contains("按日", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_date_anywhere_the_no_date_header_error_stays()
    {
        var csv = ImportFiles.Lines("商品排行", "商品ID,商品访客数,商品支付买家数", "A1,100,3");

        var result = ImportParser.Parse(ImportKind.SkuDaily, ImportFiles.Utf8(csv), new ImportFileContext { FileName = "商品排行.csv" });

        var error = Assert.Single(result.Errors);
        Assert.Equal("No header row with 日期/date and 商品ID/sku_code found in the first 30 rows (row 2 looks like a header but has no 日期/date column)", error.Message);
    }

    [Fact]
    public void A_download_timestamp_in_the_name_is_not_taken_for_the_day()
    {
        var csv = ImportFiles.Lines("访客数,浏览量,支付买家数", "100,300,3");

        var result = ImportParser.Parse(ImportKind.StoreDaily, ImportFiles.Utf8(csv), new ImportFileContext { FileName = "店铺报表_20261130_093015.csv" });

        Assert.StartsWith("No header row with 日期/date", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kind_of_a_one_day_export_is_told_from_its_columns_and_the_preview_reads_it()
    {
        var preview = ImportParser.Preview(null, ImportFiles.Gb18030(SycmCsv("2026-11-30")), 10, new ImportFileContext { FileName = OneDayName });

        Assert.Equal(ImportKind.SkuDaily, preview.DetectedKind);
        Assert.Equal(5, preview.HeaderRowNumber);
        Assert.Empty(preview.Errors);
        Assert.Empty(preview.RowErrors);
        Assert.Contains(preview.Warnings, warning => warning.Row is null && warning.Message.Contains("2026-11-30", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("【生意参谋平台】商品_全部_2026-11-30_2026-11-30.xls", "2026-11-30", "2026-11-30")]
    [InlineData("/tmp/uploads/店铺_2026-11-01_2026-11-07.xlsx", "2026-11-01", "2026-11-07")]
    [InlineData("C:\\下载\\流量_2026-11-3.csv", "2026-11-03", "2026-11-03")]
    public void File_names_give_their_first_and_last_day(string name, string from, string to)
    {
        var span = FileDates.FromFileName(name);

        Assert.NotNull(span);
        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), (span.From, span.To));
    }
}
