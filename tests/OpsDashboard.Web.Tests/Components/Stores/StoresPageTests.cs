using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Components.Pages.Stores;
using DateRange = OpsDashboard.Core.Periods.DateRange;

namespace OpsDashboard.Web.Tests.Components.Stores;

/// <summary>The stores screen over a real SQLite database: every change is checked by reading the catalog back.</summary>
public sealed class StoresPageTests : ComponentTestContext
{
    [Fact]
    public async Task CreatingAStore_SavesEveryField_AndPointsToTheImportNext()
    {
        var page = OpenStores();

        await Fill(page, "store-code", "jd-kitchen");
        await Fill(page, "store-name", "Kitchen on JD");
        await ChoosePlatformAsync(page, "jd");
        await Fill(page, "store-currency", "cny");
        await Fill(page, "store-timezone", "America/Los_Angeles");
        await page.Find("[data-testid='save-store']").ClickAsync(new MouseEventArgs());

        page.WaitForElement("tr[data-store='jd-kitchen']", Patience);
        var saved = await Stores.FindAsync("jd-kitchen");
        Assert.NotNull(saved);
        Assert.Equal(("Kitchen on JD", "jd", "CNY", "America/Los_Angeles", (DateTimeOffset?)null), (saved.Name, saved.Platform, saved.Currency, saved.TimeZone, saved.ArchivedAt));
        Assert.Equal("JD", page.Find("tr[data-store='jd-kitchen'] td[data-platform]").TextContent.Trim());
        Assert.Equal("/import?store=jd-kitchen", page.Find("[data-testid='next-import']").GetAttribute("href"));
        Assert.Equal("/?store=jd-kitchen", page.Find("[data-testid='next-review']").GetAttribute("href"));
        JSInterop.VerifyInvoke("opsDashboard.setCookie");
    }

    [Fact]
    public async Task ANewStore_DefaultsToBeijingTime()
    {
        var page = OpenStores();
        Assert.Equal("Asia/Shanghai", page.Find("input[data-testid='store-timezone']").GetAttribute("value"));

        await Fill(page, "store-code", "tm");
        await Fill(page, "store-name", "Tmall flagship");
        await page.Find("[data-testid='save-store']").ClickAsync(new MouseEventArgs());

        page.WaitForElement("tr[data-store='tm']", Patience);
        Assert.Equal(("tmall", "Asia/Shanghai"), ((await Stores.FindAsync("tm"))!.Platform, (await Stores.FindAsync("tm"))!.TimeZone));
    }

    [Fact]
    public async Task AnUnknownTimeZoneOrBadCode_IsRefusedWithAMessage_AndNothingIsSaved()
    {
        var page = OpenStores();

        await Fill(page, "store-code", "bad code!");
        await Fill(page, "store-name", "Somewhere");
        await Fill(page, "store-timezone", "Mars/Olympus");
        await page.Find("[data-testid='save-store']").ClickAsync(new MouseEventArgs());

        Assert.Equal("Not saved: fix the fields marked in red.", page.Find("[data-testid='stores-message']").TextContent.Trim());
        Assert.Contains("'Mars/Olympus' is not a known time zone", ErrorText(page, "store-timezone"), StringComparison.Ordinal);
        Assert.Contains("1–64 letters", ErrorText(page, "store-code"), StringComparison.Ordinal);
        Assert.Empty(await Stores.ListAllAsync());
    }

    [Fact]
    [UseCulture("zh-CN")]
    public async Task InChinese_PlatformsAndMessagesAreChinese_CodesStayStable()
    {
        await Stores.CreateAsync(new NewStore("dy", "抖音小店", "douyin", "CNY"));
        var page = OpenStores();

        Assert.Equal("抖音", page.Find("tr[data-store='dy'] td[data-platform='douyin']").TextContent.Trim());
        await Fill(page, "store-code", "dy");
        await Fill(page, "store-name", "另一个");
        await page.Find("[data-testid='save-store']").ClickAsync(new MouseEventArgs());

        Assert.Equal("未保存：请修改标红的字段。", page.Find("[data-testid='stores-message']").TextContent.Trim());
        Assert.Equal("代码为“dy”的店铺已存在。", ErrorText(page, "store-code"));
    }

