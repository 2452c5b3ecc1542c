namespace OpsDashboard.Data.Entities;

/// <summary>
/// One rival's (or the store's own) day in 生意参谋 竞争 monitoring (DOMAIN §7): the indices as the
/// platform gives them — transformed, non-linear levels, never money, never summed. Null = not reported.
/// </summary>
public sealed class RivalDay
{
    public int StoreId { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>"shop" (竞店) or "item" (竞品).</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The rival's 店铺名称 / 商品名称; the store's own row keeps the name it had in the file.</summary>
    public string Rival { get; set; } = string.Empty;
    public string? RivalId { get; set; }
    public bool IsSelf { get; set; }
    public double? TradeIndex { get; set; }
    public double? TrafficIndex { get; set; }
    public double? SearchPopularity { get; set; }
    public double? FavoritePopularity { get; set; }
    public double? CartPopularity { get; set; }
    public double? ConversionIndex { get; set; }
    public double? CustomerIndex { get; set; }
}
