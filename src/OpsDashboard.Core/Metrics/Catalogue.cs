namespace OpsDashboard.Core.Metrics;

/// <summary>
/// The one closed catalogue of metrics (DOMAIN §3). Every KPI ratio of the product is evaluated here,
/// by <see cref="Metric{TTotals}.Of"/>; the totals records carry sums only. The key of each entry
/// is its API field name and its screens' data-kpi name; its label and tooltip are the resource
/// strings <see cref="Metric.LabelKey"/> and <see cref="Metric.TipKey"/> (Metrics.resx).
/// Adding a metric = one entry here (and in <see cref="All"/> or <see cref="Sources"/>) + its resource strings.
/// </summary>
public static partial class Catalogue
{
    private const MetricDirection Higher = MetricDirection.HigherIsBetter;
    private const MetricDirection Lower = MetricDirection.LowerIsBetter;

    // Store and SKU (the sums of VisitorTotals).
    public static readonly Metric<VisitorTotals> ConversionRate = new(
        "conversionRate", Facts.PayingBuyers, Facts.Visitors, MetricScale.Rate, Higher, t => t.PayingBuyers, t => t.Visitors, t => t.ConversionSums);

    public static readonly Metric<VisitorTotals> OrderConversionRate = new(
        "orderConversionRate", Facts.OrderBuyers, Facts.Visitors, MetricScale.Rate, Higher, t => t.OrderBuyers, t => t.Visitors, t => t.OrderConversionSums);

    public static readonly Metric<VisitorTotals> AverageOrderValue = new(
        "averageOrderValue", Facts.PaymentAmount, Facts.PayingBuyers, MetricScale.Money, Higher, t => t.PaymentAmount, t => t.PayingBuyers, t => t.AverageOrderValueSums);

    public static readonly Metric<VisitorTotals> BounceRate = new(
        "bounceRate", Facts.BouncedVisitors, Facts.Visitors, MetricScale.Rate, Lower, t => t.BouncedVisitors, t => t.Visitors, t => t.BounceSums);

    public static readonly Metric<VisitorTotals> VisitDepth = new(
        "visitDepth", Facts.PageViews, Facts.Visitors, MetricScale.Ratio, Higher, t => t.PageViews, t => t.Visitors, t => t.DepthSums);

    public static readonly Metric<VisitorTotals> AddToCartRate = new(
        "addToCartRate", Facts.AddToCartBuyers, Facts.Visitors, MetricScale.Rate, Higher, t => t.AddToCartBuyers, t => t.Visitors, t => t.AddToCartSums);

    public static readonly Metric<VisitorTotals> FavoriteRate = new(
        "favoriteRate", Facts.FavoriteBuyers, Facts.Visitors, MetricScale.Rate, Higher, t => t.FavoriteBuyers, t => t.Visitors, t => t.FavoriteSums);

    public static readonly Metric<VisitorTotals> VisitorValue = new(
        "visitorValue", Facts.PaymentAmount, Facts.Visitors, MetricScale.Money, Higher, t => t.PaymentAmount, t => t.Visitors, t => t.VisitorValueSums);

    /// <summary>Refunded amount ÷ sales over the days that report both.</summary>
    public static readonly Metric<VisitorTotals> RefundRate = new(
        "refundRate", Facts.RefundAmount, Facts.PaymentAmount, MetricScale.Rate, Lower, t => t.RefundAmount, t => t.PaymentAmount, t => t.RefundSums);

    /// <summary>Average stay in seconds, weighted by visitors (平均停留时长 of a period): only over the days that report it.</summary>
    public static readonly Metric<VisitorTotals> AverageStaySeconds = new(
        "averageStaySeconds", Facts.StaySecondsTimesVisitors, Facts.Visitors, MetricScale.Seconds, Higher, t => t.StaySums.Numerator, t => t.StaySums.Denominator, t => t.StaySums);

    // Store only.
    public static readonly Metric<StoreTotals> InquiryConversion = new(
        "inquiryConversion", Facts.InquiryPayingBuyers, Facts.Inquirers, MetricScale.Rate, Higher, t => t.InquiryPayingBuyers, t => t.Inquirers ?? 0, t => t.InquirySums);

    public static readonly Metric<StoreTotals> ReturningShare = new(
        "returningShare", Facts.ReturningVisitors, Facts.Visitors, MetricScale.Rate, Higher, t => t.ReturningVisitors, t => t.Visitors, t => t.ReturningSums);

