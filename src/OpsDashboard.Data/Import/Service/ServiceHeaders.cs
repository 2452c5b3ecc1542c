using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Import.Service;

/// <summary>
/// The header names of the four kinds of DOMAIN §7, as the real exports spell them (docs/service.md
/// lists them) plus English snake_case names. Whole names only, compared like every header
/// (<see cref="HeaderCatalog.Normalize"/>); a 赤兔 column marked delayed (<c>询单人数延</c>,
/// <c>询单人数(延)</c>) is the same column.
/// </summary>
internal static class ServiceHeaders
{
    private static readonly (ServiceField Field, string[] Names)[] Agents =
    [
        (ServiceField.Date, ["date", "日期", "统计日期", "时间"]),
        (ServiceField.Agent, ["agent", "旺旺", "客服", "子账号", "客服旺旺", "旺旺名", "客服昵称", "客服名称", "客服账号"]),
        (ServiceField.Consulted, ["consulted", "咨询人数"]),
        (ServiceField.Received, ["received", "接待人数"]),
        (ServiceField.Inquirers, ["inquirers", "询单人数"]),
        (ServiceField.InquiryPayingBuyers, ["inquiry_paying_buyers", "询单->最终付款人数", "询单最终付款人数", "询单成交人数", "询单->付款人数"]),
        (ServiceField.SalesAmount, ["sales_amount", "客服销售额", "客服销售额(元)", "销售额"]),
        (ServiceField.AverageResponse, ["average_response_seconds", "平均响应(秒)", "平均响应时长", "平均响应时长(秒)", "平均响应时间"]),
        (ServiceField.Unanswered, ["unanswered", "未回复人数"]),
        (ServiceField.Refunds, ["refunds", "退款笔数"]),
        (ServiceField.CheckInquiryConversion, ["inquiry_conversion_rate", "询单->最终付款成功率", "询单转化率", "询单->最终付款转化率"]),
        (ServiceField.Ignored, ["客单价", "回复率", "客件数", "付款流失人数", "买家消息数", "客服消息数", "答问比", "客户满意比", "退款率", "转发人数", "询单->下单人数", "询单->下单成功率", "下单->最终付款成功率"]),
    ];

    private static readonly (ServiceField Field, string[] Names)[] Refunds =
    [
        (ServiceField.RefundId, ["refund_id", "退款编号", "退款单号"]),
        (ServiceField.OrderId, ["order_id", "订单编号", "订单号"]),
        (ServiceField.PaidAt, ["paid_at", "订单付款时间", "付款时间"]),
        (ServiceField.SkuCode, ["sku_code", "宝贝ID", "商品编码", "商品ID"]),
        (ServiceField.Title, ["title", "宝贝标题", "商品标题", "商品名称"]),
        (ServiceField.PaidAmount, ["paid_amount", "买家实际支付金额"]),
        (ServiceField.RefundAmount, ["refund_amount", "买家退款金额", "退款金额"]),
        (ServiceField.AppliedAt, ["applied_at", "退款的申请时间", "退款申请时间", "申请时间"]),
        (ServiceField.CompletedAt, ["completed_at", "退款完结时间", "退款完成时间", "完结时间"]),
        (ServiceField.Status, ["status", "退款状态"]),
        (ServiceField.Reason, ["reason", "买家退款原因", "退款原因"]),
        (ServiceField.ReturnRequired, ["return_required", "是否需要退货"]),
        (ServiceField.GoodsStatus, ["goods_status", "货物状态"]),
        (ServiceField.Ignored, ["支付宝交易号", "手工退款/系统退款", "客服介入状态", "买家退款说明", "退款类型", "售中或售后", "商家备注"]),
    ];

