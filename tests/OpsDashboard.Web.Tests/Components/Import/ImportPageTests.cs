using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using DateRange = OpsDashboard.Core.Periods.DateRange;
using OpsDashboard.Data.Import;
using OpsDashboard.Web.Components.Pages.Imports;
using OpsDashboard.Web.Tests.Api;
using Microsoft.AspNetCore.Components.Web;

namespace OpsDashboard.Web.Tests.Components.Import;

/// <summary>The import page over a real SQLite database, through the same ImportService as the API.</summary>
public sealed class ImportPageTests : ComponentTestContext
{
    [Fact]
    public async Task A_good_file_is_previewed_then_imported_into_the_store_in_the_url_with_exact_counts()
    {
        var other = await CreateStoreAsync("a");
        var chosen = await CreateStoreAsync("b");
        var page = OpenImport("?store=b");
        Assert.Equal("b", Attribute(page, "data-store"));

        Upload(page, InputFileContent.CreateFromText(SampleFiles.StoreDaily, "traffic.csv"));
        WaitForStage(page, "preview");
        Assert.Equal("store-daily", Attribute(page, "data-detected-kind"));
        Assert.Equal("store-daily", Attribute(page, "data-kind"));
        Assert.Equal(["2", "3"], page.FindAll("[data-testid='preview'] tbody tr").Select(row => row.GetAttribute("data-row")));
        Assert.Contains("header on row 1 · 2 data rows", page.Find("[data-testid='file-info']").TextContent, StringComparison.Ordinal);
        Assert.Equal("Import 2 rows into Test store b", page.Find("[data-testid='import-button']").TextContent.Trim());

        await page.Find("[data-testid='import-button']").ClickAsync(new MouseEventArgs());
        WaitForStage(page, "done");

        Assert.Equal(2m, Kpi(page, "rowsRead"));
        Assert.Equal(2m, Kpi(page, "rowsInserted"));
        Assert.Equal(0m, Kpi(page, "rowsUpdated"));
        Assert.Equal("/?store=b&from=2026-11-01&to=2026-11-02&compare=previous", page.Find("a[data-testid='morning-review-link']").GetAttribute("href"));
        var range = new DateRange(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2));
        Assert.Equal(4000, (await Reports.OverviewAsync(chosen, range)).Current.Visitors);
        Assert.Equal(0, (await Reports.OverviewAsync(other, range)).Current.Visitors);
        Assert.Empty(Directory.EnumerateFiles(UploadsFolder));
    }

    [Fact]
    public async Task Importing_the_same_file_again_updates_every_row_and_inserts_none()
    {
        await CreateStoreAsync("a");
        var page = OpenImport();

        await UploadAndImportAsync(page, InputFileContent.CreateFromText(SampleFiles.SkuDaily, "skus.csv"));
        Assert.Equal((3m, 3m, 0m), (Kpi(page, "rowsRead"), Kpi(page, "rowsInserted"), Kpi(page, "rowsUpdated")));

        await UploadAndImportAsync(page, InputFileContent.CreateFromText(SampleFiles.SkuDaily, "skus.csv"));
        Assert.Equal((3m, 0m, 3m), (Kpi(page, "rowsRead"), Kpi(page, "rowsInserted"), Kpi(page, "rowsUpdated")));
        await using var db = Database.CreateContext();
        Assert.Equal(3, await db.SkuDays.CountAsync());
    }

    [Fact]
    public async Task A_bad_file_shows_every_row_column_and_reason_and_writes_nothing()
    {
        await CreateStoreAsync("a");
        var page = OpenImport();

        await UploadAndImportAsync(page, InputFileContent.CreateFromText(SampleFiles.StoreDailyWithBadRows, "bad.csv"));

        Assert.Equal("Nothing was imported. Fix these 2 rows and import the file again.", page.Find("[data-testid='nothing-imported']").TextContent.Trim());
        Assert.Equal(
            [
                ("3", "paying_buyers", "paying buyers (500) exceed visitors (100)"),
                ("4", "date", "'2026-13-45' is not a date (use yyyy-MM-dd, yyyy/M/d or yyyyMMdd)"),
            ],
            ErrorRows(page));
        Assert.Empty(page.FindAll("[data-kpi]"));
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.StoreDays.CountAsync());
        Assert.Equal(0, await db.ImportBatches.CountAsync());
    }

    [Fact]
    public async Task The_error_table_sorts_by_row_column_and_reason()
    {
        await CreateStoreAsync("a");
        var page = OpenImport();
        await UploadAndImportAsync(page, InputFileContent.CreateFromText(
            "date,visitors,paying_buyers,payment_amount\n2026-11-01,100,500,-5\n2026-11-02,-1,5,500\n", "bad.csv"));
        var found = ErrorRows(page);

        await page.Find("[data-sort='row']").ClickAsync(new MouseEventArgs());
        await page.Find("[data-sort='row']").ClickAsync(new MouseEventArgs());

        Assert.Equal("descending", page.Find("th:has([data-sort='row'])").GetAttribute("aria-sort"));
        Assert.Equal(
            found.Select((error, index) => (error, index)).OrderByDescending(e => int.Parse(e.error.Row, CultureInfo.InvariantCulture)).ThenBy(e => e.index).Select(e => e.error),
            ErrorRows(page));

        await page.Find("[data-sort='column']").ClickAsync(new MouseEventArgs());
        Assert.Equal(found.Select(e => e.Column).Order(StringComparer.Ordinal), ErrorRows(page).Select(e => e.Column));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_naming_its_size_the_limit_and_the_setting()
    {
        ImportOptions.MaxUploadMegabytes = 1;
        await CreateStoreAsync("a");
        var page = OpenImport();

        Upload(page, InputFileContent.CreateFromBinary(new byte[1024 * 1024 * 3 / 2], "huge.csv"));

        Assert.Equal(
            "The file is 1.5 MB; the limit is 1 MB (setting Import__MaxUploadMegabytes).",
            page.Find("[data-testid='upload-message']").TextContent.Trim());
        Assert.Equal("choose", Stage(page));
        Assert.False(Directory.Exists(UploadsFolder) && Directory.EnumerateFiles(UploadsFolder).Any());
    }

    [Fact]
    public async Task The_detected_kind_can_be_overridden_and_the_import_uses_the_chosen_kind()
    {
        var store = await CreateStoreAsync("a");
        var page = OpenImport();
        Upload(page, InputFileContent.CreateFromText(
            "date,sku_code,visitors,paying_buyers,payment_amount\n2026-11-01,A1,100,5,500\n2026-11-02,A1,200,8,800\n", "one-sku.csv"));
        WaitForStage(page, "preview");
        Assert.Equal("sku-daily", Attribute(page, "data-kind"));
        Assert.Equal("Told from the column “sku_code”.", page.Find("[data-testid='kind-note']").TextContent.Trim());
        Assert.Equal("key", page.Find("th[data-column='sku_code']").GetAttribute("data-use"));

        var picker = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Kind of file");
        await page.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync("store-daily"));
        page.WaitForAssertion(() => Assert.Equal("store-daily", Attribute(page, "data-kind")), Patience);

        Assert.Equal("sku-daily", Attribute(page, "data-detected-kind"));
        Assert.Equal("Chosen by you; the headers suggest SKU daily (sku-daily).", page.Find("[data-testid='kind-note']").TextContent.Trim());
        Assert.Equal("ignored", page.Find("th[data-column='sku_code']").GetAttribute("data-use"));

        await page.Find("[data-testid='import-button']").ClickAsync(new MouseEventArgs());
        WaitForStage(page, "done");
        Assert.Equal(2m, Kpi(page, "rowsInserted"));
        Assert.Equal(300, (await Reports.OverviewAsync(store, new DateRange(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2)))).Current.Visitors);
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.SkuDays.CountAsync());
    }

    [Fact]
    public async Task The_preview_says_how_each_column_will_be_read()
    {
        await CreateStoreAsync("a");
        var page = OpenImport();

        Upload(page, InputFileContent.CreateFromText("日期,访客数,跳失率,支付买家数,支付转化率,店铺等级\n2026-11-03,1000,45.2%,30,3%,五钻\n", "流量概况.csv"));
        WaitForStage(page, "preview");

        Assert.Equal(
            [
                ("日期", "key", "key: date"),
                ("访客数", "stored", "→ visitors"),
                ("跳失率", "converted-from-rate", "→ bounced visitors, converted from rate"),
                ("支付买家数", "stored", "→ paying buyers"),
                ("支付转化率", "checked-only", "checked only, not stored"),
                ("店铺等级", "unknown", "ignored (unknown)"),
            ],
            page.FindAll("[data-testid='preview'] th[data-column]").Select(th => (
                th.GetAttribute("data-column") ?? string.Empty,
                th.GetAttribute("data-use") ?? string.Empty,
                th.QuerySelector("[data-meaning]")?.TextContent.Trim() ?? string.Empty)));
        Assert.Equal(["2026-11-03", "1000", "45.2%", "30", "3%", "五钻"], page.FindAll("[data-testid='preview'] tbody tr[data-row='2'] td").Skip(1).Select(td => td.TextContent));
    }

    [Fact]
    public async Task A_file_whose_kind_cannot_be_told_asks_for_it_and_cannot_be_imported_as_it_is()
    {
        await CreateStoreAsync("a");
        var page = OpenImport();

        Upload(page, InputFileContent.CreateFromText("name,age\nbob,3\n", "people.csv"));
        WaitForStage(page, "preview");

        Assert.Equal(string.Empty, Attribute(page, "data-kind"));
        Assert.Equal("The kind of file cannot be told from its headers: choose it.", page.Find("[data-testid='kind-note']").TextContent.Trim());
        Assert.True(page.Find("[data-testid='import-button']").HasAttribute("disabled"));
        Assert.Contains("so the kind of file is unknown", page.Find("[data-testid='preview-errors']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_stores_the_page_says_how_to_create_one()
    {
        var page = OpenImport();

        Assert.Contains("create your store first", page.Find("[data-testid='no-stores']").TextContent, StringComparison.Ordinal);
        Assert.Equal("/stores", page.Find("[data-testid='create-store-link']").GetAttribute("href"));
    }

    private IRenderedComponent<ImportPage> OpenImport(string query = "") => Open<ImportPage>("/import" + query);

    /// <summary>Chooses a file in the active input (MudFileUpload adds a fresh input after each choice).</summary>
    private static void Upload(IRenderedComponent<ImportPage> page, InputFileContent file) =>
        page.FindComponents<InputFile>()[^1].UploadFiles(file);

    /// <summary>Uploads, waits for the preview, clicks Import and waits for the outcome.</summary>
    private static async Task UploadAndImportAsync(IRenderedComponent<ImportPage> page, InputFileContent file)
    {
        Upload(page, file);
        WaitForStage(page, "preview");
        await page.Find("[data-testid='import-button']").ClickAsync(new MouseEventArgs());
        WaitForStage(page, "done");
    }

    private static string Attribute(IRenderedComponent<ImportPage> page, string name) =>
        page.Find("[data-testid='import-page']").GetAttribute(name) ?? string.Empty;

    private static decimal Kpi(IRenderedComponent<ImportPage> page, string field) =>
        Value(page.Find($"[data-kpi='{field}']")) ?? throw new InvalidOperationException($"[data-kpi='{field}'] has no value");

    private static string Stage(IRenderedComponent<ImportPage> page) => Attribute(page, "data-stage");

    private static void WaitForStage(IRenderedComponent<ImportPage> page, string stage) =>
        page.WaitForAssertion(() => Assert.Equal(stage, Stage(page)), Patience);

    private static List<(string Row, string Column, string Reason)> ErrorRows(IRenderedComponent<ImportPage> page) =>
        page.FindAll("[data-testid='error-table'] tbody tr").Select(tr => (
            tr.QuerySelector("[data-cell='row']")?.TextContent.Trim() ?? string.Empty,
            tr.QuerySelector("[data-cell='column']")?.TextContent.Trim() ?? string.Empty,
            tr.QuerySelector("[data-cell='reason']")?.TextContent.Trim() ?? string.Empty)).ToList();
}
