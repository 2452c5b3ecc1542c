namespace OpsDashboard.Data.Entities;

/// <summary>A store's promotion budget for one scene (关键词推广, 精准人群推广…) and one month (issue 11).</summary>
public sealed class PromotionBudget
{
    public long Id { get; set; }
    public int StoreId { get; set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    /// <summary>The scene's current name (as the ads import stores it).</summary>
    public required string Scene { get; set; }
    public long AmountMinor { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
