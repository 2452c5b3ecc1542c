using System.Globalization;
using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Data.Demo;

/// <summary>The demo stores: a Tmall apparel flagship, a JD home-goods store and a Shopify outdoor store in US dollars.</summary>
public static class DemoStores
{
    /// <summary>
    /// Women's apparel on Tmall. Healthy pages (the flagship shirt sells at ¥238 and the store AOV
    /// runs ≈1.45× it, as in the seed example), 双11 is its big day, and its keyword ads appear under
    /// their pre-2024 name 直通车 for the first months.
    /// </summary>
    public static DemoStoreProfile TmallFlagship { get; } = new()
    {
        Code = "tmall-flagship",
        Name = "云裳旗舰店 (Tmall demo)",
        Platform = "tmall",
        Currency = "CNY",
        ChooseFlagship = true,
        BaseVisitors = 8200,
        AnnualGrowth = 0.15,
        SeasonAmplitude = 0.12,
        SeasonPeakDayOfYear = 320,
        ConversionRate = 0.034,
        PeerConversionRate = 0.031,
        AovRatio = 1.45,
        BounceRateStart = 0.585,
        BounceRateEnd = 0.575,
        VisitDepthStart = 3.55,
        VisitDepthEnd = 3.62,
        ReturningShare = 0.27,
        AddToCartRate = 0.085,
        InquiryConversion = 0.56,
        RefundRate = 0.14,
        NegativeReviewRate = 0.006,
        Dsr = 4.82,
        SkuBrowseFactor = 1.5,
        Promotions =
        [
            new("双11", 11, 11, 4.2, 18),
            new("618", 6, 18, 2.4, 14),
            new("双12", 12, 12, 1.5, 3),
            new("女王节", 3, 8, 1.4, 4),
        ],
        Skus = Catalogue("6805", 14,
        [
            new("云裳 醋酸缎面垂感衬衫女 长袖通勤百搭", "衬衫", 238m, 1.00, 1.04),
            new("云裳 法式碎花雪纺连衣裙 收腰显瘦中长款", "连衣裙", 329m, 0.62, 1.02, 0.55, 175),
            new("云裳 高腰直筒垂感西装裤 九分烟管裤", "裤装", 199m, 0.58, 1.08, 0.10, 280) { RunsLowAtEnd = true },
            new("云裳 100%绵羊毛圆领针织开衫", "针织衫", 369m, 0.50, 1.03, 0.60, 300),
            new("云裳 新疆长绒棉纯色圆领T恤", "T恤", 89m, 0.48, 1.25, 0.60, 190),
            new("云裳 弹力修身牛仔裤 高腰小脚", "牛仔裤", 229m, 0.46, 1.05) { QualityIssueAtEnd = true },
            new("云裳 双面羊绒大衣女 中长款", "大衣", 1299m, 0.34, 1.00, 0.85, 345),
            new("云裳 90白鸭绒轻薄短款羽绒服", "羽绒服", 699m, 0.36, 1.00, 0.90, 350),
            new("云裳 A字百褶半身裙 高腰中长款", "半身裙", 169m, 0.32, 1.05, 0.30, 150),
            new("云裳 真丝桑蚕丝印花小方巾", "配饰", 129m, 0.16, 1.20),
            new("云裳 小香风粗花呢短外套", "外套", 459m, 0.28, 1.00, 0.45, 80),
            new("云裳 19姆米重磅真丝衬衫", "衬衫", 599m, 0.30, 1.02),
            new("云裳 V领收腰针织连衣裙", "连衣裙", 429m, 0.26, 1.00, 0.50, 320),
            new("云裳 UPF50+冰丝防晒开衫", "防晒衣", 139m, 0.24, 1.15, 0.90, 195),
            new("云裳 纯棉条纹衬衫 宽松廓形", "衬衫", 179m, 0.27, 1.05, 0.20, 120),
            new("云裳 羊毛混纺阔腿裤 秋冬加厚", "裤装", 269m, 0.22, 1.04, 0.70, 330),
            new("云裳 法式方领泡泡袖上衣", "上衣", 159m, 0.20, 1.06, 0.50, 160),
            new("云裳 亚麻吊带连衣裙 度假风", "连衣裙", 259m, 0.18, 1.02, 0.80, 200),
            new("云裳 经典双排扣中长款风衣", "风衣", 799m, 0.25, 1.00, 0.55, 95),
            new("云裳 高领修身打底针织衫", "针织衫", 149m, 0.30, 1.30, 0.70, 330),
            new("云裳 羊羔毛拼接短外套", "外套", 499m, 0.15, 1.00, 0.85, 340),
            new("云裳 休闲连帽卫衣套装", "卫衣", 289m, 0.20, 1.00, 0.30, 300),
            new("云裳 蕾丝拼接半身裙", "半身裙", 219m, 0.12, 1.00),
            new("云裳 宽松廓形通勤西装外套", "西装", 559m, 0.28, 1.00, 0.25, 100),
            new("云裳 莫代尔长袖打底T恤", "T恤", 99m, 0.20, 1.35, 0.20, 40),
            new("云裳 法式复古珍珠发夹", "配饰", 59m, 0.06, 1.50),
            new("云裳 极简头层牛皮腰带", "配饰", 199m, 0.07, 1.00),
            new("云裳 加厚摇粒绒家居服套装", "家居服", 189m, 0.14, 1.10, 0.80, 355),
            new("云裳 冰丝垂感阔腿裤 高腰拖地", "裤装", 159m, 0.26, 1.10, 0.30, 190),
            new("云裳 95白鹅绒连帽长款羽绒服 预售", "羽绒服", 999m, 0.40, 1.00, 0.90, 350) { Presale = DemoPresale.DoubleEleven },
        ]),
        Sources =
        [
            new() { Name = "手淘搜索", Kind = SourceKinds.Free, Share = 0.30, ConversionFactor = 1.15 },
            new() { Name = "手淘推荐", Kind = SourceKinds.Free, Share = 0.22, ConversionFactor = 0.55, AovFactor = 0.9 },
            new() { Name = "关键词推广", FormerName = "直通车", Kind = SourceKinds.Paid, Share = 0.10, ConversionFactor = 1.2, TargetRoi = 3.2, ClickThroughRate = 0.042 },
            new() { Name = "精准人群推广", Kind = SourceKinds.Paid, Share = 0.07, ConversionFactor = 0.75, TargetRoi = 2.05, ClickThroughRate = 0.018 },
            new() { Name = "智能场景", Kind = SourceKinds.Paid, Share = 0.06, ConversionFactor = 0.95, TargetRoi = 2.6, ClickThroughRate = 0.025 },
            new() { Name = "淘宝直播", Kind = SourceKinds.Content, Share = 0.06, ConversionFactor = 1.4, AovFactor = 1.1 },
            new() { Name = "购物车", Kind = SourceKinds.Direct, Share = 0.06, ConversionFactor = 2.4 },
            new() { Name = "直接访问", Kind = SourceKinds.Direct, Share = 0.08, ConversionFactor = 1.3 },
            new() { Name = "会员", Kind = SourceKinds.Membership, Share = 0.05, ConversionFactor = 2.0, AovFactor = 1.25 },
        ],
    };

