using System.Globalization;
using System.Text;

namespace OpsDashboard.Bench;

/// <summary>One sku-daily row's values, exactly as the CSV carries them (money in minor units).</summary>
internal readonly record struct ScaleSkuDay(
    DateOnly Date, int Sku, long Visitors, long PageViews, long Bounced, long AddToCart, long OrderBuyers, long PayingBuyers, long Units, long PaymentMinor, long Stock);

/// <summary>
/// The scale bench's store (issue 10): <see cref="Skus"/> SKUs × <see cref="Days"/> days of sku-daily
/// rows (CSV, English headers), plus store-daily and source-daily files for the same days. Values
/// come from a hash of (day, SKU), so the baseline writes exactly the rows the CSV holds without
/// keeping them. The 1M-row case is 5,000 × 200; the read target 5,000 × 730.
/// </summary>
internal sealed class ScaleData(int skus, int days, DateOnly lastDay)
{
    private static readonly string[] Sources = ["手淘搜索", "手淘推荐", "直通车", "引力魔方", "淘宝客", "直播", "购物车", "我的淘宝"];

    public int Skus => skus;
    public int Days => days;
    public DateOnly FirstDay => lastDay.AddDays(1 - days);
    public DateOnly LastDay => lastDay;
    public long Rows => (long)skus * days;

    public const string SkuDailyHeader = "date,sku_code,sku_name,visitors,page_views,bounced_visitors,add_to_cart_buyers,order_buyers,paying_buyers,units,payment_amount,stock_on_hand";

    public static string Code(int sku) => (6805_0000_0000_0000L + sku).ToString(CultureInfo.InvariantCulture);

    /// <summary>Every row, day by day, SKU by SKU (the order a daily export concatenation has).</summary>
    public IEnumerable<ScaleSkuDay> SkuDays()
    {
        for (var d = 0; d < days; d++)
        {
            var date = FirstDay.AddDays(d);
            for (var s = 0; s < skus; s++)
            {
                yield return Row(date, d, s);
            }
        }
    }

    /// <summary>Writes the sku-daily CSV to <paramref name="path"/> as a stream (never the whole text in memory).</summary>
    public void WriteSkuDaily(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        writer.Write(SkuDailyHeader);
        writer.Write('\n');
        Span<char> buffer = stackalloc char[32];
        foreach (var r in SkuDays())
        {
            writer.Write(r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(Code(r.Sku));
            writer.Write(",SKU ");
            Number(writer, r.Sku, buffer);
            foreach (var value in new[] { r.Visitors, r.PageViews, r.Bounced, r.AddToCart, r.OrderBuyers, r.PayingBuyers, r.Units })
            {
                writer.Write(',');
                Number(writer, value, buffer);
            }

            writer.Write(',');
            writer.Write((r.PaymentMinor / 100m).ToString("0.00", CultureInfo.InvariantCulture));
            writer.Write(',');
            Number(writer, r.Stock, buffer);
            writer.Write('\n');
        }
    }

    /// <summary>The store's own day totals (one row a day).</summary>
    public byte[] StoreDaily()
    {
        var csv = new StringBuilder("date,visitors,page_views,bounced_visitors,add_to_cart_buyers,order_buyers,paying_buyers,units,payment_amount,refund_amount,inquirers,inquiry_paying_buyers\n");
        for (var d = 0; d < days; d++)
        {
            var visitors = 400_000L + (Hash(d, -1) % 200_000);
            var paying = visitors / 30;
            csv.Append(CultureInfo.InvariantCulture, $"{FirstDay.AddDays(d):yyyy-MM-dd},{visitors},{visitors * 3},{visitors / 2},{visitors / 9},{paying + (paying / 10)},{paying},{paying * 5 / 4},{paying * 129.90m:0.00},{paying * 3.5m:0.00},{visitors / 50},{visitors / 200}\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>Eight traffic sources a day.</summary>
    public byte[] SourceDaily()
    {
        var csv = new StringBuilder("date,source,visitors,order_buyers,paying_buyers,payment_amount,impressions,clicks,cost\n");
        for (var d = 0; d < days; d++)
        {
            for (var s = 0; s < Sources.Length; s++)
            {
                var visitors = 10_000L + (Hash(d, s + 100_000) % 50_000);
                var paying = visitors / 35;
                var paid = Sources[s] is "直通车" or "引力魔方" or "淘宝客";
                csv.Append(CultureInfo.InvariantCulture, $"{FirstDay.AddDays(d):yyyy-MM-dd},{Sources[s]},{visitors},{paying + 3},{paying},{paying * 120.5m:0.00},{(paid ? visitors * 20 : 0)},{(paid ? visitors : 0)},{(paid ? visitors * 0.8m : 0m):0.00}\n");
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static ScaleSkuDay Row(DateOnly date, int day, int sku)
    {
        var h = Hash(day, sku);
        var visitors = 20 + (h % 3000);
        var paying = visitors / (25 + (long)((h >> 12) % 20));
        var units = paying + (paying / 4);
        return new ScaleSkuDay(
            date, sku, visitors, (visitors * 2) + (long)((h >> 20) % 7), visitors / 2, visitors / 10, Math.Min(visitors, paying + 1), paying, units,
            paying * (4_990 + (long)((h >> 24) % 10_000)), (long)((h >> 8) % 900));
    }

    private static long Hash(int day, int sku)
    {
        var x = (ulong)(((long)day << 32) ^ (uint)sku) * 0x9E3779B97F4A7C15UL;
        x ^= x >> 29;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 32;
        return (long)(x & 0x7FFF_FFFF_FFFF);
    }

    private static void Number(StreamWriter writer, long value, Span<char> buffer)
    {
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }
}
