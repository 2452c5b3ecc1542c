using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.PageHealth;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Demo;

namespace OpsDashboard.Data.Tests.Demo;

/// <summary>18 months of both demo stores, generated once for all tests of the class.</summary>
public sealed class DemoDataFixture
{
    public static readonly DateOnly LastDay = new(2026, 11, 22);

    public DemoDataFixture()
    {
        Tmall = Generate(DemoStores.TmallFlagship);
        Jd = Generate(DemoStores.JdHome);
    }

    public static DateOnly FirstDay => DemoDataGenerator.FirstDay(LastDay);

    public IReadOnlyList<DemoDay> Tmall { get; }
    public IReadOnlyList<DemoDay> Jd { get; }

    public IReadOnlyList<DemoDay> Days(string storeCode) => storeCode == DemoStores.TmallFlagship.Code ? Tmall : Jd;

    public static DemoStoreProfile Profile(string storeCode) => DemoStores.All.Single(p => p.Code == storeCode);

    private static List<DemoDay> Generate(DemoStoreProfile profile) =>
        DemoDataGenerator.Generate(profile, FirstDay, LastDay, DemoDataGenerator.SeedFor(profile, LastDay)).ToList();
}

public sealed class DemoDataGeneratorTests(DemoDataFixture data) : IClassFixture<DemoDataFixture>
{
    private const string Tmall = "tmall-flagship";
    private const string Jd = "jd-home";

    [Fact]
    public void Generate_SameSeedTwice_SameTotals()
    {
        var profile = DemoStores.TmallFlagship;
        var seed = DemoDataGenerator.SeedFor(profile, DemoDataFixture.LastDay);

        var first = Totals(DemoDataGenerator.Generate(profile, DemoDataFixture.FirstDay, DemoDataFixture.LastDay, seed));
        var second = Totals(DemoDataGenerator.Generate(profile, DemoDataFixture.FirstDay, DemoDataFixture.LastDay, seed));
        var otherSeed = Totals(DemoDataGenerator.Generate(profile, DemoDataFixture.FirstDay, DemoDataFixture.LastDay, seed + 1));

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
    }

    [Fact]
    public void SeedFor_SameStoreAndDay_SameSeed_OtherStoreOrDay_Different()
    {
        var day = DemoDataFixture.LastDay;

        Assert.Equal(DemoDataGenerator.SeedFor(DemoStores.JdHome, day), DemoDataGenerator.SeedFor(DemoStores.JdHome, day));
        Assert.NotEqual(DemoDataGenerator.SeedFor(DemoStores.JdHome, day), DemoDataGenerator.SeedFor(DemoStores.TmallFlagship, day));
        Assert.NotEqual(DemoDataGenerator.SeedFor(DemoStores.JdHome, day), DemoDataGenerator.SeedFor(DemoStores.JdHome, day.AddDays(1)));
    }

    [Theory]
    [InlineData(Tmall, 9)]
    [InlineData(Jd, 8)]
    public void Generate_EighteenMonths_OneStoreRowPerDayAndEverySourceEveryDay(string store, int sources)
    {
        var days = data.Days(store);

        // 2025-05-23 … 2026-11-22: 365 days to 2026-05-22, then 9 + 30 + 31 + 31 + 30 + 31 + 22.
        Assert.Equal(new DateOnly(2025, 5, 23), DemoDataFixture.FirstDay);
        Assert.Equal(549, days.Count);
        Assert.Equal(Enumerable.Range(0, 549).Select(i => DemoDataFixture.FirstDay.AddDays(i)), days.Select(d => d.Date));
        Assert.All(days, d => Assert.Equal(sources, d.Sources.Count));
        Assert.All(days, d => Assert.All(d.Skus, s => Assert.Equal(d.Date, s.Date)));
    }

