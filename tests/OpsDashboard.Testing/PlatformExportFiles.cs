using System.Text;

namespace OpsDashboard.Testing;

/// <summary>
/// Daily exports shaped as each platform writes them (DOMAIN §9; the headers as public parsers of
/// those exports read them — see docs/import.md), 2026-11-01..02, with every expected figure
/// worked out in the comments. The Chinese platforms' CSVs come in GB18030, 抖店's in UTF-8 with a
/// BOM, Shopify's in UTF-8.
/// </summary>
public static class PlatformExportFiles
{
    /// <summary>
    /// 京东商智 store funnel: a 同比 column after every figure. Day 1: UV 4000, PV 12000, 加购 320,
    /// 下单 150, 成交客户 120, 成交金额 18,000.00 (UV价值 4.50, 客单价 150.00, 成交转化率 3.00%,
    /// 下单转换率 3.75%, 加购转换率 8.00%, 人均 3.00). Day 2: 3000, 9000, 240, 100, 90, 13,950.00
    /// (4.65, 155.00, 3.00%, 3.33%, 8.00%, 3.00). Period: visitors 7000, paying 210, sales 31,950.00
    /// ⇒ conversion 0.03, AOV 152.142857…, depth 3.0, bounce unknown (JD gives none).
    /// </summary>
    public const string JdStore =
        "日期,浏览量(PV),同比,访客数(UV),同比,人均浏览量(人均PV),同比,平均停留时长(秒),同比,UV价值,同比,客单价,同比,加购客户数,同比,关注客户数,同比,加购转换率,同比,下单客户数,同比,下单转换率,同比,下单金额,同比,成交客户数,同比,成交转化率,同比,成交金额,同比,成交子单量,同比\r\n" +
        "2026-11-01,12000,12.50%,4000,8.10%,3.00,1.20%,45.5,-2.00%,4.50,3.00%,150.00,1.10%,320,5.00%,50,0.00%,8.00%,0.20%,150,4.00%,3.75%,0.10%,\"21,000.00\",6.00%,120,5.00%,3.00%,-0.10%,\"18,000.00\",7.20%,130,6.00%\r\n" +
        "2026-11-02,9000,-3.20%,3000,-4.00%,3.00,0.00%,40,1.00%,4.65,2.00%,155.00,0.50%,240,-1.00%,38,2.00%,8.00%,0.00%,100,-2.00%,3.33%,-0.20%,\"15,500.00\",1.00%,90,-3.00%,3.00%,0.00%,\"13,950.00\",-1.50%,95,-2.00%\r\n";

    /// <summary>
    /// 京东商智 SKU (商品明细): one item, SKU 100038291734 on 2026-11-01: 商品访客数 800, 商品浏览量 2400,
    /// 成交客户数 24, 成交金额 9,576.00, 成交商品件数 26 (成交单量 25 is not stored).
    /// </summary>
    public const string JdSku =
        "时间,SKU,商品名称,商品访客数,商品浏览量,成交客户数,成交金额,成交商品件数,成交单量\r\n" +
        "2026-11-01,100038291734,京选 A类60支长绒棉四件套,800,2400,24,\"9,576.00\",26,25\r\n";

    /// <summary>
    /// 抖店罗盘 核心数据: 用户支付金额 is the payment, 成交金额 another figure; visitors are 商品点击人数.
    /// Day 1: clicks 3200, 成交人数 96 (3.00%), 用户支付金额 11,520.40, 退款(退款时间) 860.00. Day 2: 2800,
    /// 70 (2.50%), 9,100.00, 500.00. Period: visitors 6000, paying 166, sales 20,620.40, refunds 1,360.00
    /// ⇒ conversion 0.027666…, AOV 124.2192…; bounce and depth unknown (抖店 gives neither).
    /// </summary>
    public const string DouyinStore =
        "日期,成交金额,用户支付金额,成交人数,成交订单数,客单价,商品曝光人数,商品点击人数,商品点击-成交转化率（人数）,退款金额（退款时间）,退款金额（支付时间）\r\n" +
        "2026-11-01,\"¥12,880.00\",\"¥11,520.40\",96,101,134.17,52000,3200,3.00%,860.00,\"1,020.00\"\r\n" +
        "2026-11-02,\"¥9,800.00\",\"¥9,100.00\",70,72,140.00,41000,2800,2.50%,500.00,640.00\r\n";

