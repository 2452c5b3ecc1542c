using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Caching;

namespace OpsDashboard.Data.Rollups;

/// <summary>
/// Keeps <see cref="Entities.SkuMonth"/> exact. A writer of a store's facts calls <see cref="BumpAsync"/> in its
/// transaction instead of <see cref="StoreDataVersion.BumpAsync"/>, saying which sku_days it wrote (or none). The
/// version is bumped first, which takes the store row's lock, so concurrent writers of one store pass here one at a
/// time. When the rollup was current just before this bump, only the written months are rebuilt (delete, then
/// INSERT … SELECT … GROUP BY from sku_days); when it was not, the whole store is. Either way the state then holds the
/// new version. A writer that bumps the version any other way leaves the state behind, and readers then take raw days
/// (KpiQueries.SkuSegmentsAsync checks the state in the same statement), until the next sku-daily write or
/// <see cref="RebuildStoreAsync"/>.
/// </summary>
public static class SkuMonthRollup
{
    /// <summary>
    /// Bumps the store's data version and keeps the rollup exact: <paramref name="skuDaysWritten"/> is the span of
    /// the sku_days this transaction wrote, or null when it wrote none (the months then stay as they are and stay
    /// current if they were).
    /// </summary>
    public static async Task BumpAsync(OpsDbContext db, int storeId, DateRange? skuDaysWritten, CancellationToken ct)
    {
        await StoreDataVersion.BumpAsync(db, storeId, ct);
        var wasCurrent = await db.SkuRollupStates.AnyAsync(
            r => r.StoreId == storeId && db.Stores.Any(s => s.Id == storeId && s.DataVersion == r.DataVersion + 1), ct);
        if (skuDaysWritten is { } span)
        {
            await RebuildAsync(db, storeId, wasCurrent ? span : null, ct);
        }
        else if (!wasCurrent)
        {
            return;
        }

        await MarkCurrentAsync(db, storeId, ct);
    }

    /// <summary>
    /// Rebuilds every month of the store from its sku_days and marks the rollup current; call inside the transaction
    /// of a write that bypassed <see cref="BumpAsync"/> (a bulk load), after that write.
    /// </summary>
    public static async Task RebuildStoreAsync(OpsDbContext db, int storeId, CancellationToken ct)
    {
        await RebuildAsync(db, storeId, null, ct);
        await MarkCurrentAsync(db, storeId, ct);
    }

    /// <summary>The months of <paramref name="span"/> (every month when null): deleted, then summed again from sku_days.</summary>
    private static async Task RebuildAsync(OpsDbContext db, int storeId, DateRange? span, CancellationToken ct)
    {
        if (span is { } s)
        {
            var first = Reports.DaySegments.MonthOf(s.From);
            var end = Reports.DaySegments.MonthOf(s.To).AddMonths(1);
            await db.SkuMonths.Where(m => m.StoreId == storeId && m.Month >= first && m.Month < end).ExecuteDeleteAsync(ct);
            await db.Database.ExecuteSqlRawAsync(InsertSql(db.Provider, " AND date >= {1} AND date < {2}"), [storeId, first, end], ct);
        }
        else
        {
            await db.SkuMonths.Where(m => m.StoreId == storeId).ExecuteDeleteAsync(ct);
            await db.Database.ExecuteSqlRawAsync(InsertSql(db.Provider, string.Empty), [storeId], ct);
        }
    }

    /// <summary>The state row says the rollup is exact for the store's current version.</summary>
    private static async Task MarkCurrentAsync(OpsDbContext db, int storeId, CancellationToken ct)
    {
        await db.SkuRollupStates.Where(r => r.StoreId == storeId).ExecuteDeleteAsync(ct);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO sku_rollup_states (store_id, data_version) SELECT id, data_version FROM stores WHERE id = {0}", [storeId], ct);
    }