    [Theory]
    [InlineData(Tmall)]
    [InlineData(Jd)]
    public void Generate_EveryRow_PayingWithinOrdersWithinVisitors(string store)
    {
        var days = data.Days(store);

        Assert.All(days.Select(d => d.Store), r =>
        {
            Assert.InRange(r.PayingBuyers, 1, r.OrderBuyers);
            Assert.InRange(r.OrderBuyers, r.PayingBuyers, r.Visitors);
            Assert.InRange(r.BouncedVisitors, 0, r.Visitors);
            Assert.InRange(r.ReturningVisitors, 0, r.Visitors);
            Assert.InRange(r.AddToCartBuyers, 0, r.Visitors);
            Assert.InRange(r.InquiryPayingBuyers, 0, Math.Min(r.Inquirers, r.PayingBuyers));
            Assert.True(r.PageViews >= r.Visitors);
            Assert.True(r.PaymentAmount > 0 && r.RefundAmount >= 0);
            Assert.InRange(r.PeerConversionRate, 0.005m, 0.2m);
            Assert.All([r.DsrDescription, r.DsrService, r.DsrLogistics], dsr => Assert.InRange(dsr, 4.5m, 5m));
        });
        Assert.All(days.SelectMany(d => d.Skus), r =>
        {
            Assert.InRange(r.PayingBuyers, 0, r.OrderBuyers);
            Assert.InRange(r.OrderBuyers, r.PayingBuyers, r.Visitors);
            Assert.InRange(r.BouncedVisitors, 0, r.Visitors);
            Assert.InRange(r.AddToCartBuyers, 0, r.Visitors);
            Assert.True(r.PageViews >= r.Visitors);
            Assert.True(r.Units >= r.PayingBuyers);
            Assert.True(r.StockOnHand >= 0 && r.NegativeReviews >= 0 && r.PaymentAmount >= 0);
        });
        Assert.All(days.SelectMany(d => d.Sources), r =>
        {
            Assert.InRange(r.PayingBuyers, 0, r.OrderBuyers);
            Assert.InRange(r.OrderBuyers, r.PayingBuyers, r.Visitors);
            Assert.True(r.Clicks <= r.Impressions);
        });
    }

    [Theory]
    [InlineData(Tmall)]
    [InlineData(Jd)]
    public void Generate_EveryDay_SourcesAddUpToTheStore(string store)
    {
        Assert.All(data.Days(store), d =>
        {
            Assert.Equal(d.Store.Visitors, d.Sources.Sum(s => s.Visitors));
            Assert.Equal(d.Store.OrderBuyers, d.Sources.Sum(s => s.OrderBuyers));
            Assert.Equal(d.Store.PayingBuyers, d.Sources.Sum(s => s.PayingBuyers));
            Assert.Equal(d.Store.PaymentAmount, d.Sources.Sum(s => s.PaymentAmount));
        });
    }

    [Theory]
    [InlineData(Tmall)]
    [InlineData(Jd)]
    public void Generate_PaidSources_SpendWithRoiBetweenOneAndFive_FreeSourcesSpendNothing(string store)
    {
        var sources = data.Days(store).SelectMany(d => d.Sources).GroupBy(s => s.Kind == SourceKinds.Paid);

        foreach (var group in sources)
        {
            if (group.Key)
            {
                Assert.All(group.GroupBy(s => s.SourceName), s => Assert.InRange(s.Sum(r => r.PaymentAmount) / s.Sum(r => r.Cost), 1.5m, 4m));
            }
            else
            {
                Assert.All(group, s => Assert.Equal((0m, 0L, 0L), (s.Cost, s.Clicks, s.Impressions)));
            }
        }
    }

    [Fact]
    public void Generate_SomePaidSourceWeek_FallsBelowRoiTwo()
    {
        var weeklyRoi = data.Days(Jd).Concat(data.Days(Tmall))
            .SelectMany(d => d.Sources)
            .Where(s => s.Kind == SourceKinds.Paid)
            .GroupBy(s => (s.SourceName, Week: s.Date.DayNumber / 7))
            .Select(g => g.Sum(s => s.PaymentAmount) / g.Sum(s => s.Cost))
            .ToList();

        Assert.Contains(weeklyRoi, roi => roi < 2m);
        Assert.Contains(weeklyRoi, roi => roi >= 3m);
    }

