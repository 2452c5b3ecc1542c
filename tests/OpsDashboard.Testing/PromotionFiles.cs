using System.Globalization;
using System.Text;

namespace OpsDashboard.Testing;

/// <summary>One generated export: the name it is downloaded under and its rows (title block, header, data) as cell texts.</summary>
public sealed record PromotionFile(string Name, string FileName, IReadOnlyList<string[]> Rows)
{
    /// <summary>The file as CSV text (cells with a comma or quote quoted).</summary>
    public string Csv() => string.Concat(Rows.Select(row => string.Join(',', row.Select(Quote)) + "\r\n"));

    public byte[] Utf8() => new UTF8Encoding(false).GetBytes(Csv());

    public byte[] Gb18030() => CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!.GetBytes(Csv());

    /// <summary>The rows for a workbook: numbers as numbers (as the platform writes them), ids and names as text.</summary>
    public IReadOnlyList<object?[]> Cells(int headerRow)
    {
        var header = Rows[headerRow];
        return Rows.Select((row, r) => row.Select((cell, c) =>
            r > headerRow && !header[c].Contains("ID", StringComparison.Ordinal) && cell.Length > 0 && !cell.EndsWith('%')
                && decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                ? (object?)number
                : cell).ToArray()).ToList();
    }

    private static string Quote(string cell) =>
        cell.Contains(',', StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal) ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}

/// <summary>
/// Files shaped exactly like the 万相台/直通车 and 生意参谋 exports of DOMAIN §7 (header lists from
/// EXPORTS.md, confirmed in public parsers of the real files), with small hand-computable figures.
/// </summary>
public static class PromotionFiles
{
    /// <summary>万相台 商品报表: the full real header, rates as decimals (点击率 0.04208), money without ¥, a title-free file.</summary>
    public static PromotionFile ProductReport { get; } = new("product", "万相台商品报表_2026-11-02_utf8.csv",
    [
        ["日期", "场景ID", "场景名字", "原二级场景ID", "原二级场景名字", "计划ID", "计划名字", "主体ID", "主体类型", "主体名称", "展现量", "点击量", "花费",
         "点击率", "平均点击花费", "千次展现花费", "总预售成交金额", "总预售成交笔数", "直接成交金额", "间接成交金额", "总成交金额", "总成交笔数",
         "直接成交笔数", "间接成交笔数", "点击转化率", "投入产出比", "含预售投产比", "总成交成本", "总购物车数", "直接购物车数", "间接购物车数", "加购率",
         "收藏宝贝数", "收藏店铺数", "总收藏加购数", "总收藏加购成本", "总收藏数", "加购成本", "旺旺咨询量", "引导访问人数", "引导访问潜客数",
         "引导访问潜客占比", "成交新客数", "成交新客占比", "成交人数", "自然流量转化金额", "自然流量曝光量", "平台助推总成交"],
        ["2026-11-01", "371", "关键词推广", "", "", "90001", "春季上新", "680512345678901234", "商品", "羊毛大衣", "10000", "400", "600.00",
         "0.04", "1.5", "60", "0", "0", "1000.00", "500.00", "1500.00", "10",
         "7", "3", "0.025", "2.5", "2.5", "60", "30", "20", "10", "0.075",
         "12", "3", "45", "13.33", "15", "20", "5", "380", "100",
         "0.26", "6", "0.6", "9", "300", "20000", "0"],
        ["2026-11-02", "372", "人群推广", "", "精准人群推广", "90002", "老客召回", "680512345678905678", "商品", "羊绒围巾", "20000", "200", "500.00",
         "0.01", "2.5", "25", "0", "0", "300.00", "100.00", "400.00", "4",
         "3", "1", "0.02", "0.8", "0.8", "125", "8", "6", "2", "0.04",
         "2", "1", "11", "45.45", "3", "62.5", "1", "190", "40",
         "0.21", "2", "0.5", "4", "80", "9000", "0"],
    ]);

    /// <summary>万相台 计划报表 under a title block, rates as percents (点击率 4.00%), attribution window in the title.</summary>
    public static PromotionFile PlanReport { get; } = new("plan", "万相台计划报表.csv",
    [
        ["万相台无界 计划报表"],
        ["统计日期：2026-11-01~2026-11-02", "归因周期：7天"],
        [""],
        ["日期", "场景ID", "场景名字", "计划ID", "计划名字", "展现量", "点击量", "花费", "点击率", "平均点击花费", "直接成交金额", "间接成交金额", "总成交金额", "总成交笔数", "投入产出比"],
        ["2026-11-01", "371", "关键词推广", "90001", "春季上新", "10000", "400", "600.00", "4.00%", "1.50", "1000.00", "500.00", "1500.00", "10", "2.50"],
        ["2026-11-01", "371", "关键词推广", "90003", "清仓", "5000", "50", "200.00", "1.00%", "4.00", "100.00", "0.00", "100.00", "1", "0.50"],
    ]);

