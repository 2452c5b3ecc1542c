using OpsDashboard.Core.Promotion;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Promotion;
using OpsDashboard.Data.Tests.Import.Parsing;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Promotion;

/// <summary>Every ads and search-keyword shape of DOMAIN §7 reads unedited, in CSV UTF-8, CSV GB18030 and .xlsx.</summary>
public sealed class PromotionParserTests
{
    private static readonly ImportFileContext Context = new() { Today = new DateOnly(2026, 12, 1) };

    public static TheoryData<string, string> AdsShapes() => Shapes(PromotionFiles.AdsShapes);

    public static TheoryData<string, string> KeywordShapes() => Shapes(PromotionFiles.KeywordShapes);

    [Theory]
    [MemberData(nameof(AdsShapes))]
    public void EveryAdsShape_Reads_InEveryEncoding(string shape, string encoding)
    {
        var file = PromotionFiles.Named(shape);
        var parsed = PromotionParser.ParseAds(Bytes(file, encoding), Context with { FileName = file.FileName }, storeWindowDays: 15);

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => $"{e.Row}/{e.Column}: {e.Message}")));
        Assert.Equal(file.Rows.Count - PromotionFiles.HeaderIndex(file) - 1, parsed.Rows.Count);
        Assert.DoesNotContain(parsed.Warnings, w => w.Message.Contains("disagrees", StringComparison.Ordinal));
        var expected = Expected[shape];
        Assert.All(parsed.Rows, row => Assert.Equal(expected.Level, row.Level));
        Assert.All(parsed.Rows, row => Assert.Equal(expected.Window, row.WindowDays));
        Assert.Equal(expected.FirstScene, parsed.Rows[0].Scene);
    }

    [Theory]
    [MemberData(nameof(KeywordShapes))]
    public void EverySearchKeywordShape_Reads_InEveryEncoding(string shape, string encoding)
    {
        var file = PromotionFiles.Named(shape);
        var parsed = PromotionParser.ParseSearchKeywords(Bytes(file, encoding), Context with { FileName = file.FileName });

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => $"{e.Row}/{e.Column}: {e.Message}")));
        Assert.Equal(file.Rows.Count - PromotionFiles.HeaderIndex(file) - 1, parsed.Rows.Count);
        Assert.Equal("羊毛大衣女", parsed.Rows[0].Keyword);
        Assert.DoesNotContain(parsed.Warnings, w => w.Message.Contains("disagrees", StringComparison.Ordinal));
    }

    [Fact]
    public void ProductReport_StoresDirectIndirectFavoritesAndItemIdsAsText()
    {
        var parsed = PromotionParser.ParseAds(PromotionFiles.ProductReport.Utf8(), Context, 15);

        var first = parsed.Rows[0];
        Assert.Equal(("春季上新", "680512345678901234", "羊毛大衣"), (first.Plan, first.Item, first.ItemName));
        Assert.Equal((10000L, 400L, 60000L), (first.Impressions!.Value, first.Clicks!.Value, first.CostMinor!.Value));
        Assert.Equal((100000L, 50000L, 10L), (first.DirectAmountMinor!.Value, first.IndirectAmountMinor!.Value, first.Orders!.Value));
        Assert.Equal((30L, 15L), (first.Carts!.Value, first.Favorites!.Value));
        Assert.Contains(parsed.Warnings, w => w.Column == "平台助推总成交");
        Assert.Contains(parsed.Warnings, w => w.Row is null && w.Message.Contains("15 days", StringComparison.Ordinal));
    }

    [Fact]
    public void SceneReport_WithOnlyTheTotal_StoresItAsDirect_IndirectUnknown()
    {
        var parsed = PromotionParser.ParseAds(PromotionFiles.SceneReport.Utf8(), Context, 15);

        Assert.All(parsed.Rows, r => Assert.Null(r.IndirectAmountMinor));
        Assert.Equal(160000L, parsed.Rows[0].DirectAmountMinor);
        Assert.Contains("indirect_amount_minor", parsed.Columns);
    }

    [Fact]
    public void OldThroughTrainReport_MapsToTheCurrentScene_AndTakesTheWindowFromTheTitle()
    {
        var file = PromotionFiles.OldThroughTrainReport;
        var parsed = PromotionParser.ParseAds(file.Utf8(), Context with { FileName = file.FileName }, 1);

        var row = Assert.Single(parsed.Rows);
        Assert.Equal(("关键词推广", "爆款计划", 15, 12L), (row.Scene, row.Plan, row.WindowDays, row.Favorites!.Value));
        Assert.Equal(AdLevel.Plan, row.Level);
    }

    [Theory]
    [InlineData("直通车", "关键词推广")]
    [InlineData("引力魔方", "精准人群推广")]
    [InlineData("万相台", "智能场景")]
    [InlineData("货品全站推广", "货品全站推广")]
    public void OldSceneNamesInTheSceneColumn_MapToCurrentNames(string written, string current)
    {
        var csv = $"日期,场景名字,展现量,点击量,花费\n2026-11-01,{written},100,5,10\n";
        var parsed = PromotionParser.ParseAds(ImportFiles.Utf8(csv), Context, 15);

        Assert.Equal(current, Assert.Single(parsed.Rows).Scene);
    }

    [Theory]
    [InlineData("7天", 7)]
    [InlineData("30", 30)]
    [InlineData("1天", 1)]
    public void WindowColumn_WinsOverTheStoreSetting(string cell, int days)
    {
        var parsed = PromotionParser.ParseAds(ImportFiles.Utf8($"日期,场景名字,归因周期,展现量,点击量,花费\n2026-11-01,关键词推广,{cell},100,5,10\n"), Context, 15);

        Assert.Equal(days, Assert.Single(parsed.Rows).WindowDays);
    }

    [Fact]
    public void BadRows_AreErrorsNamingRowAndColumn_AndNoRowIsKept()
    {
        var csv = ImportFiles.Lines(
            "日期,场景名字,计划名字,归因周期,展现量,点击量,花费",
            "2026-11-01,关键词推广,A,15天,100,5,10",
            "2026-11-01,关键词推广,B,15天,100,abc,10",
            "2026-11-01,关键词推广,C,15天,100,500,10",
            "2026-11-01,关键词推广,D,5天,100,5,10",
            "2026-12-05,关键词推广,E,15天,100,5,10",
            "2026-11-01,关键词推广,A,15天,100,5,10");

        var parsed = PromotionParser.ParseAds(ImportFiles.Utf8(csv), Context, 15);

        Assert.False(parsed.IsValid);
        Assert.Empty(parsed.Rows);
        Assert.Contains(parsed.Errors, e => e.Row == 3 && e.Column == "点击量");
        Assert.Contains(parsed.Errors, e => e.Row == 4 && e.Column == "点击量" && e.Message.Contains("more than impressions", StringComparison.Ordinal));
        Assert.Contains(parsed.Errors, e => e.Row == 5 && e.Column == "归因周期");
        Assert.Contains(parsed.Errors, e => e.Row == 6 && e.Column == "日期");
        Assert.True(parsed.Errors.Any(e => e.Row == 7 && e.Message.Contains("row 2", StringComparison.OrdinalIgnoreCase)), string.Join("; ", parsed.Errors.Select(e => $"{e.Row}/{e.Column}: {e.Message}")));
    }

    [Fact]
    public void ARateThatDisagreesWithTheCounts_IsAWarning_NeverStored()
    {
        var parsed = PromotionParser.ParseAds(ImportFiles.Utf8("日期,场景名字,展现量,点击量,花费,点击率\n2026-11-01,关键词推广,1000,40,10,0.05\n"), Context, 15);

        Assert.True(parsed.IsValid);
        Assert.Contains(parsed.Warnings, w => w.Row == 2 && w.Column == "点击率");
    }

    [Fact]
    public void SearchKeywords_PayingBuyersAboveVisitors_IsAnError()
    {
        var parsed = PromotionParser.ParseSearchKeywords(ImportFiles.Utf8("日期,搜索词,访客数,支付买家数\n2026-11-01,大衣,10,11\n"), Context);

        Assert.Contains(parsed.Errors, e => e.Row == 2 && e.Column == "支付买家数");
    }

    [Fact]
    public void ErrorsComeInChinese_WhenAskedFor()
    {
        var parsed = PromotionParser.ParseAds(ImportFiles.Utf8("日期,场景名字,展现量,点击量,花费\n2026-11-01,关键词推广,10,50,1\n"), Context with { Culture = ImportCultures.Chinese }, 15);

        Assert.Contains(parsed.Errors, e => e.Message.Contains("点击量（50）大于展现量（10）", StringComparison.Ordinal));
    }

    private sealed record Expectation(AdLevel Level, int Window, string FirstScene);

    private static readonly Dictionary<string, Expectation> Expected = new()
    {
        ["product"] = new(AdLevel.Item, 15, "关键词推广"),
        ["plan"] = new(AdLevel.Plan, 7, "关键词推广"),
        ["scene"] = new(AdLevel.Scene, 15, "关键词推广"),
        ["keyword"] = new(AdLevel.Keyword, 15, "关键词推广"),
        ["crowd"] = new(AdLevel.Crowd, 15, "人群推广"),
        ["old-ztc"] = new(AdLevel.Plan, 15, "关键词推广"),
    };

    private static TheoryData<string, string> Shapes(IEnumerable<PromotionFile> files)
    {
        var data = new TheoryData<string, string>();
        foreach (var file in files)
        {
            foreach (var encoding in new[] { "utf8", "gb18030", "xlsx" })
            {
                data.Add(file.Name, encoding);
            }
        }

        return data;
    }

    internal static byte[] Bytes(PromotionFile file, string encoding) => encoding switch
    {
        "gb18030" => file.Gb18030(),
        "xlsx" => XlsxWriter.Write(file.Cells(PromotionFiles.HeaderIndex(file))),
        _ => file.Utf8(),
    };
}