    /// <summary>
    /// 拼多多 数据中心 流量/交易总览: the store columns (店铺访客数, 店铺浏览量) win over the goods columns.
    /// Day 1: 5000 visitors, 11000 views, 150 buyers, 7,500.00 (3.00%, 客单价 50.00, UV价值 1.50), refunds
    /// 300.00. Day 2: 4000, 8800, 100, 4,800.00 (2.50%, 48.00, 1.20), 0. Period: 9000 visitors, 250
    /// buyers, 12,300.00 ⇒ conversion 0.027777…, AOV 49.20, depth 2.2; bounce unknown.
    /// </summary>
    public const string PinduoduoStore =
        "日期,店铺访客数,店铺浏览量,商品访客数,商品浏览量,成交买家数,成交订单数,成交金额,成交转化率,客单价,成交UV价值,成交老买家占比,退款金额\r\n" +
        "2026-11-01,5000,11000,4600,10200,150,160,\"7,500.00\",3.00%,50.00,1.50,32.00%,300.00\r\n" +
        "2026-11-02,4000,8800,3700,8000,100,104,\"4,800.00\",2.50%,48.00,1.20,30.00%,0.00\r\n";

    /// <summary>拼多多 商品数据 明细: item 512345678901 on 2026-11-01: 1200 visitors, 3000 views, 36 buyers, 40 units, 2,880.00, 15 favourites.</summary>
    public const string PinduoduoSku =
        "日期,商品ID,商品名称,商品访客数,商品浏览量,成交买家数,成交件数,成交订单数,成交金额,成交转化率,商品收藏用户数\r\n" +
        "2026-11-01,512345678901,加厚珊瑚绒毛毯,1200,3000,36,40,38,\"2,880.00\",3.00%,15\r\n";

    /// <summary>
    /// Shopify "Sessions over time" without Online store visitors: visitors are sessions (2500, 2000),
    /// carts 180/150, completed checkouts 60/50, Shopify's per-session conversion 2.40%/2.50% (checked).
    /// Period: 4500 sessions, 110 checkouts ⇒ conversion 0.024444…
    /// </summary>
    public const string ShopifySessions =
        "\"Day\",\"Sessions\",\"Sessions with cart additions\",\"Sessions that reached checkout\",\"Sessions that completed checkout\",\"Conversion rate\"\n" +
        "\"2026-11-01\",\"2500\",\"180\",\"90\",\"60\",\"0.024\"\n" +
        "\"2026-11-02\",\"2000\",\"150\",\"70\",\"50\",\"0.025\"\n";

    /// <summary>
    /// Shopify sessions with Online store visitors: visitors 2100/1700 (Sessions ignored), checkouts 60/50;
    /// the per-session conversion rate is not compared.
    /// </summary>
    public const string ShopifyVisitors =
        "Day,Sessions,Online store visitors,Sessions with cart additions,Sessions that reached checkout,Sessions that completed checkout,Conversion rate\n" +
        "2026-11-01,2500,2100,180,90,60,2.40%\n" +
        "2026-11-02,2000,1700,150,70,50,2.50%\n";

    /// <summary>Shopify "Total sales over time": Total sales 5,548.00 and 4,210.50 are the payment (USD); Orders 62/45 are paying buyers only when no checkout column came.</summary>
    public const string ShopifySales =
        "Day,Orders,Gross sales,Discounts,Returns,Net sales,Shipping,Taxes,Total sales\n" +
        "2026-11-01,62,5200.00,-200.00,-150.00,4850.00,310.00,388.00,5548.00\n" +
        "2026-11-02,45,3900.00,-100.00,0.00,3800.00,110.50,300.00,4210.50\n";

    public static byte[] Gb18030(string text) => CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!.GetBytes(text);

    public static byte[] Utf8WithBom(string text) => [0xEF, 0xBB, 0xBF, .. Utf8(text)];

    public static byte[] Utf8(string text) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
}
