namespace OpsDashboard.Data.Entities;

/// <summary>A sales (GMV) target for a month, quarter or year of one store.</summary>
public sealed class SalesTarget
{
    public long Id { get; set; }
    public int StoreId { get; set; }

    /// <summary>month, quarter or year.</summary>
    public required string PeriodKind { get; set; }

    /// <summary>The first day of the period.</summary>
    public DateOnly PeriodStart { get; set; }
    public long AmountMinor { get; set; }

    /// <summary>even or lastYear: how a month's target spreads over its days.</summary>
    public required string Shape { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A dated note on a store (campaign started, main image changed…), shown on trend charts.</summary>
public sealed class Annotation
{
    public long Id { get; set; }
    public int StoreId { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>Last day of a campaign that runs from <see cref="Date"/>; null for a one-day note.</summary>
    public DateOnly? EndDate { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
