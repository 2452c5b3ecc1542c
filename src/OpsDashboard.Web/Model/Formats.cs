using System.Globalization;
using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Web.Model;

/// <summary>How numbers look on screen. Formulas live in Core; this only formats ("—" for no value).</summary>
public static class Formats
{
    public const string NoValue = "—";

    public static string Percent(decimal? rate, CultureInfo culture) =>
        rate is { } r ? (r * 100m).ToString("0.00", culture) + "%" : NoValue;

    public static string Number(long value, CultureInfo culture) => value.ToString("#,##0", culture);

    public static string Fixed(decimal? value, CultureInfo culture, string format = "0.00") =>
        value is { } v ? v.ToString(format, culture) : NoValue;

    public static string Money(decimal? amount, string currency, CultureInfo culture) =>
        amount is { } a ? Core.Metrics.Money.Format(a, currency, culture) : NoValue;

    /// <summary>A metric's value as its catalogue scale reads: a rate in percent, money with the currency, a ratio with two decimals.</summary>
    public static string Value(Metric metric, decimal? value, string currency, CultureInfo culture) => metric.Scale switch
    {
        MetricScale.Rate => Percent(value, culture),
        MetricScale.Money => Money(value, currency, culture),
        MetricScale.Seconds => Seconds(value, culture),
        MetricScale.Count => value is { } v ? v.ToString("#,##0", culture) : NoValue,
        _ => Fixed(value, culture),
    };

    /// <summary>A metric's change computed by <see cref="Metric.Change"/>: in points for a rate, in percent otherwise.</summary>
    public static string Change(Metric metric, decimal? change, CultureInfo culture) =>
        metric.ChangesInPoints ? SignedPoints(change, culture) : SignedPercent(change, culture);

    public static string SignedPercent(decimal fraction, CultureInfo culture) => Signed(fraction * 100m, culture) + "%";

    /// <summary>A relative change already computed by Core (0.124 → "+12.4%"); "—" when there is none.</summary>
    public static string SignedPercent(decimal? fraction, CultureInfo culture) =>
        fraction is { } f ? SignedPercent(f, culture) : NoValue;

    /// <summary>A rate difference already computed by Core, in points (0.003 → "+0.3 pt"); "—" when there is none.</summary>
    public static string SignedPoints(decimal? difference, CultureInfo culture) =>
        difference is { } d ? Signed(d * 100m, culture) + PointSuffix(culture) : NoValue;

    /// <summary>A count that may be unknown (stock on hand): "—" when unknown.</summary>
    /// <summary>A duration in seconds, e.g. "45 s"; "—" when unknown.</summary>
    public static string Seconds(decimal? seconds, CultureInfo culture) =>
        seconds is { } v ? v.ToString("#,##0.#", culture) + " s" : NoValue;

    public static string Number(long? value, CultureInfo culture) => value is { } v ? Number(v, culture) : NoValue;

    /// <summary>The raw value for data-value attributes: invariant culture, empty when there is none.</summary>
    public static string Raw(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A table cell's raw value for data-value: text as is, numbers invariant, empty when there is none.</summary>
    public static string Raw(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>
    /// A signed figure with one decimal. The sign follows the shown digits, not the raw value: a
    /// change under half the last shown digit (+0.04) reads "0.0", never "+0.0" or "−0.0".
    /// </summary>
    private static string Signed(decimal value, CultureInfo culture)
    {
        var shown = decimal.Round(value, 1, MidpointRounding.AwayFromZero);
        return (shown > 0 ? "+" : shown < 0 ? "−" : string.Empty) + Math.Abs(shown).ToString("0.0", culture);
    }

    private static readonly System.Resources.ResourceManager SharedStrings = new("OpsDashboard.Web.Resources.Strings", typeof(Formats).Assembly);

    /// <summary>" pt" in English, "个百分点" in Chinese: from the shared resource file, in the number's culture.</summary>
    private static string PointSuffix(CultureInfo culture) => SharedStrings.GetString("PointSuffix", culture) ?? " pt";
}
