using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Caching;
using OpsDashboard.Data.Entities;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Reports;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Reports;

/// <summary>
/// The SKU month rollup (issue 10, reads): a range's SKU sums from full months of sku_months plus the raw edge days
/// are, field for field, the GROUP BY over the raw days alone — with unknown columns on some days, after partial
/// re-imports, and when a writer bumps the version without rebuilding the months (then raw days are read).
/// </summary>
public sealed class SkuMonthRollupTests
{
    private static readonly DateOnly First = new(2025, 10, 15);
    private static readonly DateOnly Last = new(2026, 1, 20);

    /// <summary>The ranges of a screen at once (a long one over full months and edges, a month, a week inside a month, a day).</summary>
    private static readonly DateRange[] Ranges =
    [
        new(new(2025, 10, 20), new(2026, 1, 10)),
        new(new(2025, 11, 1), new(2025, 11, 30)),
        new(new(2025, 12, 5), new(2025, 12, 12)),
        new(new(2025, 10, 1), new(2026, 1, 31)),
        new(new(2025, 12, 31), new(2025, 12, 31)),
    ];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task FullMonthsAndEdges_WithUnknownColumnsOnSomeDays_EqualRawDays(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync("rollup");
        await ImportMixedColumnsAsync(db, store);

        Assert.True(await IsCurrentAsync(db, store));
        Assert.True(await MonthRowsAsync(db, store) > 0);
        await AssertEqualsRawAsync(db, store, Ranges);
        foreach (var range in Ranges)
        {
            await AssertEqualsRawAsync(db, store, [range]);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AReimportOfSomeColumns_AndASecondImportIntoARolledUpMonth_KeepTheSumsExact(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync("reimport");
        await ImportMixedColumnsAsync(db, store);
        var before = Canonical(await db.Queries.SkuSegmentsAsync([store], new DaySegments(Ranges), CancellationToken.None));

        // Only units and refunds of SKU A in late November change; the other columns of those days stay as they were.
        var partial = new StringBuilder("date,sku_code,units,refund_amount\n");
        for (var day = new DateOnly(2025, 11, 20); day <= new DateOnly(2025, 11, 25); day = day.AddDays(1))
        {
            partial.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},A,{day.Day * 7},{day.Day}.5\n");
        }

        await ImportAsync(db, store, partial.ToString());
        Assert.True(await IsCurrentAsync(db, store));
        await AssertEqualsRawAsync(db, store, Ranges);
        Assert.NotEqual(before, Canonical(await db.Queries.SkuSegmentsAsync([store], new DaySegments(Ranges), CancellationToken.None)));

        // A second file into December, already rolled up: a new SKU and new figures for an existing one.
        await ImportAsync(db, store, "date,sku_code,visitors,paying_buyers,payment_amount,negative_reviews\n2025-12-03,D,40,4,88.8,1\n2025-12-04,A,999,9,1000,2\n");
        Assert.True(await IsCurrentAsync(db, store));
        await AssertEqualsRawAsync(db, store, Ranges);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AWriterThatBumpsTheVersionWithoutRebuilding_IsReadFromRawDays_UntilTheNextSkuImport(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync("stale");
        await ImportMixedColumnsAsync(db, store);
        await using (var context = db.CreateContext())
        {
            // A writer that changes November's days and bumps the version, but knows nothing of the months.
            await context.SkuDays.Where(d => d.StoreId == store && d.Date.Month == 11).ExecuteUpdateAsync(s => s.SetProperty(d => d.Visitors, d => (d.Visitors ?? 0) + 1000));
            await StoreDataVersion.BumpAsync(context, store, CancellationToken.None);
        }

        Assert.False(await IsCurrentAsync(db, store));
        await AssertEqualsRawAsync(db, store, Ranges);

        // A store-daily import writes no SKU days: the months stay behind, reads stay raw.
        await ImportStoreDailyAsync(db, store);
        Assert.False(await IsCurrentAsync(db, store));
        await AssertEqualsRawAsync(db, store, Ranges);

        // The next sku-daily import (one day of January) rebuilds every month of the store.
        await ImportAsync(db, store, "date,sku_code,visitors\n2026-01-05,B,12\n");
        Assert.True(await IsCurrentAsync(db, store));
        await AssertEqualsRawAsync(db, store, Ranges);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ACurrentRollup_IsWhatTheReadSums_AndAStaleOneNeverIs(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync("used");
        await ImportMixedColumnsAsync(db, store);
        // Store-daily writes no SKU days: the rollup stays current through it.
        await ImportStoreDailyAsync(db, store);
        Assert.True(await IsCurrentAsync(db, store));
        var november = new DateRange(new(2025, 11, 1), new(2025, 11, 30));
        var raw = await RawVisitorsAsync(db, store, november);

        await using (var context = db.CreateContext())
        {
            // Tampered months, version untouched: the read takes November from the month rows.
            await context.SkuMonths.Where(m => m.StoreId == store).ExecuteUpdateAsync(s => s.SetProperty(m => m.Visitors, m => m.Visitors + 1_000_000));
        }

        Assert.Equal(raw + 1_000_000, await ReadVisitorsAsync(db, store, november, "A"));

        await using (var context = db.CreateContext())
        {
            await StoreDataVersion.BumpAsync(context, store, CancellationToken.None);
        }

        Assert.Equal(raw, await ReadVisitorsAsync(db, store, november, "A"));
    }

    [Fact]
    public void ByMonths_CutsEachSegmentIntoItsWholeMonthsAndEdgeDays()
    {
        var (full, edges) = new DaySegments([new DateRange(new(2025, 10, 20), new(2026, 1, 10)), new DateRange(new(2025, 11, 10), new(2025, 11, 16))]).ByMonths();

        Assert.Equal([new DateRange(new(2025, 12, 1), new(2025, 12, 31))], full);
        Assert.Equal([new DateRange(new(2025, 10, 20), new(2025, 11, 30)), new DateRange(new(2026, 1, 1), new(2026, 1, 10))], edges);
    }

    /// <summary>Three SKUs over Oct 15 – Jan 20 from files with different columns, so each SKU lacks some facts on some days.</summary>
    private static async Task ImportMixedColumnsAsync(TestDatabase db, int store)
    {
        var full = new StringBuilder("date,sku_code,visitors,page_views,bounced_visitors,add_to_cart_buyers,favorite_buyers,order_buyers,paying_buyers,units,payment_amount,refund_amount,average_stay_seconds,presale,stock_on_hand,negative_reviews\n");
        var traffic = new StringBuilder("date,sku_code,visitors,page_views,paying_buyers,payment_amount,refund_amount\n");
        var funnel = new StringBuilder("date,sku_code,visitors,add_to_cart_buyers,order_buyers,average_stay_seconds,presale\n");
        var stock = new StringBuilder("date,sku_code,units,stock_on_hand\n");
        for (var day = First; day <= Last; day = day.AddDays(1))
        {
            var n = day.DayNumber;
            full.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},A,{100 + n % 37},{300 + n % 91},{40 + n % 13},{10 + n % 7},{5 + n % 3},{6 + n % 4 + n % 3},{6 + n % 4},{7 + n % 6},{500 + n % 997}.{n % 100:00},{n % 11}.25,{30 + n % 17},{(n % 9 == 0 ? 1 : 0)},{n % 50},{n % 2}\n");
            if (n % 3 == 0)
            {
                traffic.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},B,{50 + n % 19},{120 + n % 23},{2 + n % 3},{n % 301}.10,{n % 5}\n");
            }
            else
            {
                funnel.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},B,{60 + n % 29},{3 + n % 4},{2 + n % 2},{20 + n % 9},{(n % 4 == 0 ? "yes" : "no")}\n");
            }
            if (n % 2 == 0)
            {
                stock.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},C,{n % 8},{n % 70}\n");
            }
        }

