using System.Text;
using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Every header name the importer understands, in one place (DOMAIN §2, §5): the English snake_case
/// names, the Chinese export names and the 商品-prefixed names of 生意参谋 product exports.
/// Matching is on the whole name only — <c>主商品ID</c> is not <c>商品ID</c> and <c>下单金额</c> is not
/// <c>支付金额</c> — after trimming, removing a BOM and surrounding quotes, and ignoring case.
/// To accept a new spelling, add it to the list of its meaning below.
/// </summary>
internal static class HeaderCatalog
{
    private static readonly DerivedMetric BounceRate = DerivedMetric.Of(Catalogue.BounceRate);

    private static readonly (ColumnMeaning Meaning, string[] Names)[] Entries =
    [
        // Keys and descriptions.
        (new KeyColumn(KeyField.Date), ["date", "日期", "统计日期"]),
        (new KeyColumn(KeyField.SkuCode), ["sku_code", "sku", "item_id", "商品ID", "宝贝ID"]),
        (new KeyColumn(KeyField.SkuName), ["sku_name", "商品名称", "商品标题"]),
        (new KeyColumn(KeyField.SkuCategory), ["category", "sku_category", "类目", "商品类目"]),
        (new KeyColumn(KeyField.SourceName), ["source", "source_name", "流量来源", "来源名称"]),
        (new KeyColumn(KeyField.SourceKind), ["kind", "source_kind", "来源类型"]),

        // Stored facts, keyed by database column.
        (Fact("visitors"), ["visitors", "uv", "访客数", "商品访客数"]),
        (Fact("page_views"), ["page_views", "pv", "浏览量", "商品浏览量"]),
        (Fact("bounced_visitors"), ["bounced_visitors", "跳失人数"]),
        (Fact("returning_visitors"), ["returning_visitors", "老访客数"]),
        (Fact("add_to_cart_buyers"), ["add_to_cart_buyers", "加购人数", "商品加购人数", "加购客户数"]),
        (Fact("favorite_buyers"), ["favorite_buyers", "收藏人数", "商品收藏人数", "收藏买家数", "商品收藏买家数"]),
        (Fact("average_stay_milliseconds"), ["average_stay_seconds", "average_stay", "平均停留时长", "平均停留时长(秒)", "商品平均停留时长", "商品平均停留时长(秒)", "平均停留时间"]),
        (Fact("order_buyers"), ["order_buyers", "下单买家数", "商品下单买家数"]),
        (Fact("paying_buyers"), ["paying_buyers", "支付买家数", "商品支付买家数"]),
        (Fact("units"), ["units", "支付件数", "商品支付件数", "成交商品件数"]),
        (Fact("payment_amount_minor"), ["payment_amount", "支付金额", "支付金额(元)", "商品支付金额", "商品支付金额(元)"]),
        (Fact("refund_amount_minor"), ["refund_amount", "退款金额", "退款金额(元)", "成功退款金额", "成功退款金额(元)"]),
        (Fact("inquirers"), ["inquirers", "咨询人数"]),
        (Fact("inquiry_paying_buyers"), ["inquiry_paying_buyers", "询单成交人数"]),
        (Fact("peer_conversion_rate_units"), ["peer_conversion_rate", "同行同层平均支付转化率"]),
        (Fact("dsr_description"), ["dsr_description", "描述相符", "DSR描述", "描述相符评分"]),
        (Fact("dsr_service"), ["dsr_service", "服务态度", "DSR服务", "服务态度评分"]),
        (Fact("dsr_logistics"), ["dsr_logistics", "物流服务", "DSR物流", "物流服务评分"]),
        (Fact("presale"), ["presale", "预售", "是否预售"]),
        (Fact("stock_on_hand"), ["stock_on_hand", "stock", "库存"]),
        (Fact("negative_reviews"), ["negative_reviews", "差评数"]),
        (Fact("impressions"), ["impressions", "展现量"]),
        (Fact("clicks"), ["clicks", "点击量"]),
        (Fact("cost_minor"), ["cost", "花费", "花费(元)"]),

        // A rate that becomes a count when the count is missing.
        (new CountRateColumn(BounceRate), ["bounce_rate", "跳失率", "跳出率", "商品详情页跳出率"]),

        // Rates and averages we compute ourselves (metrics of Core's catalogue): read only to cross-check.
        (Derived(Catalogue.ConversionRate), ["conversion_rate", "支付转化率", "商品支付转化率"]),
        (Derived(Catalogue.OrderConversionRate), ["order_conversion_rate", "下单转化率", "商品下单转化率"]),
        (Derived(Catalogue.AverageOrderValue), ["average_order_value", "aov", "客单价", "商品客单价"]),
        (Derived(Catalogue.VisitDepth), ["visit_depth", "人均浏览量", "访问深度", "商品人均浏览量"]),
        (Derived(Catalogue.AddToCartRate), ["add_to_cart_rate", "加购率", "商品加购率"]),
        (Derived(Catalogue.VisitorValue), ["visitor_value", "UV价值", "商品UV价值"]),
        (Derived(Catalogue.InquiryConversion), ["inquiry_conversion_rate", "询单转化率"]),
        (Derived(Catalogue.ReturningShare), ["returning_share", "老访客占比"]),
        (Derived(Catalogue.ClickThroughRate), ["click_through_rate", "ctr", "点击率"]),
        (Derived(Catalogue.CostPerClick), ["cost_per_click", "cpc", "平均点击花费"]),
        (Derived(Catalogue.ReturnOnInvestment), ["roi", "投入产出比"]),
    ];

