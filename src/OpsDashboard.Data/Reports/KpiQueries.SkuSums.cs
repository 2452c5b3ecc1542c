using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Data.Reports;

public sealed partial class KpiQueries
{
    /// <summary>Code and name of a store's SKUs by id, to name grouped sums.</summary>
    private static async Task<Dictionary<long, (string Code, string? Name)>> SkuNamesAsync(OpsDbContext db, int storeId, CancellationToken ct) =>
        (await db.Skus.Where(s => s.StoreId == storeId).Select(s => new { s.Id, s.Code, s.Name }).ToListAsync(ct))
        .ToDictionary(s => s.Id, s => (s.Code, s.Name));
}
