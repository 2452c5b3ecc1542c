using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using OpsDashboard.Data.Entities;
using OpsDashboard.Data.Import;
using OpsDashboard.Testing;
using OpsDashboard.Web.Components.Pages.Imports;

namespace OpsDashboard.Web.Tests.Components.Import;

/// <summary>
/// The import page offers every kind of the one registry (<see cref="ImportKindRegistry"/>): the kind is chosen
/// (or told from the headers), kept in the URL, previewed with every row problem, and imported all or nothing.
/// </summary>
public sealed class ImportPageKindsTests() : ComponentTestContext(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero))
{
    [Fact]
    public async Task The_kind_selector_lists_every_registered_kind_in_the_registrys_order()
    {
        await CreateStoreAsync("a");
        Navigation.NavigateTo("/import");
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var popovers = Render<MudPopoverProvider>();
        var page = Render<ImportPage>();

        var kinds = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Kind of file");
        await page.InvokeAsync(kinds.Instance.OpenMenu);

        popovers.WaitForAssertion(() => Assert.Equal(ImportKindRegistry.Names, popovers.FindComponents<MudSelectItem<string>>().Select(item => item.Instance.Value)), Patience);
        Assert.Equal(9, ImportKindRegistry.Names.Count);
        Assert.Contains("Refunds, 千牛 export (refunds)", popovers.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_refunds_puts_it_in_the_url_then_a_qianniu_export_is_previewed_and_imported()
    {
        var store = await CreateStoreAsync("a");
        var page = OpenImport("?store=a");
        var kinds = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Kind of file");
        await page.InvokeAsync(() => kinds.Instance.ValueChanged.InvokeAsync("refunds"));
        Assert.Contains("kind=refunds", Navigation.Uri, StringComparison.Ordinal);
        Assert.Equal("refunds", Attribute(page, "data-kind"));

        Upload(page, InputFileContent.CreateFromBinary(
            ServiceExportFiles.Write(ServiceExportFiles.QianniuRefunds("退款成功", "2026-11-24 15:00:00"), ExportFormat.CsvGb18030), "退款管理.csv"));
        WaitForStage(page, "preview");

        Assert.Equal("refunds", Attribute(page, "data-kind"));
        Assert.Equal("refunds", Attribute(page, "data-detected-kind"));
        Assert.Empty(page.FindAll("[data-testid='kind-mismatch']"));
        Assert.Empty(page.FindAll("[data-testid='preview-row-errors']"));
        Assert.Equal(["2", "3", "4"], page.FindAll("[data-testid='preview'] tbody tr").Select(row => row.GetAttribute("data-row")));
        Assert.Equal("key", page.Find("th[data-column='退款编号']").GetAttribute("data-use"));
        Assert.Equal("stored", page.Find("th[data-column='退款状态']").GetAttribute("data-use"));
        Assert.Equal("ignored", page.Find("th[data-column='支付宝交易号']").GetAttribute("data-use"));
        await using (var before = Database.CreateContext())
        {
            Assert.Equal(0, await before.Set<Refund>().CountAsync());
        }

        await page.Find("[data-testid='import-button']").ClickAsync(new MouseEventArgs());
        WaitForStage(page, "done");

        Assert.Equal((3m, 3m, 0m), (Kpi(page, "rowsRead"), Kpi(page, "rowsInserted"), Kpi(page, "rowsUpdated")));
        await using var db = Database.CreateContext();
        var refunds = await db.Set<Refund>().Where(r => r.StoreId == store).OrderBy(r => r.RefundId).ToListAsync();
        Assert.Equal(["220001234567890123", "220001234567890124", "220001234567890125"], refunds.Select(r => r.RefundId));
        Assert.Equal([23800L, 10000L, 9900L], refunds.Select(r => r.RefundAmountMinor));
        Assert.Equal(["退款成功", "退款成功", "退款关闭"], refunds.Select(r => r.Status));
        Assert.Equal("refunds", (await db.ImportBatches.SingleAsync()).Kind);
    }

    [Fact]
    public async Task A_bad_refund_row_is_named_by_row_and_field_in_the_preview_and_the_import_writes_nothing()
    {
        await CreateStoreAsync("a");
        var rows = ServiceExportFiles.QianniuRefunds("退款成功", "2026-11-24 15:00:00");
        rows[2][8] = "abc"; // 买家退款金额 of the second refund, spreadsheet row 3
        var page = OpenImport("?store=a&kind=refunds");
        Assert.Equal("refunds", Attribute(page, "data-kind"));

        Upload(page, InputFileContent.CreateFromBinary(ServiceExportFiles.Write(rows, ExportFormat.Xlsx), "退款管理.xlsx"));
        WaitForStage(page, "preview");

        var alert = page.Find("[data-testid='preview-row-errors']");
        Assert.Equal("1", alert.GetAttribute("data-bad-rows"));
        Assert.Equal("3 · 买家退款金额: 'abc' is not a number", alert.QuerySelector("li")!.TextContent.Trim());
        Assert.Equal("3", alert.QuerySelector("li")!.GetAttribute("data-row"));
        Assert.Equal("买家退款金额", alert.QuerySelector("li")!.GetAttribute("data-column"));

        await page.Find("[data-testid='import-button']").ClickAsync(new MouseEventArgs());
        WaitForStage(page, "done");

        Assert.Equal("Nothing was imported. Fix this row and import the file again.", page.Find("[data-testid='nothing-imported']").TextContent.Trim());
        var error = page.Find("[data-testid='error-table'] tbody tr");
        Assert.Equal(("3", "买家退款金额"), (error.QuerySelector("[data-cell='row']")!.TextContent.Trim(), error.QuerySelector("[data-cell='column']")!.TextContent.Trim()));
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.Set<Refund>().CountAsync());
        Assert.Equal(0, await db.ImportBatches.CountAsync());
    }

    [Fact]
    public async Task A_file_whose_headers_are_another_kinds_is_said_so_and_can_be_read_as_that_kind()
    {
        await CreateStoreAsync("a");
        var page = OpenImport("?store=a&kind=store-daily");

        Upload(page, InputFileContent.CreateFromBinary(ServiceExportFiles.Write(ServiceExportFiles.ChituAgents, ExportFormat.CsvUtf8), "客服绩效.csv"));
        WaitForStage(page, "preview");

        Assert.Equal("store-daily", Attribute(page, "data-kind"));
        Assert.Equal("service-agents", Attribute(page, "data-detected-kind"));
        Assert.Equal(
            "The headers of this file are those of Customer service per agent (service-agents), not Store daily (store-daily): read as Store daily (store-daily), its columns will not be found. Check the kind before importing.",
            page.Find("[data-testid='kind-mismatch-text']").TextContent.Trim());

        await page.Find("[data-testid='read-as-detected']").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Equal("service-agents", Attribute(page, "data-kind")), Patience);
        WaitForStage(page, "preview");
        Assert.Contains("kind=service-agents", Navigation.Uri, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid='kind-mismatch']"));
        Assert.Equal("key", page.Find("th[data-column='旺旺']").GetAttribute("data-use"));
    }

