namespace OpsDashboard.Data.Entities;

/// <summary>A record of one successful import, so screens can say when data last arrived.</summary>
public sealed class ImportBatch
{
    public long Id { get; set; }
    public int StoreId { get; set; }
    public required string Kind { get; set; }
    public string? FileName { get; set; }
    public int RowsRead { get; set; }
    public int RowsInserted { get; set; }
    public int RowsUpdated { get; set; }
    public DateOnly? FirstDate { get; set; }
    public DateOnly? LastDate { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
}
