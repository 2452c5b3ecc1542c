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

/// <summary>How a rate-like column is shown and compared.</summary>
internal enum MetricScale
{
    /// <summary>A share between 0 and 1, written as a fraction or a percentage.</summary>
    Rate,

    /// <summary>An amount of money per something (AOV, UV value, CPC).</summary>
    Money,

    /// <summary>A plain quotient (visit depth, ROI).</summary>
    Ratio,
}

/// <summary>A metric the platform shows that we compute ourselves from two stored facts (DOMAIN §3).</summary>
internal sealed record DerivedMetric(string Numerator, string Denominator, MetricScale Scale);

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