    [Theory]
    [InlineData("refunds")]
    [InlineData("service-agents")]
    [InlineData("competitors")]
    [InlineData("lost-customers")]
    [InlineData("ads")]
    [InlineData("search-keywords")]
    public async Task Without_a_chosen_kind_the_headers_tell_each_kind(string kind)
    {
        await CreateStoreAsync("a");
        var page = OpenImport("?store=a");

        Upload(page, InputFileContent.CreateFromBinary(SampleOf(kind), kind + ".csv"));
        WaitForStage(page, "preview");

        Assert.Equal(kind, Attribute(page, "data-detected-kind"));
        Assert.Equal(kind, Attribute(page, "data-kind"));
        Assert.Empty(page.FindAll("[data-testid='preview-errors']"));
    }

    private static byte[] SampleOf(string kind) => kind switch
    {
        "refunds" => ServiceExportFiles.Write(ServiceExportFiles.QianniuRefunds("退款成功", "2026-11-24 15:00:00"), ExportFormat.CsvUtf8),
        "service-agents" => ServiceExportFiles.Write(ServiceExportFiles.ChituAgents, ExportFormat.CsvUtf8),
        "competitors" => ServiceExportFiles.Write(ServiceExportFiles.SycmCompetitors, ExportFormat.CsvUtf8),
        "lost-customers" => ServiceExportFiles.Write(ServiceExportFiles.SycmLostShops(new DateOnly(2026, 11, 22), 1000, 500), ExportFormat.CsvUtf8),
        "ads" => System.Text.Encoding.UTF8.GetBytes("日期,场景名字,计划名字,展现量,点击量,花费,总成交金额,总成交笔数\n2026-11-20,关键词推广,计划A,1000,50,100.00,300.00,3\n"),
        _ => System.Text.Encoding.UTF8.GetBytes("日期,搜索词,商品ID,访客数,浏览量,支付买家数,支付金额\n2026-11-20,羊毛大衣,680512345678901234,100,150,5,1190.00\n"),
    };

    private IRenderedComponent<ImportPage> OpenImport(string query = "") => Open<ImportPage>("/import" + query);

    private static void Upload(IRenderedComponent<ImportPage> page, InputFileContent file) =>
        page.FindComponents<InputFile>()[^1].UploadFiles(file);

    private static string Attribute(IRenderedComponent<ImportPage> page, string name) =>
        page.Find("[data-testid='import-page']").GetAttribute(name) ?? string.Empty;

    private static decimal Kpi(IRenderedComponent<ImportPage> page, string field) =>
        Value(page.Find($"[data-kpi='{field}']")) ?? throw new InvalidOperationException($"[data-kpi='{field}'] has no value");

    private static void WaitForStage(IRenderedComponent<ImportPage> page, string stage) =>
        page.WaitForAssertion(() => Assert.Equal(stage, Attribute(page, "data-stage")), Patience);
}
