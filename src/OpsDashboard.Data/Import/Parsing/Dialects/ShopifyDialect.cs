using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Shopify's analytics CSV (Day, Sessions, Online store visitors, Sessions with cart additions,
/// Sessions that reached checkout, Sessions that completed checkout, Orders, Total sales,
/// Conversion rate…). Visitors are Online store visitors, else Sessions (the store then counts
/// sessions); paying buyers are Sessions that completed checkout, else Orders. Shopify's
/// conversion rate is per session, so it is checked only when the visitors read are sessions.
/// </summary>
internal sealed class ShopifyDialect : HeaderDialect
{
    private static readonly string OnlineStoreVisitors = HeaderCatalog.Normalize("Online store visitors");

    public ShopifyDialect()
        : base("shopify", "Shopify analytics", ["shopify"])
    {
        Preferences =
        [
            new HeaderPreference(["Online store visitors", "Sessions"], "IgnoredSessionsVisitorsRead"),
            new HeaderPreference(["Sessions that completed checkout", "Orders"], "IgnoredOrdersCheckoutsRead"),
        ];
        Map(new KeyColumn(KeyField.Date), ["Day"]);
        Map(new FactColumnMeaning("visitors"), ["Online store visitors", "Sessions"], identifying: true);
        Map(new FactColumnMeaning("add_to_cart_buyers"), ["Sessions with cart additions"], identifying: true);
        Map(new FactColumnMeaning("paying_buyers"), ["Sessions that completed checkout", "Orders"], identifying: true);
        Map(new FactColumnMeaning("payment_amount_minor"), ["Total sales"], identifying: true);
        Map(new FactColumnMeaning("page_views"), ["Pageviews"], identifying: true);
        Map(new FactColumnMeaning("average_stay_milliseconds"), ["Average session duration"], identifying: true);
        Map(new DerivedMetricColumn(DerivedMetric.Of(Catalogue.ConversionRate)), ["Conversion rate"], identifying: true);
        Map(new IgnoredColumn(new ImportMessage("IgnoredNotStored")), ["Sessions that reached checkout", "Gross sales", "Discounts", "Returns", "Net sales", "Shipping", "Taxes"], identifying: true);
    }

    /// <summary>Whether a header row's visitors are sessions (no Online store visitors column, a Sessions column).</summary>
    public static bool CountsSessions(IReadOnlyList<string> normalized) =>
        !normalized.Contains(OnlineStoreVisitors) && normalized.Contains(HeaderCatalog.Normalize("Sessions"));

    protected override void Adjust(IReadOnlyList<string> normalized, List<ColumnMeaning?> meanings)
    {
        if (CountsSessions(normalized))
        {
            return;
        }

        for (var i = 0; i < meanings.Count; i++)
        {
            if (meanings[i] is DerivedMetricColumn { Metric.Numerator: "paying_buyers" })
            {
                meanings[i] = new IgnoredColumn(new ImportMessage("IgnoredConversionPerSession"));
            }
        }
    }
}
