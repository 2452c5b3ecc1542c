namespace OpsDashboard.Data.Import.Service;

/// <summary>What a column of a service, refund, competitor or lost-customer export means.</summary>
public enum ServiceField
{
    /// <summary>A column the export has that we do not store (排名, 客服消息数…): not reported as unknown.</summary>
    Ignored,

    Date,

    // service-agents
    Agent,
    Consulted,
    Received,
    Inquirers,
    InquiryPayingBuyers,
    SalesAmount,
    AverageResponse,
    Unanswered,
    Refunds,
    CheckInquiryConversion,

    // refunds
    RefundId,
    OrderId,
    PaidAt,
    SkuCode,
    Title,
    PaidAmount,
    RefundAmount,
    AppliedAt,
    CompletedAt,
    Status,
    Reason,
    ReturnRequired,
    GoodsStatus,

    // competitors and lost-customers
    ShopName,
    ItemName,
    RivalId,
    RivalShop,
    IsSelf,
    TradeIndex,
    TrafficIndex,
    SearchPopularity,
    FavoritePopularity,
    CartPopularity,
    ConversionIndex,
    CustomerIndex,
    LossIndex,
    LossPopularity,
}
