namespace OpsDashboard.Testing;

/// <summary>
/// A hand-made store's store-daily and source-daily files: 2026-11-02..03 against the previous
/// period 2026-10-31..11-01. Shared by the bUnit and the browser tests; every expected figure is
/// worked out in the comments.
/// </summary>
public static class TwoDayStoreFiles
{
    /// <summary>
    /// Now: Σ visitors 4000, page views 10500, bounced 3000, paying 130, payment 13000.50 ⇒ conversion
    /// 0.0325, AOV 100.00384615…, bounce 0.75, depth 2.625, visitor value 3.250125.
    /// Before: 4000, 12000, 2000, 100, 10000.00 ⇒ 0.025, 100, 0.5, 3, 2.5.
    /// Changes: sales +30.005%, visitors 0%, conversion +0.75 pt, AOV +0.00384615…%, bounce +25 pt,
    /// depth −12.5%, visitor value +30.005%. Drivers: traffic 0, conversion +30% (0.0325 ÷ 0.025).
    /// </summary>
    public const string StoreDaily =
        "date,visitors,page_views,bounced_visitors,order_buyers,paying_buyers,payment_amount\n" +
        "2026-11-02,1000,3000,600,50,40,\"¥4,000.00\"\n" +
        "2026-11-03,3000,7500,2400,120,90,9000.50\n" +
        "2026-10-31,2000,6000,1000,60,50,5000\n" +
        "2026-11-01,2000,6000,1000,60,50,5000\n";

    /// <summary>
    /// 关键词推广 (paid): 800 visitors (was 1000: down exactly 20%), 2000.00 sales for 1000.00 cost: ROI exactly 2.0.
    /// 精准人群推广 (paid): 799 visitors (was 1000: down 20.1%), 1990.00 for 1000.00: ROI 1.99.
    /// 手淘搜索 (free): 2000 visitors (was 2000), no cost: no ROI verdict. Σ visitors 3599.
    /// </summary>
    public const string SourceDaily =
        "date,source,visitors,paying_buyers,payment_amount,cost\n" +
        "2026-11-02,关键词推广,400,10,1000,500\n" +
        "2026-11-03,关键词推广,400,10,1000,500\n" +
        "2026-11-02,精准人群推广,399,5,995,500\n" +
        "2026-11-03,精准人群推广,400,5,995,500\n" +
        "2026-11-02,手淘搜索,1000,40,4000,\n" +
        "2026-11-03,手淘搜索,1000,40,4000,\n" +
        "2026-10-31,关键词推广,500,10,1000,500\n" +
        "2026-11-01,关键词推广,500,10,1000,500\n" +
        "2026-10-31,精准人群推广,500,10,1000,500\n" +
        "2026-11-01,精准人群推广,500,10,1000,500\n" +
        "2026-10-31,手淘搜索,1000,40,4000,\n" +
        "2026-11-01,手淘搜索,1000,40,4000,\n";
}
