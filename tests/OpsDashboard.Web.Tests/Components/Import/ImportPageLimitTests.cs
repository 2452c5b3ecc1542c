using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Web.Components.Pages.Imports;

namespace OpsDashboard.Web.Tests.Components.Import;

/// <summary>The import page under issue 14's hostile files: the limit named in the preview, capped lists with "…and N more".</summary>
public sealed class ImportPageLimitTests : ComponentTestContext
{
    [Fact]
    public async Task A_file_over_the_column_cap_says_which_limit_and_its_value_and_cannot_be_imported()
    {
        await CreateStoreAsync("a");
        var page = OpenImport();
        var header = "date,visitors," + string.Join(',', Enumerable.Range(0, 300).Select(i => "u" + i.ToString(CultureInfo.InvariantCulture)));

        Upload(page, InputFileContent.CreateFromText(header + "\n2026-11-01,1\n", "wide.csv"));
        WaitForStage(page, "preview");

        Assert.Contains("the limit is 256 columns (setting Import:Limits:MaxColumns = 256)", page.Find("[data-testid='preview-errors']").TextContent, StringComparison.Ordinal);
        Assert.True(page.Find("[data-testid='import-button']").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Thousands_of_bad_rows_list_200_problems_and_say_how_many_more()
    {
        await CreateStoreAsync("a");
        var page = OpenImport();

        Upload(page, InputFileContent.CreateFromText("date,visitors\n" + string.Concat(Enumerable.Repeat("not-a-date,many\n", 1_000)), "bad.csv"));
        WaitForStage(page, "preview");
        Assert.Equal("2000", page.Find("[data-testid='preview-row-errors']").GetAttribute("data-problems"));
        await page.Find("[data-testid='import-button']").ClickAsync(new MouseEventArgs());
        WaitForStage(page, "done");

        Assert.Equal("Nothing was imported. Fix these 1000 rows and import the file again.", page.Find("[data-testid='nothing-imported']").TextContent.Trim());
        Assert.Equal("…and 1,800 more", page.Find("[data-testid='more-errors']").TextContent.Trim());
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.ImportBatches.CountAsync());
    }

    private IRenderedComponent<ImportPage> OpenImport() => Open<ImportPage>("/import");

    private static void Upload(IRenderedComponent<ImportPage> page, InputFileContent file) =>
        page.FindComponents<InputFile>()[^1].UploadFiles(file);

    private static void WaitForStage(IRenderedComponent<ImportPage> page, string stage) =>
        page.WaitForAssertion(() => Assert.Equal(stage, page.Find("[data-stage]").GetAttribute("data-stage")), Patience);
}
