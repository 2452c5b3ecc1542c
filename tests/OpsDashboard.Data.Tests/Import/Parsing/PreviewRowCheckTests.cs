using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

/// <summary>The preview runs the import's own row validation, so bad rows show before anything is imported.</summary>
public class PreviewRowCheckTests
{
    private static readonly byte[] FileWithBadRows = ImportFiles.Gb18030(ImportFiles.Lines(
        "店铺概况",
        "统计日期：2026-11-01~2026-11-05",
        "日期,访客数,支付买家数,支付金额",
        "2026-11-01,100,5,500",
        "2026-11-02,abc,5,500",
        "2026-11-03,100,120,500",
        "2026-11-04,100,-1,-5",
        "2026-11-05,100,5,500"));

    [Fact]
    public void The_preview_counts_bad_rows_and_lists_every_row_error_like_the_import()
    {
        var context = new ImportFileContext { Today = new DateOnly(2026, 12, 1) };

        var preview = ImportParser.Preview(ImportKind.StoreDaily, FileWithBadRows, 2, context);
        var import = ImportParser.Parse(ImportKind.StoreDaily, FileWithBadRows, context);

        Assert.Empty(preview.Errors);
        Assert.Equal(3, preview.BadRowCount);
        Assert.Equal(import.Errors, preview.RowErrors);
        Assert.Equal(
            [
                new ImportIssue(5, "访客数", "'abc' is not a number"),
                new ImportIssue(6, "支付买家数", "paying buyers (120) exceed visitors (100)"),
                new ImportIssue(7, "支付买家数", "'-1' is negative"),
                new ImportIssue(7, "支付金额", "'-5' is negative (money amounts, refunds included, are written as positive numbers)"),
            ],
            preview.RowErrors);
        Assert.Equal(2, preview.Rows.Count);
        Assert.Equal(5, preview.DataRowCount);
    }

    [Fact]
    public void The_preview_refuses_future_days_of_the_store_and_speaks_chinese()
    {
        var context = new ImportFileContext { Today = new DateOnly(2026, 11, 4), Culture = ImportCultures.Chinese };

        var preview = ImportParser.Preview(ImportKind.StoreDaily, FileWithBadRows, 10, context);

        Assert.Equal(4, preview.BadRowCount);
        Assert.Equal(new ImportIssue(8, "日期", "第 8 行：2026-11-05 晚于店铺的今天（2026-11-04）；尚未结束的日子不能导入"), preview.RowErrors[^1]);
    }

    [Fact]
    public void A_clean_file_can_be_imported_and_has_no_row_errors()
    {
        var preview = ImportParser.Preview(null, ImportFiles.Utf8(ImportFiles.Lines("日期,访客数,支付买家数", "2026-11-01,100,5")), 10);

        Assert.Empty(preview.RowErrors);
        Assert.Equal(0, preview.BadRowCount);
    }
}
