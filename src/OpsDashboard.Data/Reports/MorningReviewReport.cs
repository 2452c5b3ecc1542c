using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Targets;
using OpsDashboard.Data.Planning;

namespace OpsDashboard.Data.Reports;

/// <summary>
/// Everything the morning review shows for one store, range and comparison. The figures come from
/// the same queries and Core records as the API (/overview, /sources, /skus), so they match it.
/// </summary>
public sealed record MorningReviewReport
{
    /// <summary>How many days the trend lines cover, ending on the range's last day.</summary>
    public const int TrendDays = 30;

    public required DashboardScope Scope { get; init; }
    public required Overview Overview { get; init; }
    public required DateRange TrendRange { get; init; }
    public required IReadOnlyList<DailyStoreTotals> StoreTrend { get; init; }
    public required IReadOnlyList<SourceComparison> Sources { get; init; }
    public required IReadOnlyList<SkuComparison> Skus { get; init; }
    public required IReadOnlyList<DailySkuTotals> SkuTrend { get; init; }

    /// <summary>The day judged against its target and by the attention rules: the range's last day.</summary>
    public DateOnly Day => Scope.Range.To;

    /// <summary>The day and the month so far against the target, as of <see cref="Day"/>; null when no target is set.</summary>
    public TargetProgress? Target { get; init; }

    /// <summary>The SKU an attention item's link asked for (?sku=): in the SKU table and highlighted.</summary>
    public string? HighlightSku { get; init; }

    /// <summary>Today's attention list for <see cref="Day"/>, most urgent first.</summary>
    /// <summary>The day's refunds and the DSR scores around it (the service rules' facts), for the refunds and DSR card.</summary>
    public ServiceAttentionFacts? Service { get; init; }

    public IReadOnlyList<AttentionItem> Attention { get; init; } = [];

    /// <summary>The store's newest day with store-daily data; null before its first import.</summary>
    public DateOnly? NewestDay { get; init; }

    /// <summary>The team's dated notes within <see cref="TrendRange"/>, marked on the trend lines.</summary>
    public IReadOnlyList<AnnotationInfo> Annotations { get; init; } = [];

    public StoreTotals Current => Overview.Current;

    /// <summary>The comparison period's totals (previous period or a year earlier).</summary>
    public StoreTotals Comparison => Scope.Compare == Core.Periods.Comparison.YearOverYear ? Overview.YearAgo : Overview.Previous;

    /// <summary>The sales change split into drivers, against the chosen comparison.</summary>
    public GmvDecomposition? Change => Scope.Compare == Core.Periods.Comparison.YearOverYear ? Overview.ChangeVsYearAgo : Overview.ChangeVsPrevious;

    /// <summary>False when nothing at all was imported for the range.</summary>
    public bool HasData => Current.Visitors > 0 || Current.PaymentAmount > 0 || Sources.Any(s => s.Current.Visitors > 0) || Skus.Count > 0;

    /// <summary>One value per day of <see cref="TrendRange"/>, computed by Core from that day's sums; null for a day without data.</summary>
    public IReadOnlyList<decimal?> StoreDaily(Func<StoreTotals, decimal?> metric)
    {
        var byDay = StoreTrend.ToDictionary(d => d.Date, d => d.Totals);
        return TrendRange.EachDay().Select(day => byDay.TryGetValue(day, out var t) ? metric(t) : null).ToList();
    }

    /// <summary>The SKU's judged conversion per day of <see cref="TrendRange"/> (order conversion throughout when it is presale in the range).</summary>
    public IReadOnlyList<decimal?> SkuDaily(SkuComparison sku)
    {
        var byDay = SkuTrend.Where(d => d.Sku == sku.Current.Sku).ToDictionary(d => d.Date, d => d.Totals);
        return TrendRange.EachDay()
            .Select(day => byDay.TryGetValue(day, out var t) ? SkuComparison.JudgedConversion(t, sku.Presale) : null)
            .ToList();
    }
}
