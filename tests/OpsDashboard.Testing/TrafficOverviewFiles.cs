namespace OpsDashboard.Testing;

/// <summary>
/// 生意参谋-style traffic overview exports as an operator downloads them: one that imports cleanly and one
/// with three bad rows. Shared by the import page's browser tests and the screenshot command of the bench.
/// </summary>
public static class TrafficOverviewFiles
{
    /// <summary>
    /// A 生意参谋-style traffic overview: title block, header on row 4, bounce as a rate, two checked-only
    /// rates and an unknown column. Σ visitors 9500, Σ paying buyers 401, Σ payment 40100.00.
    /// </summary>
    public const string Good =
        "流量概况\n" +
        "统计日期：2026-11-01~2026-11-07\n" +
        "\n" +
        "日期,访客数,浏览量,跳失率,下单买家数,支付买家数,支付金额,支付转化率,客单价,店铺等级\n" +
        "2026-11-01,1000,3000,60.00%,50,40,\"¥4,000.00\",4.00%,100.00,五钻\n" +
        "2026-11-02,1200,3500,55.00%,60,48,\"¥4,800.00\",4.00%,100.00,五钻\n" +
        "2026-11-03,900,2800,62.00%,45,36,\"¥3,600.00\",4.00%,100.00,五钻\n" +
        "2026-11-04,1100,3300,58.00%,55,44,\"¥4,400.00\",4.00%,100.00,五钻\n" +
        "2026-11-05,1500,4600,50.00%,80,66,\"¥6,600.00\",4.40%,100.00,五钻\n" +
        "2026-11-06,2000,6100,48.00%,110,90,\"¥9,000.00\",4.50%,100.00,五钻\n" +
        "2026-11-07,1800,5200,52.00%,95,77,\"¥7,700.00\",4.28%,100.00,五钻\n";

    /// <summary>Row 6: paying buyers above visitors; row 8: a date that does not exist; row 9: negative visitors.</summary>
    public const string Bad =
        "流量概况\n" +
        "统计日期：2026-11-01~2026-11-07\n" +
        "\n" +
        "日期,访客数,支付买家数,支付金额\n" +
        "2026-11-08,1000,40,4000\n" +
        "2026-11-09,100,500,4000\n" +
        "2026-11-10,1000,40,4000\n" +
        "2026-13-45,1000,40,4000\n" +
        "2026-11-12,-5,0,0\n";
}