    private static readonly (ServiceField Field, string[] Names)[] Competitors =
    [
        (ServiceField.Date, ["date", "日期", "统计日期"]),
        (ServiceField.ShopName, ["shop", "shop_name", "店铺名称", "店铺", "竞店"]),
        (ServiceField.ItemName, ["item", "item_name", "商品名称", "商品", "竞品"]),
        (ServiceField.RivalId, ["rival_id", "店铺ID", "商品ID", "宝贝ID"]),
        (ServiceField.IsSelf, ["is_self", "是否本店", "是否本品"]),
        (ServiceField.TradeIndex, ["trade_index", "交易指数"]),
        (ServiceField.TrafficIndex, ["traffic_index", "uv_index", "流量指数"]),
        (ServiceField.SearchPopularity, ["search_popularity", "搜索人气"]),
        (ServiceField.FavoritePopularity, ["favorite_popularity", "收藏人气"]),
        (ServiceField.CartPopularity, ["cart_popularity", "加购人气"]),
        (ServiceField.ConversionIndex, ["conversion_index", "支付转化指数"]),
        (ServiceField.CustomerIndex, ["customer_index", "客群指数"]),
        (ServiceField.Ignored, ["排名", "类目", "所属店铺", "类目排名", "店铺类型"]),
    ];

    private static readonly (ServiceField Field, string[] Names)[] Losses =
    [
        (ServiceField.Date, ["date", "日期", "统计日期"]),
        (ServiceField.ShopName, ["shop", "shop_name", "店铺名称", "店铺", "竞店"]),
        (ServiceField.ItemName, ["item", "item_name", "商品名称", "商品", "竞品"]),
        (ServiceField.RivalShop, ["rival_shop", "所属店铺"]),
        (ServiceField.LossIndex, ["loss_index", "流失指数"]),
        (ServiceField.LossPopularity, ["loss_popularity", "流失人气"]),
        (ServiceField.Ignored, ["排名", "商品ID", "店铺ID", "流失人数", "类目"]),
    ];

    private static readonly Dictionary<ServiceImportKind, Dictionary<string, ServiceField>> Index = new()
    {
        [ServiceImportKind.ServiceAgents] = Build(Agents),
        [ServiceImportKind.Refunds] = Build(Refunds),
        [ServiceImportKind.Competitors] = Build(Competitors),
        [ServiceImportKind.LostCustomers] = Build(Losses),
    };

    /// <summary>The meaning of a header cell in a file of <paramref name="kind"/>, or null when it is not one we know.</summary>
    public static ServiceField? Find(ServiceImportKind kind, string header)
    {
        var name = Undelayed(HeaderCatalog.Normalize(header));
        return name.Length > 0 && Index[kind].TryGetValue(name, out var field) ? field : null;
    }

    /// <summary>The header a message names when a required column is missing, e.g. "旺旺/agent".</summary>
    public static string DisplayName(ServiceImportKind kind, ServiceField field)
    {
        var names = (kind switch
        {
            ServiceImportKind.ServiceAgents => Agents,
            ServiceImportKind.Refunds => Refunds,
            ServiceImportKind.Competitors => Competitors,
            _ => Losses,
        }).First(entry => entry.Field == field).Names;
        return names[1] + "/" + names[0];
    }

    /// <summary>赤兔 marks a delayed figure with 延 after its name (询单人数延, 询单人数(延), 询单人数_延): the same column.</summary>
    internal static string Undelayed(string normalized)
    {
        foreach (var suffix in new[] { "(延)", "_延", "-延", "延" })
        {
            if (normalized.Length > suffix.Length && normalized.EndsWith(suffix, StringComparison.Ordinal))
            {
                return normalized[..^suffix.Length];
            }
        }

        return normalized;
    }

    private static Dictionary<string, ServiceField> Build((ServiceField Field, string[] Names)[] entries)
    {
        var index = new Dictionary<string, ServiceField>(StringComparer.Ordinal);
        foreach (var (field, names) in entries)
        {
            foreach (var name in names)
            {
                if (!index.TryAdd(HeaderCatalog.Normalize(name), field))
                {
                    throw new InvalidOperationException($"Header name '{name}' is listed twice.");
                }
            }
        }

        return index;
    }
}
