using System.Globalization;
using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Data.Import;
using OpsDashboard.Web.Components.Pages.Imports;
using OpsDashboard.Web.Components.Pages.Imports.Components;

namespace OpsDashboard.Web.Tests.Components.Import;

/// <summary>Issue 10, "long imports look alive": the running import's panel (rows, bar, estimate, Cancel) and Cancel on the page.</summary>
public sealed class ImportProgressPanelTests : ComponentTestContext
{
    [Fact]
    public void Before_the_first_report_the_bar_is_indeterminate_no_count_is_made_up_and_cancel_is_offered()
    {
        var panel = Panel(null, null);

        Assert.Equal("starting", panel.Find("[data-testid='import-progress-panel']").GetAttribute("data-phase"));
        Assert.Equal(string.Empty, panel.Find("[data-testid='import-progress']").GetAttribute("data-value"));
        Assert.Equal("Rows read: —", Text(panel, "rows-parsed"));
        Assert.Equal("Rows written: —", Text(panel, "rows-written"));
        Assert.Equal("Time left: estimating…", Text(panel, "time-left"));
        Assert.False(panel.Find("[data-testid='cancel-import']").HasAttribute("disabled"));
        Assert.Equal("Cancel import", Text(panel, "cancel-import"));
    }

    [Fact]
    public void While_parsing_the_bar_is_the_share_of_bytes_read_with_both_counts_and_the_estimate()
    {
        var panel = Panel(new ImportProgress(ImportPhase.Parsing, 52_224, 52_000, 2_500_000, 10_000_000), TimeSpan.FromSeconds(90));

        Assert.Equal("25", panel.Find("[data-testid='import-progress']").GetAttribute("data-value"));
        Assert.Equal("Importing big.csv: reading and checking the rows (25% of the file read).", Text(panel, "import-step"));
        Assert.Equal("Rows read: 52,224", Text(panel, "rows-parsed"));
        Assert.Equal("Rows written: 52,000", Text(panel, "rows-written"));
        Assert.Equal("About 1 min 30 s left in this step", Text(panel, "time-left"));
    }

    [Fact]
    public void While_writing_the_bar_is_rows_written_of_rows_parsed_and_without_an_estimate_it_says_estimating()
    {
        var panel = Panel(new ImportProgress(ImportPhase.Writing, 200_000, 50_000, 0, 0), null);

        Assert.Equal("25", panel.Find("[data-testid='import-progress']").GetAttribute("data-value"));
        Assert.Equal("Importing big.csv: writing the checked rows (25% done).", Text(panel, "import-step"));
        Assert.Equal("Time left: estimating…", Text(panel, "time-left"));
    }

    [Fact]
    public void The_last_step_cannot_be_measured_and_says_so_instead_of_a_number()
    {
        var panel = Panel(new ImportProgress(ImportPhase.Saving, 200_000, 200_000, 0, 0), TimeSpan.FromSeconds(5));

        Assert.Equal(string.Empty, panel.Find("[data-testid='import-progress']").GetAttribute("data-value"));
        Assert.Equal("Importing big.csv: saving 200,000 rows into the store's data in one step.", Text(panel, "import-step"));
        Assert.Equal("Last step: it cannot be measured while it runs.", Text(panel, "time-left"));
    }

    [Fact]
    public async Task Cancel_calls_back_once_and_while_cancelling_the_button_is_disabled_and_says_so()
    {
        var clicks = 0;
        var panel = RenderWithProviders<ImportProgressPanel>(p => p
            .Add(c => c.FileName, "big.csv")
            .Add(c => c.Progress, new ImportProgress(ImportPhase.Parsing, 10, 10, 10, 100))
            .Add(c => c.OnCancel, () => clicks++));

        await panel.Find("[data-testid='cancel-import']").ClickAsync(new MouseEventArgs());
        Assert.Equal(1, clicks);

        panel.Render(p => p.Add(c => c.Cancelling, true));
        Assert.True(panel.Find("[data-testid='cancel-import']").HasAttribute("disabled"));
        Assert.Equal("Cancelling…", Text(panel, "cancel-import"));
    }