    [Fact]
    public void Generate_RenamedSource_OldNameOnlyBeforeRenameDate()
    {
        var renamed = DemoDataGenerator.RenameDate(DemoDataFixture.FirstDay);
        var keywordAds = data.Tmall.SelectMany(d => d.Sources).Where(s => s.SourceName is "直通车" or "关键词推广").ToList();

        Assert.Equal(new DateOnly(2025, 12, 1), renamed);
        Assert.Equal(data.Tmall.Count, keywordAds.Count);
        Assert.All(keywordAds.Where(s => s.SourceName == "直通车"), s => Assert.True(s.Date < renamed));
        Assert.All(keywordAds.Where(s => s.SourceName == "关键词推广"), s => Assert.True(s.Date >= renamed));
        Assert.Equal(renamed.DayNumber - DemoDataFixture.FirstDay.DayNumber, keywordAds.Count(s => s.SourceName == "直通车"));
        Assert.DoesNotContain(data.Jd.SelectMany(d => d.Sources), s => s.SourceName == "直通车");
    }

    [Theory]
    [InlineData(Tmall, 1)]
    [InlineData(Jd, 1)]
    public void Generate_PresaleSku_DepositDaysHaveOrdersButNoPayment(string store, int presaleSkus)
    {
        var profile = DemoDataFixture.Profile(store);
        var presale = profile.Skus.Where(s => s.Presale != DemoPresale.None).ToList();
        Assert.Equal(presaleSkus, presale.Count);
        var sku = presale[0];
        var window = DemoDataGenerator.PresaleWindow(sku, DemoDataFixture.LastDay)!;
        var rows = data.Days(store).SelectMany(d => d.Skus).Where(r => r.SkuCode == sku.Code).ToList();

        Assert.Equal(window.DepositsOpen, rows[0].Date);
        var depositDays = rows.Where(r => r.Date < window.FinalPayment).Where(r => r.Presale).ToList();
        Assert.True(depositDays.Count >= 9);
        Assert.All(depositDays, r => Assert.Equal((0L, 0L, 0m), (r.PayingBuyers, r.Units, r.PaymentAmount)));
        Assert.All(depositDays, r => Assert.True(r.OrderBuyers > 0));
        Assert.All(rows.Where(r => !window.Contains(r.Date)), r => Assert.False(r.Presale));
    }

    [Fact]
    public void Generate_TmallPresale_FinalPaymentOnDoubleEleven_ThenOnSale()
    {
        var sku = DemoStores.TmallFlagship.Skus.Single(s => s.Presale == DemoPresale.DoubleEleven);
        var rows = data.Tmall.SelectMany(d => d.Skus).Where(r => r.SkuCode == sku.Code).ToList();

        Assert.Equal(new DemoPresaleWindow(new DateOnly(2026, 10, 24), new DateOnly(2026, 11, 11)), DemoDataGenerator.PresaleWindow(sku, DemoDataFixture.LastDay));
        var deposits = rows.Where(r => r.Date < new DateOnly(2026, 11, 11)).Sum(r => r.OrderBuyers);
        var finalDay = rows.Single(r => r.Date == new DateOnly(2026, 11, 11));
        Assert.True(finalDay.Presale);
        Assert.InRange(finalDay.PayingBuyers, deposits * 8 / 10, deposits);
        Assert.True(finalDay.PaymentAmount > 0);
        Assert.Equal(11, rows.Count(r => r.Date > new DateOnly(2026, 11, 11) && !r.Presale));
    }

    [Fact]
    public void Generate_JdPresale_OpenOverTheLastTenDays()
    {
        var sku = DemoStores.JdHome.Skus.Single(s => s.Presale == DemoPresale.OpenAtEnd);

        var rows = data.Jd.SelectMany(d => d.Skus).Where(r => r.SkuCode == sku.Code).ToList();

        Assert.Equal(10, rows.Count);
        Assert.All(rows, r => Assert.True(r.Presale));
        Assert.Equal(DemoDataFixture.LastDay, rows[^1].Date);
    }