        foreach (var csv in new[] { full, traffic, funnel, stock })
        {
            await ImportAsync(db, store, csv.ToString());
        }
    }

    private static async Task ImportAsync(TestDatabase db, int store, string csv)
    {
        var result = await db.Imports.ImportAsync(store, ImportKind.SkuDaily, Encoding.UTF8.GetBytes(csv), null);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Row} {e.Column}: {e.Message}")));
    }

    private static async Task ImportStoreDailyAsync(TestDatabase db, int store) =>
        Assert.True((await db.Imports.ImportAsync(store, ImportKind.StoreDaily, Encoding.UTF8.GetBytes("date,visitors,paying_buyers,payment_amount\n2025-11-03,1000,20,2000\n"), null)).Succeeded);

    /// <summary>The rollup read and the GROUP BY over raw days (the projection the read had before the rollup) agree field for field.</summary>
    private static async Task AssertEqualsRawAsync(TestDatabase db, int store, DateRange[] ranges)
    {
        var segments = new DaySegments(ranges);
        await using var context = db.CreateContext();
        var raw = await context.SkuDays
            .Where(d => d.StoreId == store)
            .Where(segments.Within<SkuDay>(d => d.Date))
            .GroupBy(segments.Key<SkuDay, KpiQueries.SkuSegment>(d => d.Date, (d, segment) => new KpiQueries.SkuSegment { StoreId = d.StoreId, SkuId = d.SkuId, Segment = segment }))
            .Select(KpiQueries.SkuSumsByKey<KpiQueries.SkuSegment>())
            .ToListAsync();
        var read = await db.Queries.SkuSegmentsAsync([store], segments, CancellationToken.None);

        Assert.NotEmpty(raw);
        Assert.Equal(Canonical(raw), Canonical(read));
    }

    /// <summary>Every field of every group, sorted by key: equal strings are equal sums, nulls included.</summary>
    private static List<string> Canonical(List<KpiQueries.SkuSums<KpiQueries.SkuSegment>> sums) =>
        sums.Select(s => string.Join(
                '|',
                new object?[] { s.Key, s.Units, s.NegativeReviews, s.PresaleDays, s.MaxStockOnHand }
                    .Concat(typeof(KpiQueries.VisitorSums).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => $"{p.Name}={p.GetValue(s.Shared) ?? "null"}"))
                    .Select(v => v?.ToString() ?? "null")))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static async Task<long> RawVisitorsAsync(TestDatabase db, int store, DateRange range)
    {
        await using var context = db.CreateContext();
        var sku = await context.Skus.Where(s => s.StoreId == store && s.Code == "A").Select(s => s.Id).SingleAsync();
        return await context.SkuDays.Where(d => d.StoreId == store && d.SkuId == sku && d.Date >= range.From && d.Date <= range.To).SumAsync(d => d.Visitors ?? 0);
    }

    private static async Task<long> ReadVisitorsAsync(TestDatabase db, int store, DateRange range, string code)
    {
        await using var context = db.CreateContext();
        var sku = await context.Skus.Where(s => s.StoreId == store && s.Code == code).Select(s => s.Id).SingleAsync();
        var sums = await db.Queries.SkuSegmentsAsync([store], new DaySegments([range]), CancellationToken.None);
        return Assert.Single(sums, s => s.Key.SkuId == sku).Shared.Visitors;
    }

    private static async Task<bool> IsCurrentAsync(TestDatabase db, int store)
    {
        await using var context = db.CreateContext();
        return await context.SkuRollupStates.AnyAsync(r => r.StoreId == store && context.Stores.Any(s => s.Id == store && s.DataVersion == r.DataVersion));
    }

    private static async Task<int> MonthRowsAsync(TestDatabase db, int store)
    {
        await using var context = db.CreateContext();
        return await context.SkuMonths.CountAsync(m => m.StoreId == store);
    }
}