    /// <summary>
    /// Home goods on JD. 618 is its big day; its pages are getting worse over the range (bounce
    /// drifts past 70%, depth below 2.5), inquiry conversion runs under 50%, and one paid source
    /// (京准通) hovers around ROI 2, often under it — so the dashboard has failing verdicts to show. A new mattress is
    /// in pre-sale at the end of the range.
    /// </summary>
    public static DemoStoreProfile JdHome { get; } = new()
    {
        Code = "jd-home",
        Name = "京选家居 (JD demo)",
        Platform = "jd",
        Currency = "CNY",
        BaseVisitors = 5200,
        AnnualGrowth = 0.10,
        SeasonAmplitude = 0.06,
        SeasonPeakDayOfYear = 100,
        ConversionRate = 0.027,
        PeerConversionRate = 0.029,
        AovRatio = 1.36,
        BounceRateStart = 0.64,
        BounceRateEnd = 0.735,
        VisitDepthStart = 2.95,
        VisitDepthEnd = 2.3,
        ReturningShare = 0.31,
        AddToCartRate = 0.07,
        InquiryConversion = 0.47,
        RefundRate = 0.06,
        NegativeReviewRate = 0.004,
        Dsr = 4.74,
        SkuBrowseFactor = 1.9,
        Promotions =
        [
            new("618", 6, 18, 3.8, 18),
            new("双11", 11, 11, 2.8, 14),
            new("双12", 12, 12, 1.4, 3),
        ],
        Skus = Catalogue("100", 11,
        [
            new("京选 A类60支长绒棉四件套 纯棉床单被套", "床上用品", 399m, 1.00, 1.08),
            new("京选 记忆棉护颈枕 慢回弹", "枕头", 169m, 0.55, 1.35),
            new("京选 大豆纤维夏凉被 可水洗", "被子", 259m, 0.50, 1.10, 0.75, 180),
            new("京选 澳洲羊毛冬被 加厚保暖", "被子", 599m, 0.50, 1.05, 0.85, 355),
            new("京选 可折叠布艺收纳箱 三件套", "收纳", 79m, 0.40, 1.60, 0.30, 70),
            new("京选 纯棉加厚浴巾毛巾套装", "毛巾浴巾", 99m, 0.42, 1.40),
            new("京选 麦饭石不粘炒锅 电磁炉通用", "锅具", 229m, 0.46, 1.02) { RunsLowAtEnd = true },
            new("京选 景德镇釉下彩陶瓷餐具套装", "餐具", 299m, 0.33, 1.00, 0.40, 20),
            new("京选 天然乳胶床垫 7.5cm", "床垫", 1599m, 0.30, 1.00),
            new("京选 LED护眼吸顶灯 卧室客厅", "灯具", 459m, 0.26, 1.15),
            new("京选 真空压缩收纳袋 12件套", "收纳", 49m, 0.18, 1.50, 0.40, 280),
            new("京选 硅藻泥吸水浴室地垫", "地垫", 59m, 0.14, 1.60),
            new("京选 懒人沙发豆袋", "家具", 359m, 0.16, 1.00),
            new("京选 北欧棉麻抱枕套", "抱枕", 39m, 0.09, 2.20),
            new("京选 全遮光窗帘 成品定制", "窗帘", 189m, 0.28, 1.80, 0.20, 260),
            new("京选 免手洗旋转拖把", "清洁工具", 129m, 0.30, 1.00) { QualityIssueAtEnd = true },
            new("京选 德式不锈钢刀具套装", "刀具", 269m, 0.17, 1.00),
            new("京选 高硼硅玻璃保鲜盒", "厨房收纳", 89m, 0.20, 1.40),
            new("京选 冰丝凉席三件套", "凉席", 199m, 0.32, 1.05, 0.90, 190),
            new("京选 香薰蜡烛礼盒", "香薰", 79m, 0.08, 1.30, 0.50, 350),
            new("京选 静音大容量加湿器", "家电", 199m, 0.22, 1.00, 0.85, 10),
            new("京选 双人智能调温电热毯", "家电", 159m, 0.20, 1.00, 0.90, 5),
            new("京选 植绒防滑衣架 50只装", "晾晒", 39m, 0.10, 1.50),
            new("京选 超薄翻斗鞋柜", "家具", 399m, 0.14, 1.00),
            new("京选 多格桌面收纳盒", "收纳", 59m, 0.08, 1.40),
            new("京选 仿羊绒床边地毯", "地毯", 149m, 0.15, 1.20, 0.70, 340),
            new("京选 羽丝绒枕芯 一对装", "枕头", 129m, 0.25, 1.10),
            new("京选 防螨床笠", "床上用品", 139m, 0.19, 1.30),
            new("京选 珊瑚绒毛毯", "毯子", 119m, 0.18, 1.10, 0.70, 345),
            new("京选 零压独立袋装弹簧床垫 新品预售", "床垫", 2299m, 0.30, 1.00) { Presale = DemoPresale.OpenAtEnd },
        ]),
        Sources =
        [
            new() { Name = "京东搜索", Kind = SourceKinds.Free, Share = 0.33, ConversionFactor = 1.15 },
            new() { Name = "京东推荐", Kind = SourceKinds.Free, Share = 0.18, ConversionFactor = 0.6, AovFactor = 0.9 },
            new() { Name = "京东快车", Kind = SourceKinds.Paid, Share = 0.10, ConversionFactor = 1.15, TargetRoi = 2.9, ClickThroughRate = 0.035 },
            new() { Name = "京准通", Kind = SourceKinds.Paid, Share = 0.09, ConversionFactor = 0.8, TargetRoi = 2.1, ClickThroughRate = 0.02 },
            new() { Name = "购物车", Kind = SourceKinds.Direct, Share = 0.09, ConversionFactor = 2.3 },
            new() { Name = "直接访问", Kind = SourceKinds.Direct, Share = 0.09, ConversionFactor = 1.2 },
            new() { Name = "京东直播", Kind = SourceKinds.Content, Share = 0.05, ConversionFactor = 1.3, AovFactor = 1.1 },
            new() { Name = "会员", Kind = SourceKinds.Membership, Share = 0.05, ConversionFactor = 1.9, AovFactor = 1.2 },
        ],
    };