    [Theory]
    [InlineData(Tmall, 11, 11)]
    [InlineData(Jd, 6, 18)]
    public void Generate_BigPromotionDay_FarAboveTheMedianDay_AfterPreHeat(string store, int month, int day)
    {
        var days = data.Days(store);
        var medianPayment = days.Select(d => d.Store.PaymentAmount).Order().ElementAt(days.Count / 2);
        var medianVisitors = days.Select(d => d.Store.Visitors).Order().ElementAt(days.Count / 2);
        var medianAddToCart = days.Select(d => AddToCartRate(d.Store)).Order().ElementAt(days.Count / 2);

        var promotionDays = days.Where(d => d.Date.Month == month && d.Date.Day == day).ToList();

        Assert.NotEmpty(promotionDays);
        Assert.All(promotionDays, d =>
        {
            Assert.True(d.Store.PaymentAmount > 4 * medianPayment, $"{d.Date}: {d.Store.PaymentAmount} vs median {medianPayment}");
            Assert.True(d.Store.Visitors > 2 * medianVisitors);
            var preHeat = days.Single(p => p.Date == d.Date.AddDays(-3)).Store;
            Assert.True(preHeat.Visitors > medianVisitors, "pre-heat days draw more visitors");
            Assert.True(AddToCartRate(preHeat) > 1.3 * medianAddToCart, "shoppers fill their carts before the day");
            Assert.True(ConversionRate(preHeat) < ConversionRate(d.Store), "and pay on the day");
        });
        var biggest = days.MaxBy(d => d.Store.PaymentAmount)!;
        Assert.Equal((month, day), (biggest.Date.Month, biggest.Date.Day));
    }

    [Fact]
    public void Generate_Weekends_DrawMoreVisitorsThanMidweek()
    {
        var ordinary = data.Tmall.Where(d => d.Date.Month is 3 or 4 or 8 or 9).ToList();

        var weekend = ordinary.Where(d => d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday).Average(d => d.Store.Visitors);
        var midweek = ordinary.Where(d => d.Date.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Wednesday).Average(d => d.Store.Visitors);

        Assert.True(weekend > midweek * 1.08, $"weekend {weekend:0} vs midweek {midweek:0}");
    }

    [Theory]
    [InlineData(Tmall)]
    [InlineData(Jd)]
    public void Generate_WholeRange_RatesInRealisticBands(string store)
    {
        var days = data.Days(store);
        var totals = StoreTotalsOf(days);

        Assert.InRange(Catalogue.ConversionRate.Of(totals)!.Value, 0.02m, 0.05m);
        Assert.InRange(Catalogue.BounceRate.Of(totals)!.Value, 0.55m, 0.72m);
        Assert.InRange(Catalogue.VisitDepth.Of(totals)!.Value, 2.3m, 4.0m);
        Assert.InRange(Catalogue.ReturningShare.Of(totals)!.Value, 0.2m, 0.45m);
        Assert.InRange(Catalogue.RefundRate.Of(totals)!.Value, 0.03m, 0.2m);
        var skuPayment = days.SelectMany(d => d.Skus).Sum(s => s.PaymentAmount);
        Assert.InRange(skuPayment / totals.PaymentAmount, 0.95m, 1.05m);
    }

    [Fact]
    public void Generate_TmallLastFourWeeks_PageHealthPasses_AovRatioAroundOneAndAHalf()
    {
        // The seeder pins the best seller as flagship: left to the period's top SKU, the 双11
        // pre-sale balance payments would make the down jacket the flagship of these weeks.
        var flagship = DemoStores.TmallFlagship.Skus[0].Code;

        var report = LastFourWeeksPageHealth(data.Tmall, DemoStores.TmallFlagship, flagship);

        Assert.InRange(report.AovRatio!.Value, 1.3m, 1.7m);
        Assert.Equal(CheckStatus.Pass, Status(report, PageHealthReport.AovRatioMetric));
        Assert.NotEqual(CheckStatus.Fail, Status(report, PageHealthReport.BounceRateMetric));
        Assert.NotEqual(CheckStatus.Fail, Status(report, PageHealthReport.VisitDepthMetric));
    }

