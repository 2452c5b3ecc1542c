using OpsDashboard.Core.Metrics;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

public class HeaderCatalogTests
{
    [Theory]
    [InlineData("visitors", "visitors")]
    [InlineData("VISITORS", "visitors")]
    [InlineData("访客数", "visitors")]
    [InlineData("商品访客数", "visitors")]
    [InlineData("浏览量", "page_views")]
    [InlineData("商品浏览量", "page_views")]
    [InlineData("跳失人数", "bounced_visitors")]
    [InlineData("老访客数", "returning_visitors")]
    [InlineData("商品加购人数", "add_to_cart_buyers")]
    [InlineData("商品下单买家数", "order_buyers")]
    [InlineData("商品支付买家数", "paying_buyers")]
    [InlineData("商品支付件数", "units")]
    [InlineData("支付金额", "payment_amount_minor")]
    [InlineData("支付金额(元)", "payment_amount_minor")]
    [InlineData("支付金额（元）", "payment_amount_minor")]
    [InlineData("商品支付金额", "payment_amount_minor")]
    [InlineData("payment_amount", "payment_amount_minor")]
    [InlineData("退款金额", "refund_amount_minor")]
    [InlineData("咨询人数", "inquirers")]
    [InlineData("询单成交人数", "inquiry_paying_buyers")]
    [InlineData("同行同层平均支付转化率", "peer_conversion_rate_units")]
    [InlineData("描述相符", "dsr_description")]
    [InlineData("DSR描述", "dsr_description")]
    [InlineData("服务态度评分", "dsr_service")]
    [InlineData("dsr物流", "dsr_logistics")]
    [InlineData("是否预售", "presale")]
    [InlineData("库存", "stock_on_hand")]
    [InlineData("差评数", "negative_reviews")]
    [InlineData("展现量", "impressions")]
    [InlineData("点击量", "clicks")]
    [InlineData("花费", "cost_minor")]
    [InlineData("\uFEFFvisitors", "visitors")]
    [InlineData("\"访客数\"", "visitors")]
    [InlineData("  Page Views ", "page_views")]
    public void Fact_names_in_every_dialect_resolve_to_the_database_column(string header, string fact) =>
        Assert.Equal(new FactColumnMeaning(fact), HeaderCatalog.Find(header));

    [Theory]
    [InlineData("date", nameof(KeyField.Date))]
    [InlineData("日期", nameof(KeyField.Date))]
    [InlineData("统计日期", nameof(KeyField.Date))]
    [InlineData("sku_code", nameof(KeyField.SkuCode))]
    [InlineData("SKU", nameof(KeyField.SkuCode))]
    [InlineData("商品ID", nameof(KeyField.SkuCode))]
    [InlineData("商品id", nameof(KeyField.SkuCode))]
    [InlineData("商品名称", nameof(KeyField.SkuName))]
    [InlineData("类目", nameof(KeyField.SkuCategory))]
    [InlineData("流量来源", nameof(KeyField.SourceName))]
    [InlineData("来源名称", nameof(KeyField.SourceName))]
    [InlineData("来源类型", nameof(KeyField.SourceKind))]
    public void Key_names_resolve_to_their_field(string header, string field) =>
        Assert.Equal(new KeyColumn(Enum.Parse<KeyField>(field)), HeaderCatalog.Find(header));

    [Theory]
    [InlineData("主商品ID")]
    [InlineData("下单金额")]
    [InlineData("商品ID号")]
    [InlineData("访客")]
    [InlineData("支付金额合计")]
    public void Names_match_whole_never_in_part(string header) =>
        Assert.Null(HeaderCatalog.Find(header));

    [Theory]
    [InlineData("跳失率")]
    [InlineData("bounce_rate")]
    [InlineData("商品详情页跳出率")]
    public void Bounce_rate_names_stand_in_for_bounced_visitors(string header) =>
        Assert.Equal(new CountRateColumn(new DerivedMetric("bounced_visitors", "visitors", MetricScale.Rate)), HeaderCatalog.Find(header));

    [Theory]
    [InlineData("支付转化率")]
    [InlineData("商品支付转化率")]
    [InlineData("下单转化率")]
    [InlineData("客单价")]
    [InlineData("人均浏览量")]
    [InlineData("访问深度")]
    [InlineData("加购率")]
    [InlineData("UV价值")]
    [InlineData("老访客占比")]
    [InlineData("conversion_rate")]
    [InlineData("average_order_value")]
    public void Computed_rates_are_recognised_but_only_for_checking(string header) =>
        Assert.IsType<DerivedMetricColumn>(HeaderCatalog.Find(header));

    [Fact]
    public void Clean_strips_whitespace_bom_and_surrounding_quotes_but_keeps_case() =>
        Assert.Equal("商品ID", HeaderCatalog.Clean(" \uFEFF\"商品ID\" "));
}
