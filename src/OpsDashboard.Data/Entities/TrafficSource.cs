namespace OpsDashboard.Data.Entities;

public sealed class TrafficSource
{
    public int Id { get; set; }
    public int StoreId { get; set; }

    /// <summary>The current name; imports under an old name (an alias) land here too.</summary>
    public required string Name { get; set; }

    /// <summary>One of <see cref="OpsDashboard.Core.Metrics.SourceKinds"/>.</summary>
    public required string Kind { get; set; }
}

/// <summary>An old platform name for a traffic source (直通车 → 关键词推广), so a series does not break at a rename.</summary>
public sealed class SourceAlias
{
    public int Id { get; set; }
    public required string Alias { get; set; }
    public required string CurrentName { get; set; }
}