    [Fact]
    public void Generate_TmallWholeRange_AovRatioBetweenOnePointThreeAndOnePointSix()
    {
        var report = PageHealthReport.Evaluate(StoreTotalsOf(data.Tmall), SkuTotalsOf(data.Tmall, DemoStores.TmallFlagship), null, StoreThresholds.Defaults);

        Assert.Equal(DemoStores.TmallFlagship.Skus[0].Code, report.FlagshipSku);
        Assert.InRange(report.AovRatio!.Value, 1.3m, 1.6m);
    }

    [Fact]
    public void Generate_JdLastFourWeeks_PagesFail_FixPagesBeforePromotion()
    {
        var report = LastFourWeeksPageHealth(data.Jd, DemoStores.JdHome, chosenFlagship: null);

        Assert.Equal(CheckStatus.Fail, Status(report, PageHealthReport.BounceRateMetric));
        Assert.Equal(CheckStatus.Fail, Status(report, PageHealthReport.VisitDepthMetric));
        Assert.True(report.FixPagesBeforePromotion);
    }

    [Theory]
    [InlineData(Tmall)]
    [InlineData(Jd)]
    public void Generate_BestSellerOverTheRange_IsTheFlagshipItem(string store)
    {
        var profile = DemoDataFixture.Profile(store);

        var best = data.Days(store).SelectMany(d => d.Skus)
            .GroupBy(s => s.SkuCode)
            .MaxBy(g => g.Sum(s => s.PaymentAmount))!
            .Key;

        Assert.Equal(profile.Skus.MaxBy(s => s.Popularity)!.Code, best);
    }

    [Theory]
    [InlineData(Tmall)]
    [InlineData(Jd)]
    public void Generate_RunsLowSku_EndsWithAFewDaysOfStock(string store)
    {
        var sku = DemoDataFixture.Profile(store).Skus.Single(s => s.RunsLowAtEnd);
        var rows = data.Days(store).SelectMany(d => d.Skus).Where(r => r.SkuCode == sku.Code).ToList();

        var dailyUnits = rows.TakeLast(14).Average(r => r.Units);
        var last = rows[^1].StockOnHand;

        Assert.InRange(last, 1, (long)(dailyUnits * 10));
        Assert.All(rows.TakeLast(19), r => Assert.True(r.StockOnHand <= rows[^20].StockOnHand, "no delivery over the last weeks"));
    }

    [Theory]
    [InlineData(Tmall)]
    [InlineData(Jd)]
    public void Generate_StockIsRestockedOverTheRange(string store)
    {
        var flagship = DemoDataFixture.Profile(store).Skus.MaxBy(s => s.Popularity)!;
        var stock = data.Days(store).SelectMany(d => d.Skus).Where(r => r.SkuCode == flagship.Code).Select(r => r.StockOnHand).ToList();

        var deliveries = stock.Zip(stock.Skip(1)).Count(pair => pair.Second > pair.First);

        Assert.InRange(deliveries, 3, 60);
        Assert.All(stock, s => Assert.True(s > 0));
    }

    [Theory]
    [InlineData(Tmall)]
    [InlineData(Jd)]
    public void Generate_QualityIssueSku_MoreNegativeReviewsAtTheEnd(string store)
    {
        var sku = DemoDataFixture.Profile(store).Skus.Single(s => s.QualityIssueAtEnd);
        var rows = data.Days(store).SelectMany(d => d.Skus).Where(r => r.SkuCode == sku.Code).ToList();

        var before = rows.SkipLast(21).Sum(r => r.NegativeReviews) / (double)rows.SkipLast(21).Sum(r => r.PayingBuyers);
        var after = rows.TakeLast(21).Sum(r => r.NegativeReviews) / (double)rows.TakeLast(21).Sum(r => r.PayingBuyers);

        Assert.True(after > before * 4, $"{after:0.0000} vs {before:0.0000}");
        Assert.True(rows.Sum(r => r.NegativeReviews) > 0);
    }

