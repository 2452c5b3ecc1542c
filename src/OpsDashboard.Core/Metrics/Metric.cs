namespace OpsDashboard.Core.Metrics;

/// <summary>How a metric's value reads and how its change is measured.</summary>
public enum MetricScale
{
    /// <summary>A whole number (visitors); changes in percent.</summary>
    Count,

    /// <summary>An amount per something (AOV, UV value, CPC); changes in percent.</summary>
    Money,

    /// <summary>A share between 0 and 1 (conversion, bounce); changes in percentage points.</summary>
    Rate,

    /// <summary>A plain quotient (visit depth, ROI, AOV ratio); changes in percent.</summary>
    Ratio,

    /// <summary>A duration in seconds (average stay); changes in percent.</summary>
    Seconds,
}

/// <summary>Whether a rise of the metric is good news or bad news.</summary>
public enum MetricDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>Good news, bad news, or no news, from a change and the metric's direction.</summary>
public enum ChangeTone
{
    Neutral,
    Good,
    Bad,
}

/// <summary>
/// One metric of the <see cref="Catalogue"/>: its key (the API field and the <c>data-kpi</c> name),
/// the facts it is a ratio of, its scale and its direction. How it is evaluated lives in the typed
/// <see cref="Metric{TTotals}"/> (or a composite such as <see cref="Catalogue.AovRatio"/>).
/// </summary>
public abstract class Metric
{
    private protected Metric(string key, Fact numerator, Fact denominator, MetricScale scale, MetricDirection direction)
    {
        Key = key;
        Numerator = numerator;
        Denominator = denominator;
        Scale = scale;
        Direction = direction;
    }

    /// <summary>The API field name and the screens' data-kpi name, e.g. "conversionRate".</summary>
    public string Key { get; }

    public Fact Numerator { get; }

    public Fact Denominator { get; }

    public MetricScale Scale { get; }

    public MetricDirection Direction { get; }

    /// <summary>The resource name of the metric's label: the key in PascalCase ("conversionRate" → "ConversionRate").</summary>
    public string LabelKey => char.ToUpperInvariant(Key[0]) + Key[1..];

    /// <summary>The resource name of the metric's formula tooltip ("ConversionRateTip").</summary>
    public string TipKey => LabelKey + "Tip";

    /// <summary>True when a change is measured in points (a difference of fractions), not in percent.</summary>
    public bool ChangesInPoints => Scale == MetricScale.Rate;

    /// <summary>
    /// The change between a period and its comparison period (DOMAIN §3): a rate in points, anything
    /// else relative to the comparison value; null when either is unknown or the comparison is zero.
    /// </summary>
    public decimal? Change(decimal? current, decimal? comparison) =>
        ChangesInPoints ? Metrics.Change.Points(current, comparison) : Metrics.Change.Relative(current, comparison);

    /// <summary>Whether a change of this metric is good or bad news: its sign read with the metric's direction.</summary>
    public ChangeTone Tone(decimal? change) => Tones.Of(Direction, change);

    /// <summary>
    /// The metric over its numerator and denominator summed outside a totals record (a run rate's usual days); null
    /// when either is unknown or the denominator is zero.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Called on the catalogue entry it evaluates, so the formula is named where it is used.")]
    public decimal? OfSums(decimal? numerator, decimal? denominator) => Ratio.Of(numerator, denominator);
}

/// <summary>Good or bad news from the sign of a numeric change and a direction (never from formatted text).</summary>
public static class Tones
{
    public static ChangeTone Of(MetricDirection direction, decimal? change) => change switch
    {
        null or 0m => ChangeTone.Neutral,
        > 0m => direction == MetricDirection.HigherIsBetter ? ChangeTone.Good : ChangeTone.Bad,
        _ => direction == MetricDirection.HigherIsBetter ? ChangeTone.Bad : ChangeTone.Good,
    };
}

/// <summary>
/// A metric over one kind of totals. <see cref="Of"/> is the single evaluator of KPI ratios: the
/// paired <see cref="RateSums"/> when the query supplied them (numerator and denominator over the
/// days that report both), otherwise the ratio of the plain sums; null when the denominator is zero
/// or the numerator unknown.
/// </summary>
public sealed class Metric<TTotals> : Metric
{
    private readonly Func<TTotals, decimal?> _numerator;
    private readonly Func<TTotals, decimal> _denominator;
    private readonly Func<TTotals, RateSums?> _paired;

    internal Metric(
        string key,
        Fact numerator,
        Fact denominator,
        MetricScale scale,
        MetricDirection direction,
        Func<TTotals, decimal?> numeratorSum,
        Func<TTotals, decimal> denominatorSum,
        Func<TTotals, RateSums?> paired)
        : base(key, numerator, denominator, scale, direction)
    {
        _numerator = numeratorSum;
        _denominator = denominatorSum;
        _paired = paired;
    }

    /// <summary>The metric over these totals; null when it has no value.</summary>
    public decimal? Of(TTotals totals) =>
        _paired(totals) is { } p ? p.Value : Ratio.Of(_numerator(totals), _denominator(totals));
}

/// <summary>
/// A metric that is the ratio of one metric over two totals (store AOV ÷ flagship AOV): null when
/// either side is unknown or the denominator side is zero.
/// </summary>
public sealed class RatioOfMetric<TTotals> : Metric
{
    internal RatioOfMetric(string key, Metric<TTotals> of, MetricScale scale, MetricDirection direction)
        : base(key, of.Numerator, of.Denominator, scale, direction)
    {
        Underlying = of;
    }

    /// <summary>The metric compared across the two totals.</summary>
    public Metric<TTotals> Underlying { get; }

    public decimal? Of(TTotals? top, TTotals? bottom) =>
        Of(top is null ? null : Underlying.Of(top), bottom is null ? null : Underlying.Of(bottom));

    /// <summary>From the two values already evaluated.</summary>
    public decimal? Of(decimal? top, decimal? bottom) => Ratio.Of(top, bottom);
}
