namespace OpsDashboard.Data.Demo;

/// <summary>
/// Everything that makes one demo store look like itself: its catalogue, its traffic sources and
/// the levels its numbers move around. The calendar (weekdays, seasons, promotions) and the noise
/// are applied by <see cref="DemoDataGenerator"/>.
/// </summary>
public sealed record DemoStoreProfile
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Platform { get; init; }
    public required string Currency { get; init; }

    /// <summary>Whether the seeder pins the best seller as the store's chosen flagship (otherwise the app picks it per period).</summary>
    public bool ChooseFlagship { get; init; }

    /// <summary>Visitors on an ordinary weekday at the start of the range.</summary>
    public required double BaseVisitors { get; init; }

    /// <summary>Visitor growth per year (0.15 = +15%).</summary>
    public double AnnualGrowth { get; init; }

    /// <summary>Store seasonality: amplitude of the yearly wave and the day of year it peaks on.</summary>
    public double SeasonAmplitude { get; init; }
    public int SeasonPeakDayOfYear { get; init; }

    /// <summary>Payment conversion on an ordinary day (0.034 = 3.4%).</summary>
    public required double ConversionRate { get; init; }

    /// <summary>The platform's peer-tier conversion rate on an ordinary day.</summary>
    public required double PeerConversionRate { get; init; }

    /// <summary>Store AOV ÷ flagship AOV the store runs at (DOMAIN §4 passes at 1.3).</summary>
    public required double AovRatio { get; init; }

    /// <summary>Bounce rate at the start and at the end of the range (a straight drift between them, reached a quarter before the end).</summary>
    public required double BounceRateStart { get; init; }
    public required double BounceRateEnd { get; init; }

    /// <summary>Visit depth (page views per visitor) at the start and at the end of the range.</summary>
    public required double VisitDepthStart { get; init; }
    public required double VisitDepthEnd { get; init; }

    public required double ReturningShare { get; init; }
    public required double AddToCartRate { get; init; }
    public required double InquiryConversion { get; init; }

    /// <summary>Share of payment refunded, spread over the following week.</summary>
    public required double RefundRate { get; init; }

    /// <summary>Negative reviews per paying buyer.</summary>
    public required double NegativeReviewRate { get; init; }

    /// <summary>The level of the three DSR scores (0–5).</summary>
    public required double Dsr { get; init; }

    /// <summary>SKU visitors summed over SKUs ÷ store visitors (one visitor views several items).</summary>
    public double SkuBrowseFactor { get; init; } = 1.5;

    public required IReadOnlyList<DemoPromotion> Promotions { get; init; }
    public required IReadOnlyList<DemoSku> Skus { get; init; }
    public required IReadOnlyList<DemoSource> Sources { get; init; }
}

/// <summary>A platform promotion day (双11, 618…) with its pre-heat (预热) days before it.</summary>
/// <param name="Peak">Visitors on the day ÷ an ordinary day's.</param>
public sealed record DemoPromotion(string Name, int Month, int Day, double Peak, int PreHeatDays);

/// <summary>How a SKU's pre-sale (预售) window is placed in the generated range.</summary>
public enum DemoPresale
{
    /// <summary>An ordinary SKU, on sale every day of the range.</summary>
    None,

    /// <summary>Launched by pre-sale for the last 双11 of the range: deposits from 24 Oct, final payment on 11 Nov, then on sale.</summary>
    DoubleEleven,

    /// <summary>A new launch whose deposits are open over the last days of the range; the final payment is still to come.</summary>
    OpenAtEnd,
}

/// <summary>One item of a demo catalogue.</summary>
public sealed record DemoSku
{
    /// <summary>The platform item id (商品ID): long digits, always text.</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Category { get; init; }
    public required decimal Price { get; init; }

    /// <summary>Relative share of the store's payment.</summary>
    public required double Popularity { get; init; }

    /// <summary>Units per paying buyer (≥ 1).</summary>
    public double UnitsPerBuyer { get; init; } = 1.05;

    /// <summary>Relative conversion of the item's visitors.</summary>
    public double ConversionFactor { get; init; } = 1.0;

    /// <summary>Item page views per item visitor.</summary>
    public double PageDepth { get; init; } = 1.7;

    /// <summary>The item page's bounce rate relative to the store's.</summary>
    public double BounceOffset { get; init; }

    /// <summary>Yearly wave of the item's demand: amplitude (0 = none, 0.9 = strongly seasonal) and peak day of year.</summary>
    public double Seasonality { get; init; }
    public int SeasonPeakDayOfYear { get; init; } = 1;

    public DemoPresale Presale { get; init; } = DemoPresale.None;

    /// <summary>Not restocked over the last weeks, so it runs low at the end of the range.</summary>
    public bool RunsLowAtEnd { get; init; }

    /// <summary>A quality problem over the last weeks: more negative reviews, falling conversion.</summary>
    public bool QualityIssueAtEnd { get; init; }
}

/// <summary>One traffic source (流量来源) of a demo store.</summary>
public sealed record DemoSource
{
    public required string Name { get; init; }

    /// <summary>One of <see cref="OpsDashboard.Core.Metrics.SourceKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The platform's old name, used in the first months of the range (DOMAIN §5, 2024 renames).</summary>
    public string? FormerName { get; init; }

    /// <summary>Relative share of the store's visitors.</summary>
    public required double Share { get; init; }

    /// <summary>Relative conversion of the source's visitors.</summary>
    public double ConversionFactor { get; init; } = 1.0;

    /// <summary>Relative AOV of the source's buyers.</summary>
    public double AovFactor { get; init; } = 1.0;

    /// <summary>Paid sources: the ROI the spend is steered around (0 for free sources).</summary>
    public double TargetRoi { get; init; }

    /// <summary>Paid sources: click-through rate of the ads.</summary>
    public double ClickThroughRate { get; init; }

    public bool IsPaid => TargetRoi > 0;
}
