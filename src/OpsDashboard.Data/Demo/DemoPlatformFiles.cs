using System.Globalization;
using System.Text;
using OpsDashboard.Data.Import;

namespace OpsDashboard.Data.Demo;

/// <summary>
/// One month of a demo store as the files its platform exports (DOMAIN §9), so the demo comes in
/// through the real parser and dialect: 京东商智's store funnel and 商品明细 in GB18030 with a 同比
/// column after the headline figures, and Shopify's "Total sales over time" and "Sessions over time"
/// CSVs in UTF-8. Each file carries only what that export has; <see cref="StoreRemainder"/> and
/// <see cref="SkuRemainder"/> name the columns that come from the store's other files (customer
/// service, DSR, stock…), written through <see cref="DemoImports"/> as before.
/// </summary>
public static class DemoPlatformFiles
{
    /// <summary>The 京东商智 store funnel (流量 + 交易 概况), one row per day; 同比 compares with the same day a year earlier.</summary>
    public static byte[] JdStoreFunnel(IReadOnlyList<DemoStoreDay> days, Func<DateOnly, DemoStoreDay?> yearAgo)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(yearAgo);
        var text = new StringBuilder("时间,浏览量(PV),同比,访客数(UV),同比,跳失率,人均浏览量(人均PV),平均停留时长(秒),加购客户数,下单客户数,成交客户数,同比,成交金额,同比,成交转化率\r\n");
        foreach (var day in days)
        {
            var before = yearAgo(day.Date.AddDays(-364));
            text.Append(Inv($"{day.Date:yyyy-MM-dd},{day.PageViews},{YearOnYear(day.PageViews, before?.PageViews)},{day.Visitors},{YearOnYear(day.Visitors, before?.Visitors)},"))
                .Append(Inv($"{Percent(day.BouncedVisitors, day.Visitors)},{Ratio(day.PageViews, day.Visitors)},{day.AverageStaySeconds:0.0},"))
                .Append(Inv($"{day.AddToCartBuyers},{day.OrderBuyers},{day.PayingBuyers},{YearOnYear(day.PayingBuyers, before?.PayingBuyers)},"))
                .Append(Inv($"\"{day.PaymentAmount:#,##0.00}\",{YearOnYear(day.PaymentAmount, before?.PaymentAmount)},{Percent(day.PayingBuyers, day.Visitors)}\r\n"));
        }

        return Gb18030(text.ToString());
    }

    /// <summary>The 京东商智 商品明细 (SKU file): 时间, SKU, 商品名称 and the item's traffic and deals.</summary>
    public static byte[] JdSkuDetail(DemoStoreProfile profile, IEnumerable<DemoSkuDay> rows)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(rows);
        var names = profile.Skus.ToDictionary(s => s.Code, s => s.Name, StringComparer.Ordinal);
        var text = new StringBuilder("时间,SKU,商品名称,商品访客数,商品浏览量,跳失率,成交客户数,成交金额,成交商品件数\r\n");
        foreach (var row in rows)
        {
            text.Append(Inv($"{row.Date:yyyy-MM-dd},{row.SkuCode},{names[row.SkuCode]},{row.Visitors},{row.PageViews},{Percent(row.BouncedVisitors, row.Visitors)},"))
                .Append(Inv($"{row.PayingBuyers},\"{row.PaymentAmount:#,##0.00}\",{row.Units}\r\n"));
        }

        return Gb18030(text.ToString());
    }

    /// <summary>
    /// Shopify "Total sales over time": Total sales (the payment) = Net sales + Taxes, Returns are the
    /// day's refunds, Orders the paying buyers. Imported before the sessions file, as docs/import.md asks.
    /// </summary>
    public static byte[] ShopifySales(IReadOnlyList<DemoStoreDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var text = new StringBuilder("Day,Orders,Gross sales,Discounts,Returns,Net sales,Shipping,Taxes,Total sales\n");
        foreach (var day in days)
        {
            var taxes = decimal.Round(day.PaymentAmount * 0.07m / 1.07m, 2);
            var net = day.PaymentAmount - taxes;
            var gross = net + day.RefundAmount;
            text.Append(Inv($"{day.Date:yyyy-MM-dd},{day.PayingBuyers},{gross:0.00},0.00,{-day.RefundAmount:0.00},{net:0.00},0.00,{taxes:0.00},{day.PaymentAmount:0.00}\n"));
        }

        return Utf8(text.ToString());
    }

    /// <summary>Shopify "Sessions over time" without Online store visitors: the store counts sessions; no bounce column.</summary>
    public static byte[] ShopifySessions(IReadOnlyList<DemoStoreDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var text = new StringBuilder("\"Day\",\"Sessions\",\"Pageviews\",\"Average session duration\",\"Sessions with cart additions\",\"Sessions that reached checkout\",\"Sessions that completed checkout\",\"Conversion rate\"\n");
        foreach (var day in days)
        {
            var reached = day.OrderBuyers;
            text.Append(Inv($"\"{day.Date:yyyy-MM-dd}\",\"{day.Visitors}\",\"{day.PageViews}\",\"{day.AverageStaySeconds:0.0}\",\"{day.AddToCartBuyers}\","))
                .Append(Inv($"\"{reached}\",\"{day.PayingBuyers}\",\"{Fraction(day.PayingBuyers, day.Visitors)}\"\n"));
        }

        return Utf8(text.ToString());
    }

    /// <summary>Store-daily columns a platform's own files do not carry, written from the store's other files.</summary>
    public static IReadOnlyList<string> StoreRemainder(string platform) => platform switch
    {
        "jd" => ["returning_visitors", "refund_amount_minor", "inquirers", "inquiry_paying_buyers", "peer_conversion_rate_units", "dsr_description", "dsr_service", "dsr_logistics", "units", "favorite_buyers"],

        // Shopify gives no 同行 (peer) figures, no DSR and no 询单; returning customers, checkouts started,
        // refunds by refund day and units come from its other reports.
        "shopify" => ["returning_visitors", "order_buyers", "refund_amount_minor", "units"],
        _ => FactColumns.For(ImportKind.StoreDaily).Select(c => c.Name).ToList(),
    };

    /// <summary>SKU-daily columns written besides the platform's SKU file (for Shopify, whose product reports are not read as a dialect, every column it has a figure for).</summary>
    public static IReadOnlyList<string> SkuRemainder(string platform) => platform switch
    {
        "jd" => ["add_to_cart_buyers", "order_buyers", "presale", "stock_on_hand", "negative_reviews", "favorite_buyers", "refund_amount_minor", "average_stay_milliseconds"],

        // No bounce, favourites or review counts per product in Shopify's reports.
        "shopify" => ["visitors", "page_views", "add_to_cart_buyers", "order_buyers", "paying_buyers", "units", "payment_amount_minor", "stock_on_hand", "refund_amount_minor", "average_stay_milliseconds"],
        _ => FactColumns.For(ImportKind.SkuDaily).Select(c => c.Name).ToList(),
    };

    private static string YearOnYear(decimal now, decimal? before) =>
        before is { } b && b != 0m ? Inv($"{(now - b) / b:0.00%}") : "-";

    private static string Percent(long part, long whole) => whole == 0 ? string.Empty : Inv($"{(decimal)part / whole:0.00%}");

    private static string Fraction(long part, long whole) => whole == 0 ? string.Empty : Inv($"{(decimal)part / whole:0.0000}");

    private static string Ratio(long part, long whole) => whole == 0 ? string.Empty : Inv($"{(decimal)part / whole:0.00}");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static byte[] Gb18030(string text) => CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!.GetBytes(text);

    private static byte[] Utf8(string text) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
}
