namespace OpsDashboard.Data.Entities;

/// <summary>One search keyword's day (生意参谋 搜索词 / 进店关键词 / 成交关键词, DOMAIN §7); Item is "" for a store-wide row.</summary>
public sealed class SearchKeywordDay
{
    public int StoreId { get; set; }
    public DateOnly Date { get; set; }
    public string Keyword { get; set; } = string.Empty;
    public string Item { get; set; } = string.Empty;
    public long? Visitors { get; set; }
    public long? PageViews { get; set; }
    public long? PayingBuyers { get; set; }
    public long? PaymentAmountMinor { get; set; }
}