    /// <summary>Visitor-weighted peer-tier conversion: Σ(peer × visitors) ÷ Σ visitors of the days whose peer rate is known.</summary>
    public static readonly Metric<StoreTotals> PeerConversionRate = new(
        "peerConversionRate", Facts.PeerRateTimesVisitors, Facts.PeerRateVisitors, MetricScale.Rate, Higher, t => t.PeerRateTimesVisitors, t => t.PeerRateVisitors, _ => null);

    // SKU only.

    /// <summary>
    /// The conversion that verdicts and rankings use: payment conversion reads 0 while a presale SKU
    /// takes deposits, so a presale SKU is judged by order conversion instead (DOMAIN §3).
    /// </summary>
    public static readonly Metric<SkuTotals> JudgedConversionRate = new(
        "judgedConversionRate", Facts.PayingBuyers, Facts.Visitors, MetricScale.Rate, Higher,
        t => t.Presale ? t.OrderBuyers : t.PayingBuyers, t => t.Visitors, t => t.Presale ? t.OrderConversionSums : t.ConversionSums);

    // Composite.

    /// <summary>Store AOV ÷ flagship AOV over the same period (DOMAIN §4 page health).</summary>
    public static readonly RatioOfMetric<VisitorTotals> AovRatio = new("aovRatio", AverageOrderValue, MetricScale.Ratio, Higher);

    // Traffic sources.
    public static readonly Metric<SourceTotals> SourceConversionRate = new(
        "conversionRate", Facts.PayingBuyers, Facts.Visitors, MetricScale.Rate, Higher, t => t.PayingBuyers, t => t.Visitors, t => t.ConversionSums);

    public static readonly Metric<SourceTotals> SourceOrderConversionRate = new(
        "orderConversionRate", Facts.OrderBuyers, Facts.Visitors, MetricScale.Rate, Higher, t => t.OrderBuyers, t => t.Visitors, t => t.OrderConversionSums);

    public static readonly Metric<SourceTotals> ClickThroughRate = new(
        "clickThroughRate", Facts.Clicks, Facts.Impressions, MetricScale.Rate, Higher, t => t.Clicks, t => t.Impressions, t => t.ClickThroughSums);

    public static readonly Metric<SourceTotals> CostPerClick = new(
        "costPerClick", Facts.Cost, Facts.Clicks, MetricScale.Money, Lower, t => t.Cost, t => t.Clicks, t => t.CostPerClickSums);

    public static readonly Metric<SourceTotals> ReturnOnInvestment = new(
        "roi", Facts.PaymentAmount, Facts.Cost, MetricScale.Ratio, Higher, t => t.PaymentAmount, t => t.Cost, t => t.RoiSums);

    public static readonly Metric<SourceTotals> SourceVisitorValue = new(
        "visitorValue", Facts.PaymentAmount, Facts.Visitors, MetricScale.Money, Higher, t => t.PaymentAmount, t => t.Visitors, t => t.VisitorValueSums);

    /// <summary>The store and SKU metrics, keys unique.</summary>
    public static readonly IReadOnlyList<Metric> All =
    [
        ConversionRate, OrderConversionRate, AverageOrderValue, BounceRate, VisitDepth, AddToCartRate, FavoriteRate, VisitorValue,
        RefundRate, AverageStaySeconds, InquiryConversion, ReturningShare, PeerConversionRate, JudgedConversionRate, AovRatio,
    ];

    /// <summary>The traffic-source metrics, keys unique (they share keys with the store's where the formula is the same).</summary>
    public static readonly IReadOnlyList<Metric> Sources =
    [
        SourceConversionRate, SourceOrderConversionRate, ClickThroughRate, CostPerClick, ReturnOnInvestment, SourceVisitorValue,
    ];

    private static readonly Dictionary<string, Metric> ByKey = All.ToDictionary(m => m.Key, StringComparer.Ordinal);

    /// <summary>The store/SKU metric with this key; throws for a key the catalogue does not have (a programming error).</summary>
    public static Metric Get(string key) =>
        ByKey.TryGetValue(key, out var metric) ? metric : throw new KeyNotFoundException($"'{key}' is not a metric of the catalogue.");

    /// <summary>The store/SKU metric with this key, or null.</summary>
    public static Metric? Find(string key) => ByKey.GetValueOrDefault(key);

    /// <summary>The direction of a metric or of a fact shown as a figure ("visitors", "paymentAmount").</summary>
    public static MetricDirection DirectionOf(string key) =>
        Find(key)?.Direction
        ?? Facts.All.FirstOrDefault(f => f.Key == key)?.Direction
        ?? throw new KeyNotFoundException($"'{key}' is neither a metric nor a fact of the catalogue.");
}