    /// <summary>
    /// Outdoor gear on Shopify, priced in US dollars. Its analytics count sessions (no Online store
    /// visitors column), give no bounce and no peer (同行) figures, and Black Friday / Cyber Monday are its
    /// big days; a 11.11 sale for its Asian customers is smaller.
    /// </summary>
    public static DemoStoreProfile ShopifyOutdoor { get; } = new()
    {
        Code = "shopify-outdoor",
        Name = "Trailhead Supply Co. (Shopify demo)",
        Platform = "shopify",
        Currency = "USD",
        BaseVisitors = 2400,
        AnnualGrowth = 0.22,
        SeasonAmplitude = 0.18,
        SeasonPeakDayOfYear = 160,
        ConversionRate = 0.021,
        PeerConversionRate = 0.021,
        AovRatio = 1.5,
        BounceRateStart = 0.45,
        BounceRateEnd = 0.44,
        VisitDepthStart = 3.1,
        VisitDepthEnd = 3.2,
        ReturningShare = 0.24,
        AddToCartRate = 0.065,
        InquiryConversion = 0.5,
        RefundRate = 0.05,
        NegativeReviewRate = 0.003,
        Dsr = 4.8,
        SkuBrowseFactor = 1.6,
        Promotions =
        [
            new("Black Friday", 11, 28, 3.4, 4),
            new("Cyber Monday", 12, 1, 2.4, 1),
            new("11.11 Sale", 11, 11, 1.3, 2),
            new("Summer Sale", 7, 4, 1.6, 3),
        ],
        Skus = Catalogue("8", 12,
        [
            new("Ridgeline 2-Person Backpacking Tent", "Tents", 289m, 1.00, 1.02, 0.55, 150),
            new("Summit 20°F Down Sleeping Bag", "Sleeping bags", 219m, 0.60, 1.00, 0.45, 280),
            new("Trailhead 45L Hiking Backpack", "Packs", 159m, 0.70, 1.00),
            new("Carbon Trekking Poles (pair)", "Accessories", 89m, 0.45, 1.00, 0.30, 160),
            new("Insulated Steel Water Bottle 32oz", "Hydration", 34m, 0.55, 1.60),
            new("Merino Wool Hiking Socks (3-pack)", "Apparel", 42m, 0.50, 1.40),
            new("Packable Rain Shell Jacket", "Apparel", 129m, 0.48, 1.00, 0.35, 110),
            new("Ultralight Camp Stove", "Cooking", 59m, 0.40, 1.05, 0.40, 170),
            new("Titanium Cook Pot Set", "Cooking", 79m, 0.30, 1.00, 0.40, 170),
            new("Rechargeable LED Headlamp", "Lighting", 49m, 0.42, 1.10),
            new("Self-Inflating Sleeping Pad", "Sleeping bags", 99m, 0.35, 1.00, 0.50, 165),
            new("Fleece Midlayer Pullover", "Apparel", 69m, 0.32, 1.05, 0.70, 320),
            new("Compact Water Filter", "Hydration", 44m, 0.28, 1.10, 0.45, 180) { RunsLowAtEnd = true },
            new("Hammock with Tree Straps", "Camp furniture", 64m, 0.24, 1.00, 0.60, 175),
            new("Folding Camp Chair", "Camp furniture", 54m, 0.26, 1.20, 0.50, 175),
            new("Expedition Duffel 90L", "Packs", 139m, 0.18, 1.00),
            new("Trail Running Vest 8L", "Packs", 119m, 0.16, 1.00, 0.35, 140),
            new("Winter Down Parka", "Apparel", 349m, 0.22, 1.00, 0.90, 340) { Presale = DemoPresale.OpenAtEnd },
        ]),
        Sources =
        [
            new() { Name = "Google organic search", Kind = SourceKinds.Free, Share = 0.30, ConversionFactor = 1.1 },
            new() { Name = "Direct", Kind = SourceKinds.Direct, Share = 0.22, ConversionFactor = 1.4 },
            new() { Name = "Google Ads", Kind = SourceKinds.Paid, Share = 0.16, ConversionFactor = 1.1, TargetRoi = 3.4, ClickThroughRate = 0.045 },
            new() { Name = "Meta ads", Kind = SourceKinds.Paid, Share = 0.12, ConversionFactor = 0.7, TargetRoi = 2.3, ClickThroughRate = 0.012 },
            new() { Name = "Instagram", Kind = SourceKinds.Content, Share = 0.10, ConversionFactor = 0.8 },
            new() { Name = "Email newsletter", Kind = SourceKinds.Membership, Share = 0.10, ConversionFactor = 2.1, AovFactor = 1.15 },
        ],
    };

