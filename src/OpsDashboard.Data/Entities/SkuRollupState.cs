namespace OpsDashboard.Data.Entities;

/// <summary>
/// The store data version (<see cref="Store.DataVersion"/>) a store's <see cref="SkuMonth"/> rows are exact for.
/// Readers use the month rows only while this equals the store's current version; any writer that bumps the version
/// without saying it kept the months exact leaves it behind, and the store is then read from raw days.
/// </summary>
public sealed class SkuRollupState
{
    public int StoreId { get; set; }
    public long DataVersion { get; set; }
}