    /// <summary>万相台 场景报表: only 总成交金额 (stored as direct, indirect unknown).</summary>
    public static PromotionFile SceneReport { get; } = new("scene", "万相台场景报表_2026-11-01.csv",
    [
        ["日期", "场景ID", "场景名字", "展现量", "点击量", "花费", "总成交金额", "总成交笔数", "投入产出比"],
        ["2026-11-01", "371", "关键词推广", "15000", "450", "800.00", "1600.00", "11", "2.00"],
        ["2026-11-01", "436", "货品全站推广", "30000", "600", "1200.00", "3000.00", "20", "2.50"],
    ]);

    /// <summary>推广关键词报表_YYYYMMDD_HHMMSS.csv: the keyword report (no window said: the store's setting applies).</summary>
    public static PromotionFile KeywordReport { get; } = new("keyword", "推广关键词报表_20261102_093015.csv",
    [
        ["日期", "词类型", "词名字/词包名字", "宝贝ID", "宝贝名称", "计划ID", "计划名字", "场景名字", "花费", "总成交金额", "展现量", "点击量", "总成交笔数", "平均展现排名"],
        ["2026-11-01", "关键词", "羊毛大衣女", "680512345678901234", "羊毛大衣", "90001", "春季上新", "关键词推广", "350.00", "1200.00", "6000", "250", "8", "3.2"],
        ["2026-11-01", "关键词", "大衣 冬", "680512345678901234", "羊毛大衣", "90001", "春季上新", "关键词推广", "250.00", "0", "4000", "150", "0", "5.6"],
    ]);

    /// <summary>The crowd report: 人群名字, 单元名字, 主体名称 added.</summary>
    public static PromotionFile CrowdReport { get; } = new("crowd", "万相台人群报表_2026-11-02.csv",
    [
        ["日期", "场景名字", "计划名字", "单元名字", "人群名字", "主体ID", "主体名称", "展现量", "点击量", "花费", "总成交金额", "总成交笔数"],
        ["2026-11-02", "人群推广", "老客召回", "单元1", "店铺老客", "680512345678905678", "羊绒围巾", "12000", "150", "300.00", "300.00", "3"],
        ["2026-11-02", "人群推广", "老客召回", "单元1", "相似宝贝人群", "680512345678905678", "羊绒围巾", "8000", "50", "200.00", "100.00", "1"],
    ]);

    /// <summary>An old 直通车 plan report: no scene column (the name says 直通车 → 关键词推广), window in the title (转化周期 15天).</summary>
    public static PromotionFile OldThroughTrainReport { get; } = new("old-ztc", "直通车推广计划报表_2024-03-01.csv",
    [
        ["直通车报表", "转化周期：15天"],
        ["日期", "推广计划名称", "展现量", "点击量", "花费", "点击率", "平均点击花费", "直接成交金额", "间接成交金额", "总成交金额", "总成交笔数", "收藏宝贝数", "收藏店铺数", "总购物车数", "投入产出比"],
        ["2024-03-01", "爆款计划", "8000", "240", "480.00", "3.00%", "2.00", "900.00", "300.00", "1200.00", "6", "10", "2", "15", "2.50"],
    ]);

    /// <summary>生意参谋 搜索词 (store-wide), under a title block.</summary>
    public static PromotionFile SearchTerms { get; } = new("search-terms", "【生意参谋平台】搜索词_2026-11-01_2026-11-02.csv",
    [
        ["【生意参谋平台】搜索词"],
        ["统计日期：2026-11-01~2026-11-02"],
        ["日期", "搜索词", "访客数", "浏览量", "支付买家数", "支付金额", "支付转化率"],
        ["2026-11-01", "羊毛大衣女", "200", "500", "10", "2,380.00", "5.00%"],
        ["2026-11-02", "羊毛大衣女", "300", "700", "12", "2856.00", "4.00%"],
        ["2026-11-01", "围巾", "100", "150", "0", "-", "0.00%"],
    ]);

    /// <summary>生意参谋 成交关键词 per item (商品ID).</summary>
    public static PromotionFile DealKeywordsPerItem { get; } = new("deal-keywords", "成交关键词_2026-11-01.csv",
    [
        ["日期", "成交关键词", "商品ID", "访客数", "浏览量", "支付买家数", "支付金额"],
        ["2026-11-01", "羊毛大衣女", "680512345678901234", "150", "300", "8", "1904.00"],
        ["2026-11-01", "羊毛大衣女", "680512345678909999", "40", "80", "2", "476.00"],
    ]);

    /// <summary>Every ads shape.</summary>
    public static IReadOnlyList<PromotionFile> AdsShapes { get; } = [ProductReport, PlanReport, SceneReport, KeywordReport, CrowdReport, OldThroughTrainReport];

    /// <summary>Every search-keyword shape.</summary>
    public static IReadOnlyList<PromotionFile> KeywordShapes { get; } = [SearchTerms, DealKeywordsPerItem];

    public static PromotionFile Named(string name) => AdsShapes.Concat(KeywordShapes).Single(f => f.Name == name);

    /// <summary>The header row's index in <see cref="PromotionFile.Rows"/>.</summary>
    public static int HeaderIndex(PromotionFile file) => file.Rows.ToList().FindIndex(r => r.Contains("日期"));
}