    public static IReadOnlyList<DemoStoreProfile> All { get; } = [TmallFlagship, JdHome, ShopifyOutdoor];

    /// <summary>One catalogue line; the item id and the page traits are filled in by <see cref="Catalogue"/>.</summary>
    private sealed record Item(string Name, string Category, decimal Price, double Popularity, double UnitsPerBuyer, double Seasonality = 0, int PeakDay = 1)
    {
        public DemoPresale Presale { get; init; }
        public bool RunsLowAtEnd { get; init; }
        public bool QualityIssueAtEnd { get; init; }
    }

    /// <summary>
    /// Gives each item a long platform id (prefix + digits, unique and stable) and page traits that
    /// differ between items without a random generator, so the catalogue is the same on every run.
    /// </summary>
    private static List<DemoSku> Catalogue(string idPrefix, int idDigits, IReadOnlyList<Item> items)
    {
        var modulus = (long)Math.Pow(10, idDigits);
        var format = "D" + idDigits.ToString(CultureInfo.InvariantCulture);
        return items
            .Select((item, i) => new DemoSku
            {
                Code = idPrefix + (((i + 1) * 7_306_192_648_351L + 12_954_366_702_117L) % modulus).ToString(format, CultureInfo.InvariantCulture),
                Name = item.Name,
                Category = item.Category,
                Price = item.Price,
                Popularity = item.Popularity,
                UnitsPerBuyer = item.UnitsPerBuyer,
                Seasonality = item.Seasonality,
                SeasonPeakDayOfYear = item.PeakDay,
                Presale = item.Presale,
                RunsLowAtEnd = item.RunsLowAtEnd,
                QualityIssueAtEnd = item.QualityIssueAtEnd,
                // The best seller converts best; the rest spread over 0.7–1.3 (golden-ratio steps).
                ConversionFactor = i == 0 ? 1.3 : 0.7 + (0.6 * Fraction(0.5 + (i * 0.618_033_988_7))),
                PageDepth = 1.4 + (0.8 * Fraction(0.2 + (i * 0.414_213_562_4))),
                BounceOffset = -0.06 + (0.12 * Fraction(0.1 + (i * 0.732_050_807_6))),
            })
            .ToList();
    }

    private static double Fraction(double x) => x - Math.Floor(x);
}
