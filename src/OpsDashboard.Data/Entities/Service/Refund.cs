namespace OpsDashboard.Data.Entities;

/// <summary>
/// One refund of the 千牛 refund export (DOMAIN §7), keyed by 退款编号; a re-import updates it
/// (its status moves from 退款中 to 退款成功 or 退款关闭). Times are the store-local times as exported
/// (yyyy-MM-dd HH:mm:ss); <see cref="CompletedOn"/> is the day a successful refund counts on.
/// </summary>
public sealed class Refund
{
    public int StoreId { get; set; }
    public string RefundId { get; set; } = string.Empty;
    public string? OrderId { get; set; }
    public string? PaidAt { get; set; }
    public string? SkuCode { get; set; }
    public string? Title { get; set; }
    public long? PaidAmountMinor { get; set; }
    public long RefundAmountMinor { get; set; }
    public string? AppliedAt { get; set; }
    public DateOnly? AppliedOn { get; set; }
    public string? CompletedAt { get; set; }
    public DateOnly? CompletedOn { get; set; }

    /// <summary>退款状态 as exported (退款成功, 退款关闭, 退款中…).</summary>
    public string? Status { get; set; }

    /// <summary>Whether <see cref="Status"/> is a successful refund; only those count.</summary>
    public bool Succeeded { get; set; }
    public string? Reason { get; set; }
    public bool? ReturnRequired { get; set; }
    public string? GoodsStatus { get; set; }
}
