namespace OpsDashboard.Data.Entities;

public sealed class SourceDay
{
    public int StoreId { get; set; }
    public int SourceId { get; set; }
    public DateOnly Date { get; set; }
    public long? Visitors { get; set; }
    public long? OrderBuyers { get; set; }
    public long? PayingBuyers { get; set; }
    public long? PaymentAmountMinor { get; set; }
    public long? Impressions { get; set; }
    public long? Clicks { get; set; }
    public long? CostMinor { get; set; }
}
