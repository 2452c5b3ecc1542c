namespace OpsDashboard.Core.Metrics;

/// <summary>Additive sums of one traffic source's days over a period, with its rates.</summary>
public sealed record SourceTotals
{
    public required string Source { get; init; }
    public string Kind { get; init; } = SourceKinds.Free;
    public long Visitors { get; init; }
    public long OrderBuyers { get; init; }
    public long PayingBuyers { get; init; }
    public decimal PaymentAmount { get; init; }
    public long Impressions { get; init; }
    public long Clicks { get; init; }
    public decimal Cost { get; init; }

    public decimal? ConversionRate => Ratio.Of(PayingBuyers, Visitors);
    public decimal? OrderConversionRate => Ratio.Of(OrderBuyers, Visitors);
    public decimal? ClickThroughRate => Ratio.Of(Clicks, Impressions);
    public decimal? CostPerClick => Ratio.Of(Cost, Clicks);
    public decimal? ReturnOnInvestment => Ratio.Of(PaymentAmount, Cost);
    public decimal? VisitorValue => Ratio.Of(PaymentAmount, Visitors);
}

/// <summary>The closed list of traffic-source kinds (DOMAIN §2).</summary>
public static class SourceKinds
{
    public const string Free = "free";
    public const string Paid = "paid";
    public const string Content = "content";
    public const string Social = "social";
    public const string Direct = "direct";
    public const string Membership = "membership";

    public static readonly IReadOnlyList<string> All = [Free, Paid, Content, Social, Direct, Membership];

    public static bool IsKnown(string kind) => All.Contains(kind);
}
