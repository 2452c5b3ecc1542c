using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>The key and descriptive columns of a row (everything that is not a fact).</summary>
internal enum KeyField
{
    Date,
    SkuCode,
    SkuName,
    SkuCategory,
    SourceName,
    SourceKind,
}

/// <summary>
/// A metric the platform shows that we compute ourselves from two stored facts (DOMAIN §3): the
/// numerator and denominator fact columns and the scale of a <see cref="Metric"/> of the catalogue.
/// </summary>
internal sealed record DerivedMetric(string Numerator, string Denominator, MetricScale Scale)
{
    /// <summary>The checked-only column of a catalogue metric: its facts' columns and its scale.</summary>
    public static DerivedMetric Of(Metric metric) => new(metric.Numerator.Column, metric.Denominator.Column, metric.Scale);
}

/// <summary>What a recognised header means.</summary>
internal abstract record ColumnMeaning;

/// <summary>A key or descriptive column (date, SKU code, source name…).</summary>
internal sealed record KeyColumn(KeyField Field) : ColumnMeaning;

/// <summary>A stored fact, named by its database column in <see cref="FactColumns"/>.</summary>
internal sealed record FactColumnMeaning(string Fact) : ColumnMeaning;

/// <summary>
/// A rate that may stand in for its numerator count (bounce rate for bounced visitors): converted
/// with the same row's denominator when the count is missing, only checked when it is present.
/// </summary>
internal sealed record CountRateColumn(DerivedMetric Rate) : ColumnMeaning;

/// <summary>A rate, average or ratio we never store; read only to warn when it disagrees with our own figure.</summary>
internal sealed record DerivedMetricColumn(DerivedMetric Metric) : ColumnMeaning;
