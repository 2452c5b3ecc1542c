namespace OpsDashboard.Data.Import;

/// <summary>
/// The values the importer lets in, so that nothing stored can break a later query (docs/security.md).
/// Dates lie between <see cref="EarliestDate"/> and the store's today, so no range the dashboard
/// sums is longer than <see cref="LongestRangeDays"/> days (2000-01-01 … 2100-12-31). A sum of one
/// series (a store, a SKU or a source) over that range then stays far inside a 64-bit integer
/// (SQLite's INTEGER, PostgreSQL's bigint, .NET's long, max 9,223,372,036,854,775,807):
/// counts ≤ 36,890 × 10^8 ≈ 3.7 × 10^12; money ≤ 36,890 × 10^11 minor units ≈ 3.7 × 10^15 (room
/// for 2,500 such series in one sum); the visitor-weighted average stay (milliseconds × visitors)
/// ≤ 36,890 × 1.8 × 10^6 × 10^8 ≈ 6.6 × 10^18.
/// </summary>
public static class ImportBounds
{
    /// <summary>The largest count (visitors, page views, buyers, units, impressions…) one row may carry for one day.</summary>
    public const long MaxCount = 100_000_000;

    /// <summary>The largest amount of money one row may carry for one day, in currency units (¥1,000,000,000).</summary>
    public const decimal MaxMoney = 1_000_000_000m;

    /// <summary>The longest average stay accepted, in seconds (30 minutes).</summary>
    public const decimal MaxAverageStaySeconds = 1_800m;

    /// <summary>The first day the dashboard accepts.</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    /// <summary>The last day any store's today can be, for the overflow bound above.</summary>
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    /// <summary>Days from <see cref="EarliestDate"/> to <see cref="LatestDate"/>, both included: 36,890.</summary>
    public static int LongestRangeDays => LatestDate.DayNumber - EarliestDate.DayNumber + 1;

    /// <summary>Column lengths, enforced by the app (SQLite does not enforce a declared length; PostgreSQL would fail the whole write).</summary>
    public const int SkuCodeLength = 128;
    public const int SkuNameLength = 400;
    public const int SkuCategoryLength = 200;
    public const int SourceNameLength = 200;
}