    [Fact]
    public void Generate_ToBeforeFrom_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            DemoDataGenerator.Generate(DemoStores.JdHome, new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 31), 1));
    }

    [Fact]
    public void Generate_ShortRange_StillConsistent()
    {
        var days = DemoDataGenerator.Generate(DemoStores.TmallFlagship, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 7), 42).ToList();

        Assert.Equal(7, days.Count);
        Assert.All(days, d => Assert.Equal(d.Store.Visitors, d.Sources.Sum(s => s.Visitors)));
        // The 双11 pre-sale item launched the previous autumn, so it is on sale here.
        Assert.All(days, d => Assert.Equal(30, d.Skus.Count));
    }

    private static (long Visitors, long Paying, decimal Payment, long SkuUnits, decimal SourceCost) Totals(IEnumerable<DemoDay> days)
    {
        var list = days.ToList();
        return (
            list.Sum(d => d.Store.Visitors),
            list.Sum(d => d.Store.PayingBuyers),
            list.Sum(d => d.Store.PaymentAmount),
            list.Sum(d => d.Skus.Sum(s => s.Units)),
            list.Sum(d => d.Sources.Sum(s => s.Cost)));
    }

    private static double AddToCartRate(DemoStoreDay day) => day.AddToCartBuyers / (double)day.Visitors;

    private static double ConversionRate(DemoStoreDay day) => day.PayingBuyers / (double)day.Visitors;

    private static PageHealthReport LastFourWeeksPageHealth(IReadOnlyList<DemoDay> days, DemoStoreProfile profile, string? chosenFlagship)
    {
        var lastWeeks = days.TakeLast(28).ToList();
        return PageHealthReport.Evaluate(StoreTotalsOf(lastWeeks), SkuTotalsOf(lastWeeks, profile), chosenFlagship, StoreThresholds.Defaults);
    }

    private static CheckStatus Status(PageHealthReport report, string metric) => report.Checks.Single(c => c.Metric == metric).Status;

    private static StoreTotals StoreTotalsOf(IEnumerable<DemoDay> days)
    {
        var rows = days.Select(d => d.Store).ToList();
        return new StoreTotals
        {
            Visitors = rows.Sum(r => r.Visitors),
            PageViews = rows.Sum(r => r.PageViews),
            BouncedVisitors = rows.Sum(r => r.BouncedVisitors),
            ReturningVisitors = rows.Sum(r => r.ReturningVisitors),
            AddToCartBuyers = rows.Sum(r => r.AddToCartBuyers),
            OrderBuyers = rows.Sum(r => r.OrderBuyers),
            PayingBuyers = rows.Sum(r => r.PayingBuyers),
            PaymentAmount = rows.Sum(r => r.PaymentAmount),
            RefundAmount = rows.Sum(r => r.RefundAmount),
            Inquirers = rows.Sum(r => r.Inquirers),
            InquiryPayingBuyers = rows.Sum(r => r.InquiryPayingBuyers),
            PeerRateTimesVisitors = rows.Sum(r => r.PeerConversionRate * r.Visitors),
            PeerRateVisitors = rows.Sum(r => r.Visitors),
        };
    }

    private static List<SkuTotals> SkuTotalsOf(IEnumerable<DemoDay> days, DemoStoreProfile profile) =>
        days.SelectMany(d => d.Skus)
            .GroupBy(s => s.SkuCode)
            .Select(g => new SkuTotals
            {
                Sku = g.Key,
                Name = profile.Skus.Single(s => s.Code == g.Key).Name,
                Visitors = g.Sum(s => s.Visitors),
                PageViews = g.Sum(s => s.PageViews),
                BouncedVisitors = g.Sum(s => s.BouncedVisitors),
                OrderBuyers = g.Sum(s => s.OrderBuyers),
                PayingBuyers = g.Sum(s => s.PayingBuyers),
                Units = g.Sum(s => s.Units),
                PaymentAmount = g.Sum(s => s.PaymentAmount),
                Presale = g.Any(s => s.Presale),
                StockOnHand = g.Last().StockOnHand,
            })
            .ToList();
}
