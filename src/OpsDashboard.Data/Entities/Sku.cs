namespace OpsDashboard.Data.Entities;

public sealed class Sku
{
    public long Id { get; set; }
    public int StoreId { get; set; }

    /// <summary>The platform item id (商品ID), always text: long ids lose digits as doubles.</summary>
    public required string Code { get; set; }
    public string? Name { get; set; }
    public string? Category { get; set; }

    /// <summary>The presale flag as last imported; period metrics read the daily flag instead.</summary>
    public bool Presale { get; set; }
}