    /// <summary>
    /// INSERT … SELECT … GROUP BY (store, SKU, month) of sku_days: each column the SUM of the day's contribution that
    /// KpiQueries.SkuSumsByKey sums (nullable facts summed raw, so a month no day reported stays NULL).
    /// </summary>
    private static string InsertSql(DatabaseProvider provider, string dateFilter)
    {
        var month = provider == DatabaseProvider.Postgres ? "CAST(date_trunc('month', CAST(date AS timestamp)) AS date)" : "date(date, 'start of month')";
        var columns = string.Join(", ", Columns.Select(c => c.Name));
        var sums = string.Join(", ", Columns.Select(c => c.Sum));
        return $"INSERT INTO sku_months (store_id, sku_id, month, {columns}) SELECT store_id, sku_id, {month}, {sums} FROM sku_days WHERE store_id = {{0}}{dateFilter} GROUP BY store_id, sku_id, {month}";
    }

    private static readonly (string Name, string Sum)[] Columns =
    [
        ("visitors", Total("visitors")),
        ("page_views", Total("page_views")),
        ("bounced_visitors", Total("bounced_visitors")),
        ("add_to_cart_buyers", "SUM(add_to_cart_buyers)"),
        ("favorite_buyers", "SUM(favorite_buyers)"),
        ("order_buyers", Total("order_buyers")),
        ("paying_buyers", Total("paying_buyers")),
        ("payment_amount_minor", Total("payment_amount_minor")),
        ("refund_amount_minor", "SUM(refund_amount_minor)"),
        ("stay_millis_times_visitors", "SUM(CASE WHEN average_stay_milliseconds IS NOT NULL AND visitors IS NOT NULL THEN average_stay_milliseconds * visitors ELSE 0 END)"),
        ("stay_visitors", Paired("visitors", "average_stay_milliseconds")),
        ("paying_with_visitors", Paired("paying_buyers", "visitors")),
        ("visitors_with_paying", Paired("visitors", "paying_buyers")),
        ("order_with_visitors", Paired("order_buyers", "visitors")),
        ("visitors_with_order", Paired("visitors", "order_buyers")),
        ("amount_with_paying", Paired("payment_amount_minor", "paying_buyers")),
        ("paying_with_amount", Paired("paying_buyers", "payment_amount_minor")),
        ("bounced_with_visitors", Paired("bounced_visitors", "visitors")),
        ("visitors_with_bounced", Paired("visitors", "bounced_visitors")),
        ("page_views_with_visitors", Paired("page_views", "visitors")),
        ("visitors_with_page_views", Paired("visitors", "page_views")),
        ("cart_with_visitors", Paired("add_to_cart_buyers", "visitors")),
        ("visitors_with_cart", Paired("visitors", "add_to_cart_buyers")),
        ("favorite_with_visitors", Paired("favorite_buyers", "visitors")),
        ("visitors_with_favorite", Paired("visitors", "favorite_buyers")),
        ("amount_with_visitors", Paired("payment_amount_minor", "visitors")),
        ("visitors_with_amount", Paired("visitors", "payment_amount_minor")),
        ("refund_with_amount", Paired("refund_amount_minor", "payment_amount_minor")),
        ("amount_with_refund", Paired("payment_amount_minor", "refund_amount_minor")),
        ("units", Total("units")),
        ("negative_reviews", "SUM(negative_reviews)"),
        ("presale_days", "SUM(CASE WHEN presale THEN 1 ELSE 0 END)"),
        ("max_stock_on_hand", "MAX(stock_on_hand)"),
    ];

    /// <summary>A fact summed with unknown days as 0 (as the raw projection's <c>x ?? 0</c>).</summary>
    private static string Total(string column) => $"SUM(COALESCE({column}, 0))";

    /// <summary><paramref name="part"/> summed over the days that report both it and <paramref name="other"/>.</summary>
    private static string Paired(string part, string other) =>
        $"SUM(CASE WHEN {part} IS NOT NULL AND {other} IS NOT NULL THEN {part} ELSE 0 END)";
}
