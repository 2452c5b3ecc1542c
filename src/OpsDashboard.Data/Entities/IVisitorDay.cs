namespace OpsDashboard.Data.Entities;

/// <summary>The facts a store day and a SKU day share, so their sums are projected once (KpiQueries.VisitorSumsOf).</summary>
public interface IVisitorDay
{
    long? Visitors { get; }
    long? PageViews { get; }
    long? BouncedVisitors { get; }
    long? AddToCartBuyers { get; }
    long? FavoriteBuyers { get; }
    long? OrderBuyers { get; }
    long? PayingBuyers { get; }
    long? PaymentAmountMinor { get; }
    long? RefundAmountMinor { get; }
    long? AverageStayMilliseconds { get; }
}
