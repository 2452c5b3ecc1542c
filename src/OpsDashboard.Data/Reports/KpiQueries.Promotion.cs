using OpsDashboard.Core.Attention;
using OpsDashboard.Data.Reports.Promotion;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Reports;

public sealed partial class KpiQueries
{
    /// <summary>The promotion rules' facts for a store and day (<see cref="PromotionFactsReader"/>).</summary>
    public Task<PromotionFacts> PromotionFactsAsync(StoreInfo store, DateOnly day, CancellationToken ct = default) =>
        PromotionFactsReader.ReadAsync(contextFactory, store, day, ct);
}
