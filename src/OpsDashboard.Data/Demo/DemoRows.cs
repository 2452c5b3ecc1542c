namespace OpsDashboard.Data.Demo;

/// <summary>One generated store-day (DOMAIN §2): money in the currency unit, rates as fractions.</summary>
public sealed record DemoStoreDay
{
    public required DateOnly Date { get; init; }
    public required long Visitors { get; init; }
    public required long PageViews { get; init; }
    public required long BouncedVisitors { get; init; }
    public required long ReturningVisitors { get; init; }
    public required long AddToCartBuyers { get; init; }
    public required long OrderBuyers { get; init; }
    public required long PayingBuyers { get; init; }
    public required decimal PaymentAmount { get; init; }
    public required decimal RefundAmount { get; init; }
    public required long Inquirers { get; init; }
    public required long InquiryPayingBuyers { get; init; }
    public required decimal PeerConversionRate { get; init; }
    public required decimal DsrDescription { get; init; }
    public required decimal DsrService { get; init; }
    public required decimal DsrLogistics { get; init; }
    public required long Units { get; init; }
    public required long FavoriteBuyers { get; init; }
    public required decimal AverageStaySeconds { get; init; }
}

/// <summary>One generated SKU-day (DOMAIN §2).</summary>
public sealed record DemoSkuDay
{
    public required DateOnly Date { get; init; }
    public required string SkuCode { get; init; }
    public required long Visitors { get; init; }
    public required long PageViews { get; init; }
    public required long BouncedVisitors { get; init; }
    public required long AddToCartBuyers { get; init; }
    public required long OrderBuyers { get; init; }
    public required long PayingBuyers { get; init; }
    public required long Units { get; init; }
    public required decimal PaymentAmount { get; init; }
    public required bool Presale { get; init; }
    public required long StockOnHand { get; init; }
    public required long NegativeReviews { get; init; }
    public required long FavoriteBuyers { get; init; }
    public required decimal AverageStaySeconds { get; init; }

    /// <summary>成功退款金额: the SKU's share of the store's refunds of the day.</summary>
    public decimal RefundAmount { get; init; }
}

/// <summary>One generated source-day (DOMAIN §2), under the name the platform used that day.</summary>
public sealed record DemoSourceDay
{
    public required DateOnly Date { get; init; }
    public required string SourceName { get; init; }
    public required string Kind { get; init; }
    public required long Visitors { get; init; }
    public required long OrderBuyers { get; init; }
    public required long PayingBuyers { get; init; }
    public required decimal PaymentAmount { get; init; }
    public required long Impressions { get; init; }
    public required long Clicks { get; init; }
    public required decimal Cost { get; init; }
}

/// <summary>Everything generated for one store on one day.</summary>
public sealed record DemoDay(DemoStoreDay Store, IReadOnlyList<DemoSkuDay> Skus, IReadOnlyList<DemoSourceDay> Sources)
{
    public DateOnly Date => Store.Date;
}

/// <summary>A SKU's pre-sale window: deposits from <see cref="DepositsOpen"/>, the balance paid on <see cref="FinalPayment"/> (may lie after the range).</summary>
public sealed record DemoPresaleWindow(DateOnly DepositsOpen, DateOnly FinalPayment)
{
    public bool Contains(DateOnly date) => date >= DepositsOpen && date <= FinalPayment;
}