    private static readonly Dictionary<string, ColumnMeaning> ByName = BuildIndex();

    private static readonly Dictionary<ColumnMeaning, string> Canonical = Entries
        .GroupBy(entry => entry.Meaning)
        .ToDictionary(group => group.Key, group => group.First().Names[0]);

    /// <summary>The meaning of a header cell, or null when the header is not one we know.</summary>
    public static ColumnMeaning? Find(string header) => ByName.GetValueOrDefault(Normalize(header));

    /// <summary>
    /// The English snake_case name of a meaning — the first name in its list ("visitors", "payment_amount",
    /// "sku_code", "conversion_rate") — so screens can name a column without a second catalogue.
    /// </summary>
    public static string CanonicalName(ColumnMeaning meaning) =>
        Canonical.TryGetValue(meaning, out var name) ? name : throw new ArgumentException($"{meaning} is not in the catalog.", nameof(meaning));

    /// <summary>The English snake_case name of a stored fact column ("payment_amount_minor" → "payment_amount").</summary>
    public static string CanonicalName(string fact) => CanonicalName(new FactColumnMeaning(fact));

    /// <summary>How a key column is named in messages: its usual Chinese and English names.</summary>
    public static string DisplayName(KeyField field) => field switch
    {
        KeyField.Date => "日期/date",
        KeyField.SkuCode => "商品ID/sku_code",
        KeyField.SkuName => "商品名称/sku_name",
        KeyField.SkuCategory => "类目/category",
        KeyField.SourceName => "流量来源/source",
        _ => "来源类型/source_kind",
    };

    /// <summary>A header as the user wrote it, minus the noise exports add: whitespace, a BOM, surrounding quotes.</summary>
    public static string Clean(string header)
    {
        var text = header.Trim().Trim('\uFEFF').Trim();
        while (text.Length >= 2 && IsQuotePair(text[0], text[^1]))
        {
            text = text[1..^1].Trim();
        }

        return text;
    }

    /// <summary>
    /// The comparison form of a header: cleaned, lower case, full-width brackets made ASCII, no space
    /// next to a bracket, other inner spaces as underscores ("Page Views" is page_views).
    /// </summary>
    internal static string Normalize(string header)
    {
        var text = Clean(header).Replace('（', '(').Replace('）', ')').ToLowerInvariant();
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                builder.Append(text[i]);
                continue;
            }

            var end = i;
            while (end + 1 < text.Length && char.IsWhiteSpace(text[end + 1]))
            {
                end++;
            }

            var besideBracket = text[i - 1] is '(' or ')' || text[end + 1] is '(' or ')';
            if (!besideBracket)
            {
                builder.Append('_');
            }

            i = end;
        }

        return builder.ToString();
    }

    private static bool IsQuotePair(char first, char last) =>
        (first, last) is ('"', '"') or ('\'', '\'') or ('“', '”') or ('‘', '’');

    private static FactColumnMeaning Fact(string fact) => new(fact);

    private static DerivedMetricColumn Derived(Metric metric) => new(DerivedMetric.Of(metric));

    private static Dictionary<string, ColumnMeaning> BuildIndex()
    {
        var index = new Dictionary<string, ColumnMeaning>(StringComparer.Ordinal);
        foreach (var (meaning, names) in Entries)
        {
            foreach (var name in names)
            {
                // A name with two meanings would make imports depend on list order; fail loudly instead.
                if (!index.TryAdd(Normalize(name), meaning))
                {
                    throw new InvalidOperationException($"Header name '{name}' is listed twice in the catalog.");
                }
            }
        }

        return index;
    }
}
