using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Web.Components.Pages.Imports;

namespace OpsDashboard.Web.Tests.Components.Import;

/// <summary>
/// The import page with operators' real files: the preview checks every row before the import,
/// one-day exports take their date from the title or name, a future day is refused, and the
/// reasons come in the page's language.
/// </summary>
public sealed class ImportPageRealFilesTests : ComponentTestContext
{
    private const string SevenBadRows =
        "date,visitors,paying_buyers,payment_amount\n" +
        "2026-11-01,100,5,500\n" +
        "2026-11-02,abc,5,500\n" +
        "2026-11-03,100,500,500\n" +
        "2026-11-04,-1,5,500\n" +
        "2026-11-05,100,5,-9\n" +
        "2026-11-06,100,5,x\n" +
        "2026-11-07,100,5,500\n" +
        "2026-11-08,100,101,500\n" +
        "2026-11-09,100,5,500\n";

    [Fact]
    public async Task The_preview_says_how_many_rows_are_bad_and_shows_the_first_errors_before_importing()
    {
        await CreateStoreAsync("a");
        var page = OpenImport();

        Upload(page, InputFileContent.CreateFromText(SevenBadRows, "bad.csv"));
        WaitForStage(page, "preview");

        var alert = page.Find("[data-testid='preview-row-errors']");
        Assert.Equal("6", alert.GetAttribute("data-bad-rows"));
        Assert.Equal("6", alert.GetAttribute("data-problems"));
        Assert.Contains("6 of 9 rows have problems", alert.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["3 · visitors: 'abc' is not a number", "4 · paying_buyers: paying buyers (500) exceed visitors (100)", "5 · visitors: '-1' is negative",
             "6 · payment_amount: '-9' is negative (money amounts, refunds included, are written as positive numbers)", "7 · payment_amount: 'x' is not a number"],
            alert.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
        Assert.Contains("and 1 more problems", alert.TextContent, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.StoreDays.CountAsync());
    }

    [Fact]
    public async Task A_clean_file_shows_no_row_problems()
    {
        await CreateStoreAsync("a");
        var page = OpenImport();

        Upload(page, InputFileContent.CreateFromText("date,visitors,paying_buyers\n2026-11-01,100,5\n", "good.csv"));
        WaitForStage(page, "preview");

        Assert.Empty(page.FindAll("[data-testid='preview-row-errors']"));
    }

    [Fact]
    public async Task A_one_day_product_ranking_is_dated_by_its_file_name_in_preview_and_import()
    {
        await CreateStoreAsync("a");
        var page = OpenImport();
        const string ranking = "商品排行\n商品ID,商品名称,商品访客数,商品支付买家数,商品支付金额\nA1,羊毛大衣,100,4,800\n";

        Upload(page, InputFileContent.CreateFromText(ranking, "【生意参谋平台】商品_全部_2026-11-15_2026-11-15.csv"));
        WaitForStage(page, "preview");
        Assert.Equal("sku-daily", Attribute(page, "data-detected-kind"));
        Assert.Contains("every row is dated 2026-11-15", page.Find("[data-testid='preview-notes']").TextContent, StringComparison.Ordinal);

        await page.Find("[data-testid='import-button']").ClickAsync(new MouseEventArgs());
        WaitForStage(page, "done");
        await using var db = Database.CreateContext();
        Assert.Equal(new DateOnly(2026, 11, 15), (await db.SkuDays.SingleAsync()).Date);
    }

    [Fact]
    [UseCulture("zh-CN")]
    public async Task Chinese_page_gives_chinese_reasons_in_preview_and_import_including_a_future_day()
    {
        // The test clock is 2026-11-18 09:00 UTC: 17:00 in Shanghai, so 2026-11-19 has not begun.
        await CreateStoreAsync("a");
        var page = OpenImport();

        Upload(page, InputFileContent.CreateFromText("日期,访客数,支付买家数\n2026-11-18,100,5\n2026-11-19,100,5\n2026-11-17,abc,5\n", "days.csv"));
        WaitForStage(page, "preview");
        Assert.Equal(
            ["3 · 日期: 第 3 行：2026-11-19 晚于店铺的今天（2026-11-18）；尚未结束的日子不能导入", "4 · 访客数: “abc”不是数字"],
            page.FindAll("[data-testid='preview-row-errors'] li").Select(li => li.TextContent.Trim()));

        await page.Find("[data-testid='import-button']").ClickAsync(new MouseEventArgs());
        WaitForStage(page, "done");
        Assert.Equal(
            ["第 3 行：2026-11-19 晚于店铺的今天（2026-11-18）；尚未结束的日子不能导入", "“abc”不是数字"],
            page.FindAll("[data-testid='error-table'] tbody tr [data-cell='reason']").Select(cell => cell.TextContent.Trim()));
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.StoreDays.CountAsync());
    }

    private IRenderedComponent<ImportPage> OpenImport() => Open<ImportPage>("/import");

    private static void Upload(IRenderedComponent<ImportPage> page, InputFileContent file) =>
        page.FindComponents<InputFile>()[^1].UploadFiles(file);

    private static string Attribute(IRenderedComponent<ImportPage> page, string name) =>
        page.Find("[data-testid='import-page']").GetAttribute(name) ?? string.Empty;

    private static void WaitForStage(IRenderedComponent<ImportPage> page, string stage) =>
        page.WaitForAssertion(() => Assert.Equal(stage, Attribute(page, "data-stage")), Patience);
}
