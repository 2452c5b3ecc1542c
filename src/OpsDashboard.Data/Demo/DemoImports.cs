using OpsDashboard.Core.Metrics;
using OpsDashboard.Data.Import;

namespace OpsDashboard.Data.Demo;

/// <summary>One calendar month of a demo store, as the three files an operator would import.</summary>
public sealed record DemoMonth(DateOnly Month, IReadOnlyList<DemoDay> Days, ParsedImport StoreDaily, ParsedImport SkuDaily, ParsedImport SourceDaily)
{
    public IEnumerable<ParsedImport> Imports => [StoreDaily, SkuDaily, SourceDaily];
}

/// <summary>
/// Turns generated rows into the import contract (<see cref="ParsedImport"/>), typed exactly as the
/// parser types a real file: counts as long, money in minor units, the peer rate in
/// <see cref="RateScale"/> units, DSR as decimal, presale as bool. Every file carries every column
/// of its kind, and row numbers count from 2 as if under a header row.
/// </summary>
public static class DemoImports
{
    /// <summary>Groups the days by calendar month, one month in memory at a time.</summary>
    public static IEnumerable<DemoMonth> ByMonth(DemoStoreProfile profile, IEnumerable<DemoDay> days)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(days);
        var month = new List<DemoDay>();
        foreach (var day in days)
        {
            if (month.Count > 0 && (month[0].Date.Year != day.Date.Year || month[0].Date.Month != day.Date.Month))
            {
                yield return ToMonth(profile, month);
                month = [];
            }

            month.Add(day);
        }

        if (month.Count > 0)
        {
            yield return ToMonth(profile, month);
        }
    }

    public static ParsedImport StoreDaily(IEnumerable<DemoStoreDay> rows) =>
        Build(ImportKind.StoreDaily, rows.Select((r, i) => new ParsedRow
        {
            RowNumber = i + 2,
            Date = r.Date,
            Values = new Dictionary<string, object?>
            {
                ["visitors"] = r.Visitors,
                ["page_views"] = r.PageViews,
                ["bounced_visitors"] = r.BouncedVisitors,
                ["returning_visitors"] = r.ReturningVisitors,
                ["add_to_cart_buyers"] = r.AddToCartBuyers,
                ["order_buyers"] = r.OrderBuyers,
                ["paying_buyers"] = r.PayingBuyers,
                ["payment_amount_minor"] = Money.ToMinorUnits(r.PaymentAmount),
                ["refund_amount_minor"] = Money.ToMinorUnits(r.RefundAmount),
                ["inquirers"] = r.Inquirers,
                ["inquiry_paying_buyers"] = r.InquiryPayingBuyers,
                ["peer_conversion_rate_units"] = RateScale.ToUnits(r.PeerConversionRate),
                ["dsr_description"] = r.DsrDescription,
                ["dsr_service"] = r.DsrService,
                ["dsr_logistics"] = r.DsrLogistics,
                ["units"] = r.Units,
                ["favorite_buyers"] = r.FavoriteBuyers,
                ["average_stay_milliseconds"] = StayMilliseconds(r.AverageStaySeconds),
            },
        }));

    public static ParsedImport SkuDaily(DemoStoreProfile profile, IEnumerable<DemoSkuDay> rows)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var catalogue = profile.Skus.ToDictionary(s => s.Code, StringComparer.Ordinal);
        return Build(ImportKind.SkuDaily, rows.Select((r, i) => new ParsedRow
        {
            RowNumber = i + 2,
            Date = r.Date,
            SkuCode = r.SkuCode,
            SkuName = catalogue.TryGetValue(r.SkuCode, out var sku) ? sku.Name : null,
            SkuCategory = sku?.Category,
            Values = new Dictionary<string, object?>
            {
                ["visitors"] = r.Visitors,
                ["page_views"] = r.PageViews,
                ["bounced_visitors"] = r.BouncedVisitors,
                ["add_to_cart_buyers"] = r.AddToCartBuyers,
                ["order_buyers"] = r.OrderBuyers,
                ["paying_buyers"] = r.PayingBuyers,
                ["units"] = r.Units,
                ["payment_amount_minor"] = Money.ToMinorUnits(r.PaymentAmount),
                ["presale"] = r.Presale,
                ["stock_on_hand"] = r.StockOnHand,
                ["negative_reviews"] = r.NegativeReviews,
                ["favorite_buyers"] = r.FavoriteBuyers,
                ["refund_amount_minor"] = Money.ToMinorUnits(r.RefundAmount),
                ["average_stay_milliseconds"] = StayMilliseconds(r.AverageStaySeconds),
            },
        }));
    }

    public static ParsedImport SourceDaily(IEnumerable<DemoSourceDay> rows) =>
        Build(ImportKind.SourceDaily, rows.Select((r, i) => new ParsedRow
        {
            RowNumber = i + 2,
            Date = r.Date,
            SourceName = r.SourceName,
            SourceKind = r.Kind,
            Values = new Dictionary<string, object?>
            {
                ["visitors"] = r.Visitors,
                ["order_buyers"] = r.OrderBuyers,
                ["paying_buyers"] = r.PayingBuyers,
                ["payment_amount_minor"] = Money.ToMinorUnits(r.PaymentAmount),
                ["impressions"] = r.Impressions,
                ["clicks"] = r.Clicks,
                ["cost_minor"] = Money.ToMinorUnits(r.Cost),
            },
        }));

    /// <summary>
    /// The same import with only <paramref name="columns"/> (in the kind's order): what the store's other
    /// files carry when its platform's own export brings the rest (<see cref="DemoPlatformFiles"/>).
    /// Each file updates only its own columns, so the two land on the same rows.
    /// </summary>
    public static ParsedImport Carrying(ParsedImport import, IReadOnlyCollection<string> columns)
    {
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(columns);
        var kept = import.Columns.Where(columns.Contains).ToList();
        return import with
        {
            Columns = kept,
            Rows = import.Rows
                .Select(row => row with { Values = kept.ToDictionary(c => c, c => row.Values[c], StringComparer.Ordinal) })
                .ToList(),
        };
    }

    private static DemoMonth ToMonth(DemoStoreProfile profile, List<DemoDay> days) => new(
        new DateOnly(days[0].Date.Year, days[0].Date.Month, 1),
        days,
        StoreDaily(days.Select(d => d.Store)),
        SkuDaily(profile, days.SelectMany(d => d.Skus)),
        SourceDaily(days.SelectMany(d => d.Sources)));

    private static ParsedImport Build(ImportKind kind, IEnumerable<ParsedRow> rows)
    {
        var list = rows.ToList();
        return new ParsedImport
        {
            Kind = kind,
            RowsRead = list.Count,
            Columns = FactColumns.For(kind).Select(c => c.Name).ToList(),
            Rows = list,
            Errors = [],
            Warnings = [],
        };
    }

    private static long StayMilliseconds(decimal seconds) => (long)decimal.Round(seconds * 1000m, MidpointRounding.AwayFromZero);
}
