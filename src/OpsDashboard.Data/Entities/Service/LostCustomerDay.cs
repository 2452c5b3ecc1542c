namespace OpsDashboard.Data.Entities;

/// <summary>One rival's day in 竞店流失 / 竞品流失 (DOMAIN §7): how many of the store's customers it took, as indices.</summary>
public sealed class LostCustomerDay
{
    public int StoreId { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>"shop" (竞店流失) or "item" (竞品流失).</summary>
    public string Kind { get; set; } = string.Empty;
    public string Rival { get; set; } = string.Empty;

    /// <summary>所属店铺 of a rival item, when the file has it.</summary>
    public string? RivalShop { get; set; }
    public double? LossIndex { get; set; }
    public double? LossPopularity { get; set; }
}
