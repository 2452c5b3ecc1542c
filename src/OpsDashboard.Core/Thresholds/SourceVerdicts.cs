using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Core.Thresholds;

/// <summary>Which traffic sources the paid-ROI rule (DOMAIN §4, ROI &lt; 2.0 → pause or move budget) applies to.</summary>
public static class SourceVerdicts
{
    /// <summary>A source is judged as paid when its kind is paid or it cost money in the period.</summary>
    public static bool IsPaid(SourceTotals source) => source.Kind == SourceKinds.Paid || source.Cost > 0m;

    /// <summary>The ROI verdict of a paid source; a free source has none (<see cref="CheckStatus.NoData"/>).</summary>
    public static CheckStatus Roi(SourceTotals source, StoreThresholds thresholds) =>
        IsPaid(source) ? Verdicts.PaidSourceRoi(Catalogue.ReturnOnInvestment.Of(source), thresholds) : CheckStatus.NoData;
}
