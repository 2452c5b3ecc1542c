namespace OpsDashboard.Data.Import.Promotion;

/// <summary>The fields of the ads and search-keyword files (DOMAIN §7).</summary>
internal enum PromotionField
{
    Date,
    Scene,
    Plan,
    Unit,
    Item,
    ItemName,
    Keyword,
    Crowd,
    Window,
    Impressions,
    Clicks,
    Cost,
    DirectAmount,
    IndirectAmount,
    TotalAmount,
    Orders,
    Carts,
    FavoriteItems,
    FavoriteShops,
    Favorites,
    PresaleAmount,
    Visitors,
    PageViews,
    PayingBuyers,
    PaymentAmount,

    // Rates and derived figures: read only to check them against the counts.
    CheckCtr,
    CheckCpc,
    CheckCpm,
    CheckRoi,
    CheckCvr,
    CheckConversion,

    /// <summary>A column of the real export that is known and deliberately not stored (ids, types, the many derived figures).</summary>
    Known,
}

/// <summary>
/// Whole-name header matching for the 万相台/直通车 reports and 生意参谋 search-keyword exports (real
/// export names from EXPORTS.md, plus English snake_case names). Names never match in part.
/// </summary>
internal static class PromotionHeaders
{
    private static readonly Dictionary<string, PromotionField> Ads = Build(new()
    {
        [PromotionField.Date] = ["日期", "统计日期", "date"],
        [PromotionField.Scene] = ["场景名字", "场景名称", "场景", "scene"],
        [PromotionField.Plan] = ["计划名字", "计划名称", "推广计划", "推广计划名称", "plan"],
        [PromotionField.Unit] = ["单元名字", "单元名称", "推广单元", "推广单元名称", "unit"],
        [PromotionField.Item] = ["主体ID", "宝贝ID", "商品ID", "item", "item_id"],
        [PromotionField.ItemName] = ["主体名称", "宝贝名称", "商品名称", "item_name"],
        [PromotionField.Keyword] = ["词名字/词包名字", "词名字", "词包名字", "关键词", "关键词名称", "keyword"],
        [PromotionField.Crowd] = ["人群名字", "人群名称", "定向人群", "crowd"],
        [PromotionField.Window] = ["归因周期", "成交归因周期", "转化周期", "效果周期", "attribution_window", "window"],
        [PromotionField.Impressions] = ["展现量", "impressions"],
        [PromotionField.Clicks] = ["点击量", "clicks"],
        [PromotionField.Cost] = ["花费", "cost"],
        [PromotionField.DirectAmount] = ["直接成交金额", "direct_amount"],
        [PromotionField.IndirectAmount] = ["间接成交金额", "indirect_amount"],
        [PromotionField.TotalAmount] = ["总成交金额", "amount"],
        [PromotionField.Orders] = ["总成交笔数", "orders"],
        [PromotionField.Carts] = ["总购物车数", "carts"],
        [PromotionField.FavoriteItems] = ["收藏宝贝数"],
        [PromotionField.FavoriteShops] = ["收藏店铺数"],
        [PromotionField.Favorites] = ["总收藏数", "favorites"],
        [PromotionField.PresaleAmount] = ["总预售成交金额", "presale_amount"],
        [PromotionField.CheckCtr] = ["点击率", "ctr"],
        [PromotionField.CheckCpc] = ["平均点击花费", "cpc"],
        [PromotionField.CheckCpm] = ["千次展现花费", "cpm"],
        [PromotionField.CheckRoi] = ["投入产出比", "roi"],
        [PromotionField.CheckCvr] = ["点击转化率", "cvr"],
        [PromotionField.Known] =
        [
            "场景ID", "原二级场景ID", "原二级场景名字", "计划ID", "单元ID", "主体类型", "词类型", "平均展现排名", "含预售投产比",
            "总预售成交笔数", "直接预售成交金额", "直接预售成交笔数", "间接预售成交金额", "间接预售成交笔数", "直接成交笔数", "间接成交笔数",
            "总成交成本", "直接购物车数", "间接购物车数", "加购率", "总收藏加购数", "总收藏加购成本", "加购成本", "旺旺咨询量", "引导访问人数",
            "引导访问潜客数", "引导访问潜客占比", "成交新客数", "成交新客占比", "成交人数", "自然流量转化金额", "自然流量曝光量",
        ],
    });

    private static readonly Dictionary<string, PromotionField> Keywords = Build(new()
    {
        [PromotionField.Date] = ["日期", "统计日期", "date"],
        [PromotionField.Keyword] = ["搜索词", "关键词", "进店关键词", "成交关键词", "来源关键词", "keyword"],
        [PromotionField.Item] = ["商品ID", "宝贝ID", "item", "item_id"],
        [PromotionField.ItemName] = ["商品名称", "宝贝名称", "item_name"],
        [PromotionField.Visitors] = ["访客数", "visitors"],
        [PromotionField.PageViews] = ["浏览量", "page_views"],
        [PromotionField.PayingBuyers] = ["支付买家数", "paying_buyers"],
        [PromotionField.PaymentAmount] = ["支付金额", "payment_amount"],
        [PromotionField.CheckConversion] = ["支付转化率", "conversion_rate"],
        [PromotionField.Known] = ["排名", "词类型", "搜索人气", "点击人气", "点击率", "支付件数", "客单价", "UV价值"],
    });

    public static PromotionField? Find(ImportKind kind, string header)
    {
        var name = header.Trim().Trim('\uFEFF').Trim();
        var table = kind == ImportKind.Ads ? Ads : Keywords;
        return table.TryGetValue(name, out var field) ? field : null;
    }

    private static Dictionary<string, PromotionField> Build(Dictionary<PromotionField, string[]> names) =>
        names.SelectMany(pair => pair.Value.Select(name => (name, pair.Key)))
            .ToDictionary(p => p.name, p => p.Key, StringComparer.OrdinalIgnoreCase);
}
