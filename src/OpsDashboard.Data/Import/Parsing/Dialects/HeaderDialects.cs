using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// The exports we read (DOMAIN §5, §9) and how a file's dialect is told: the dialect with the most of
/// its own names in any header candidate row wins; on a tie the store's platform decides; a file with
/// none of any dialect's own names is read as its store's platform exports (生意参谋 when unknown).
/// </summary>
internal static class HeaderDialects
{
    /// <summary>淘宝/天猫 生意参谋: the common catalogue as it is.</summary>
    public static HeaderDialect BusinessAdvisor { get; } = new HeaderDialect("sycm", "生意参谋", ["tmall", "taobao"])
        .Identify(["支付金额", "支付买家数", "跳失人数", "跳失率", "商品详情页跳出率", "支付转化率", "下单买家数", "商品支付金额", "商品支付买家数"]);

    /// <summary>京东商智 (store funnel and SKU): 成交 names, a 同比 column after each figure, no bounce.</summary>
    public static HeaderDialect Jd { get; } = new HeaderDialect("jd", "京东商智", ["jd"])
        .Map(new KeyColumn(KeyField.Date), ["时间"])
        .Map(Fact("visitors"), ["访客数(UV)"], identifying: true)
        .Map(Fact("page_views"), ["浏览量(PV)"], identifying: true)
        .Map(Fact("order_buyers"), ["下单客户数"], identifying: true)
        .Map(Fact("paying_buyers"), ["成交客户数"], identifying: true)
        .Map(Fact("payment_amount_minor"), ["成交金额", "成交金额(元)"])
        .Map(Derived(Catalogue.VisitDepth), ["人均浏览量(人均PV)"], identifying: true)
        .Map(Derived(Catalogue.ConversionRate), ["成交转化率"])
        .Map(Derived(Catalogue.AddToCartRate), ["加购转换率"], identifying: true)
        .Map(Derived(Catalogue.OrderConversionRate), ["下单转换率"], identifying: true)
        .Map(Ignored("IgnoredYearOnYear"), ["同比"], identifying: true)
        .Map(Ignored("IgnoredOrderCount"), ["成交单量", "成交子单量"], identifying: true)
        .Map(Ignored("IgnoredNotStored"), ["下单金额", "关注客户数"])
        .Identify(["SKU"]);

    /// <summary>抖店 电商罗盘: 用户支付金额 is the payment (成交金额 is another figure), visitors are product-page clickers.</summary>
    public static HeaderDialect Douyin { get; } = new HeaderDialect("douyin", "抖店罗盘", ["douyin"])
        .Map(Fact("payment_amount_minor"), ["用户支付金额"], identifying: true)
        .Map(Fact("paying_buyers"), ["成交人数"], identifying: true)
        .Map(Fact("visitors"), ["商品点击人数"], identifying: true)
        .Map(Fact("refund_amount_minor"), ["退款金额(退款时间)"], identifying: true)
        .Map(Derived(Catalogue.ConversionRate), ["商品点击-成交转化率(人数)"], identifying: true)
        .Map(Ignored("IgnoredDouyinGmv"), ["成交金额"])
        .Map(Ignored("IgnoredDouyinAov"), ["客单价"])
        .Map(Ignored("IgnoredOrderCount"), ["成交订单数"])
        .Map(Ignored("IgnoredPayTimeRefund"), ["退款金额(支付时间)", "退款率(支付时间)", "退款订单数(支付时间)"], identifying: true)
        .Map(Ignored("IgnoredNotStored"), ["商品曝光人数", "结算金额", "成交退款金额(退款时间)", "退款订单数(退款时间)", "商品曝光-点击转化率(人数)"], identifying: true);

    /// <summary>拼多多 商家后台 数据中心: 店铺 columns for the store, 商品 columns for an item, no bounce.</summary>
    public static HeaderDialect Pinduoduo { get; } = new HeaderDialect("pinduoduo", "拼多多", ["pinduoduo"])
    {
        Preferences =
        [
            new HeaderPreference(["店铺访客数", "商品访客数"], "IgnoredStoreColumnRead"),
            new HeaderPreference(["店铺浏览量", "商品浏览量"], "IgnoredStoreColumnRead"),
        ],
    }
        .Map(Fact("visitors"), ["店铺访客数"], identifying: true)
        .Map(Fact("page_views"), ["店铺浏览量"], identifying: true)
        .Map(Fact("paying_buyers"), ["成交买家数"], identifying: true)
        .Map(Fact("payment_amount_minor"), ["成交金额"])
        .Map(Fact("units"), ["成交件数"])
        .Map(Fact("favorite_buyers"), ["商品收藏用户数"], identifying: true)
        .Map(Derived(Catalogue.ConversionRate), ["成交转化率"])
        .Map(Derived(Catalogue.VisitorValue), ["成交UV价值"], identifying: true)
        .Map(Ignored("IgnoredOrderCount"), ["成交订单数"])
        .Map(Ignored("IgnoredNotStored"), ["成交老买家占比", "店铺关注用户数", "退款单数", "被访问商品数", "下单率", "成交率"], identifying: true);

    /// <summary>Shopify analytics (CSV): sessions-based funnel, Total sales as the payment, currency from the store.</summary>
    public static HeaderDialect Shopify { get; } = new ShopifyDialect();

    public static IReadOnlyList<HeaderDialect> All { get; } = [BusinessAdvisor, Jd, Douyin, Pinduoduo, Shopify];

    /// <summary>The dialect of a file from its first rows (title block and header), the store's platform breaking ties.</summary>
    public static HeaderDialect Choose(IReadOnlyList<RawRow> rows, string? platform)
    {
        var candidates = rows.TakeWhile(row => row.Number <= HeaderRowFinder.RowsToScan).ToList();
        var scored = All
            .Select(dialect => (Dialect: dialect, Score: candidates.Select(row => dialect.Score(row.Cells)).DefaultIfEmpty(0).Max()))
            .ToList();
        var best = scored.Max(entry => entry.Score);
        var tied = scored.Where(entry => entry.Score == best).Select(entry => entry.Dialect).ToList();
        return tied.FirstOrDefault(dialect => platform is not null && dialect.Platforms.Contains(platform))
            ?? (best > 0 ? tied[0] : BusinessAdvisor);
    }

    /// <summary>The dialect whose stores are on <paramref name="platform"/>, or null for a platform whose exports we read as 生意参谋's.</summary>
    public static HeaderDialect? ForPlatform(string? platform) =>
        All.FirstOrDefault(dialect => platform is not null && dialect.Platforms.Contains(platform));

    private static FactColumnMeaning Fact(string fact) => new(fact);

    private static DerivedMetricColumn Derived(Metric metric) => new(DerivedMetric.Of(metric));

    private static IgnoredColumn Ignored(string reasonKey) => new(new ImportMessage(reasonKey));
}