    [Fact]
    public async Task EditingAStore_ChangesItsNameAndTimeZone_NotItsCode()
    {
        await CreateStoreAsync("shop");
        var page = OpenStores();

        await page.Find("tr[data-store='shop'] [data-action='edit']").ClickAsync(new MouseEventArgs());
        Assert.True(page.Find("input[data-testid='store-code']").HasAttribute("disabled"));
        await Fill(page, "store-name", "Renamed shop");
        await Fill(page, "store-timezone", "Europe/Berlin");
        await page.Find("[data-testid='save-store']").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Equal("Store shop saved.", page.Find("[data-testid='stores-message']").TextContent.Trim()), Patience);
        var saved = (await Stores.FindAsync("shop"))!;
        Assert.Equal(("Renamed shop", "Europe/Berlin"), (saved.Name, saved.TimeZone));
    }

    [Fact]
    public async Task ArchivingHidesTheStoreFromPickers_RestoringBringsItBack()
    {
        await CreateStoreAsync("keep");
        await CreateStoreAsync("pause");
        var page = OpenStores();

        await page.Find("tr[data-store='pause'] [data-action='archive']").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Equal("true", page.Find("tr[data-store='pause']").GetAttribute("data-archived")), Patience);
        Assert.NotNull((await Stores.FindAsync("pause"))!.ArchivedAt);
        Assert.Equal(["keep"], (await Stores.ListAsync()).Select(s => s.Code));
        Assert.Equal(["keep"], (await Portfolio.RankAsync(new DateRange(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 7)))).Select(e => e.Store.Code));

        await page.Find("tr[data-store='pause'] [data-action='restore']").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Equal("false", page.Find("tr[data-store='pause']").GetAttribute("data-archived")), Patience);
        Assert.Equal(["keep", "pause"], (await Stores.ListAsync()).Select(s => s.Code));
    }

    [Fact]
    public async Task DeletingAsksForTheCode_ThenRemovesTheStoreAndItsData()
    {
        var doomed = await CreateStoreAsync("doomed");
        await ImportAsync(doomed, ImportKind.StoreDaily, "date,visitors,paying_buyers,payment_amount\n2026-11-01,100,5,500\n");
        var page = OpenStores();

        await page.Find("tr[data-store='doomed'] [data-action='delete']").ClickAsync(new MouseEventArgs());
        Assert.True(page.Find("[data-testid='delete-store']").HasAttribute("disabled"));
        await page.Find("input[data-testid='delete-code']").InputAsync(new ChangeEventArgs { Value = "doome" });
        Assert.True(page.Find("[data-testid='delete-store']").HasAttribute("disabled"));
        Assert.NotNull(await Stores.FindAsync("doomed"));

        await page.Find("input[data-testid='delete-code']").InputAsync(new ChangeEventArgs { Value = "doomed" });
        await page.Find("[data-testid='delete-store']").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("tr[data-store='doomed']")), Patience);
        Assert.Null(await Stores.FindAsync("doomed"));
        await using var db = Database.CreateContext();
        Assert.Equal(0, db.StoreDays.Count(d => d.StoreId == doomed));
        Assert.Equal("Store doomed and all its data were deleted.", page.Find("[data-testid='stores-message']").TextContent.Trim());
    }

    private IRenderedComponent<StoresPage> OpenStores()
    {
        var page = Open<StoresPage>("/stores");
        page.WaitForElement("[data-testid='store-form']", Patience);
        return page;
    }

    private static Task Fill(IRenderedComponent<StoresPage> page, string testId, string value) =>
        page.Find($"input[data-testid='{testId}']").ChangeAsync(new ChangeEventArgs { Value = value });

    private static Task ChoosePlatformAsync(IRenderedComponent<StoresPage> page, string code)
    {
        var select = page.FindComponents<MudSelect<string>>().Single(s => Equals(s.Instance.UserAttributes["data-testid"], "store-platform"));
        return page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(code));
    }

    private static string ErrorText(IRenderedComponent<StoresPage> page, string testId) =>
        page.Find($"input[data-testid='{testId}']").Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? string.Empty;
}
