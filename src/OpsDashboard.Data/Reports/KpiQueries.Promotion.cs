using OpsDashboard.Core.Attention;
using OpsDashboard.Data.Reports.Promotion;

namespace OpsDashboard.Data.Reports;

public sealed partial class KpiQueries
{
    /// <summary>The promotion rules' facts of every store of a read for a day (<see cref="PromotionFactsReader"/>).</summary>
    public Task<IReadOnlyDictionary<int, PromotionFacts>> PromotionFactsAsync(IReadOnlyCollection<int> storeIds, DateOnly day, CancellationToken ct = default) =>
        PromotionFactsReader.ReadAsync(contextFactory, storeIds, day, ct);
}