    [Fact]
    [UseCulture("zh-CN")]
    public void The_panel_speaks_chinese()
    {
        var panel = Panel(new ImportProgress(ImportPhase.Parsing, 1_024, 1_024, 50, 100), TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(5));

        Assert.Equal("正在导入 big.csv：正在读取并检查各行（已读取文件的 50%）。", Text(panel, "import-step"));
        Assert.Equal("已读取行数: 1,024", Text(panel, "rows-parsed"));
        Assert.Equal("此步骤约剩 2 分 5 秒", Text(panel, "time-left"));
        Assert.Equal("取消导入", Text(panel, "cancel-import"));
    }

    [Fact]
    public async Task Cancelling_on_the_page_stops_the_import_says_nothing_was_written_and_the_file_can_be_imported_again()
    {
        var store = await CreateStoreAsync("a");
        long version;
        await using (var db = Database.CreateContext())
        {
            version = (await db.Stores.SingleAsync(s => s.Id == store)).DataVersion;
        }

        var page = Open<ImportPage>("/import");
        page.FindComponents<InputFile>()[^1].UploadFiles(InputFileContent.CreateFromText(SkuFile(), "skus.csv"));
        WaitForStage(page, "preview");

        // The database keeps the import waiting (as a slow server does) until the test says.
        // The click's task is the whole import: it ends only once Cancel has stopped it.
        ContextFactory.Pause();
        try
        {
            var importing = page.Find("[data-testid='import-button']").ClickAsync(new MouseEventArgs());
            WaitForStage(page, "importing");
            Assert.False(page.Find("[data-testid='cancel-import']").HasAttribute("disabled"));
            await page.Find("[data-testid='cancel-import']").ClickAsync(new MouseEventArgs());
            await importing.WaitAsync(Patience);
            WaitForStage(page, "preview");
        }
        finally
        {
            ContextFactory.Resume();
        }

        Assert.Equal(
            "The import of skus.csv was cancelled. Nothing was written: the store's data is exactly as it was before. You can import the file again.",
            page.Find("[data-testid='import-cancelled']").TextContent.Trim());
        await using (var db = Database.CreateContext())
        {
            Assert.Equal(0, await db.SkuDays.CountAsync());
            Assert.Equal(0, await db.ImportBatches.CountAsync());
            Assert.Equal(version, (await db.Stores.SingleAsync(s => s.Id == store)).DataVersion);
        }

        await page.Find("[data-testid='import-button']").ClickAsync(new MouseEventArgs());
        WaitForStage(page, "done");
        Assert.Empty(page.FindAll("[data-testid='import-cancelled']"));
        await using (var db = Database.CreateContext())
        {
            Assert.Equal(300, await db.SkuDays.CountAsync());
        }
    }

    private IRenderedComponent<ImportProgressPanel> Panel(ImportProgress? progress, TimeSpan? left) =>
        RenderWithProviders<ImportProgressPanel>(p => p
            .Add(c => c.FileName, "big.csv")
            .Add(c => c.Progress, progress)
            .Add(c => c.TimeLeft, left));

    private static string Text(IRenderedComponent<ImportProgressPanel> panel, string testId) =>
        string.Join(' ', panel.Find($"[data-testid='{testId}']").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void WaitForStage(IRenderedComponent<ImportPage> page, string stage) =>
        page.WaitForAssertion(() => Assert.Equal(stage, page.Find("[data-stage]").GetAttribute("data-stage")), Patience);

    /// <summary>300 sku-daily rows (30 SKUs × 10 days before the test clock's today).</summary>
    private static string SkuFile()
    {
        var csv = new StringBuilder("date,sku_code,visitors,paying_buyers,payment_amount\n");
        for (var d = 1; d <= 10; d++)
        {
            for (var s = 0; s < 30; s++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"2026-11-{d:00},S{s:000},{100 + s},{s % 10},{s * 3}.50\n");
            }
        }

        return csv.ToString();
    }
}
