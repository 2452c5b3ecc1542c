using System.Globalization;
using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Compares a rate or average shown in the file with what we compute from the same row's counts
/// (DOMAIN §5: such columns are never stored, only checked). The tolerance is half a unit of the
/// last decimal the file shows, but at least 0.0005 for rates and 0.01 for money, so a platform's
/// own rounding never raises a warning.
/// </summary>
internal static class DerivedMetricCheck
{
    private const decimal RateTolerance = 0.0005m;
    private const decimal MoneyTolerance = 0.01m;

    /// <summary>A warning message, or null when the shown value agrees (or cannot be compared).</summary>
    public static ImportMessage? Disagreement(DerivedMetric metric, string cell, IReadOnlyDictionary<string, object?> values)
    {
        if (CellParser.IsEmpty(cell)
            || values.GetValueOrDefault(metric.Numerator) is not long numeratorRaw
            || values.GetValueOrDefault(metric.Denominator) is not long denominatorRaw)
        {
            return null;
        }

        var text = cell.Trim();
        if (!NumberParser.TryParse(text, out var shown))
        {
            return new ImportMessage("CheckNotANumber", text);
        }

        var numerator = AsDecimal(metric.Numerator, numeratorRaw);
        var denominator = AsDecimal(metric.Denominator, denominatorRaw);
        if (Ratio.Of(numerator, denominator) is not { } computed)
        {
            return null;
        }

        var floor = metric.Scale switch
        {
            MetricScale.Rate => RateTolerance,
            MetricScale.Money => MoneyTolerance,
            _ => 0m,
        };
        if (Math.Abs(shown.Value - computed) <= Math.Max(shown.HalfUnit, floor))
        {
            return null;
        }

        return new ImportMessage(
            "Disagrees",
            text,
            FactLabels.Of(metric.Numerator),
            FactLabels.Of(metric.Denominator),
            Format(computed, metric.Scale),
            Operand(metric.Numerator, numerator),
            Operand(metric.Denominator, denominator));
    }

    private static bool IsMoney(string fact) => fact.EndsWith("_minor", StringComparison.Ordinal);

    private static decimal AsDecimal(string fact, long raw) => IsMoney(fact) ? Money.FromMinorUnits(raw) : raw;

    private static string Operand(string fact, decimal value) =>
        value.ToString(IsMoney(fact) ? "0.00" : "0", CultureInfo.InvariantCulture);

    private static string Format(decimal value, MetricScale scale) => scale == MetricScale.Rate
        ? (value * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%"
        : value.ToString("0.00", CultureInfo.InvariantCulture);
}
