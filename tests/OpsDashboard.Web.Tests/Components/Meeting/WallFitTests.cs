using System.Globalization;
using System.Text;
using Bunit;
using OpsDashboard.Data.Import;
using OpsDashboard.Web.Components.Pages.Meeting.Components;
using MeetingPage = OpsDashboard.Web.Components.Pages.Meeting.Meeting;

namespace OpsDashboard.Web.Tests.Components.Meeting;

/// <summary>
/// What keeps the wall inside its panels (the browser test measures the result): the top sources with a
/// "+N more" count, and long names shortened with the full name as a tooltip, never clipped by CSS.
/// Today is Wednesday 2026-11-18, so the wall shows Tuesday 2026-11-17.
/// </summary>
public sealed class WallFitTests : ComponentTestContext
{
    private static readonly string[] Names =
    [
        "关键词推广·智能投放计划（全站推广）", "Taobao Live streaming partner channel (external)", "手淘搜索", "超级推荐", "淘宝客", "直播间引流",
    ];

    [Fact]
    [UseCulture("en")]
    public async Task TheTopThreeSourcesAreShown_TheRestCounted_AndLongNamesCarryTheirFullNameAsATooltip()
    {
        var shop = await CreateStoreAsync("shop");
        await ImportAsync(shop, ImportKind.StoreDaily, "date,visitors,paying_buyers,payment_amount\n2026-11-17,10000,100,10000\n");
        var csv = new StringBuilder("date,source,visitors,paying_buyers,payment_amount,cost\n");
        for (var i = 0; i < Names.Length; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"2026-11-17,{Names[i]},{1000 - (i * 100)},5,500,100\n");
        }

        await ImportAsync(shop, ImportKind.SourceDaily, csv.ToString());

        var page = Open<MeetingPage>("/meeting?store=shop");
        page.WaitForElement("[data-testid='top-sources']", Patience);

        var rows = page.FindAll("[data-testid='top-sources'] tr[data-source]");
        Assert.Equal(Names.Take(3), rows.Select(r => r.GetAttribute("data-source")));
        var more = page.Find("[data-testid='more-sources']");
        Assert.Equal(("3", "+3 more sources"), (more.GetAttribute("data-count"), more.TextContent.Trim()));

        var first = rows[0].QuerySelector(".wall-name")!;
        Assert.Equal(("关键词推广·智能投放计划…", Names[0]), (first.TextContent.Trim(), first.GetAttribute("title")));
        var second = rows[1].QuerySelector(".wall-name")!;
        Assert.Equal(("Taobao Live streaming p…", Names[1]), (second.TextContent.Trim(), second.GetAttribute("title")));
        var shortName = rows[2].QuerySelector(".wall-name")!;
        Assert.Equal(("手淘搜索", null), (shortName.TextContent.Trim(), shortName.GetAttribute("title")));
    }

    [Theory]
    [InlineData("手淘搜索", 24, "手淘搜索")]
    [InlineData("关键词推广·智能投放计划（全站推广）", 24, "关键词推广·智能投放计划…")]
    [InlineData("Taobao Live streaming partner channel", 24, "Taobao Live streaming p…")]
    [InlineData("exactly twenty-four cols", 24, "exactly twenty-four cols")]
    public void Shorten_CountsAChineseCharacterAsTwoColumns_AndEndsACutNameWithAnEllipsis(string text, int width, string expected)
    {
        Assert.Equal(expected, WallFormats.Shorten(text, width));
        Assert.Equal(expected != text, WallFormats.IsCut(text, width));
    }
}
