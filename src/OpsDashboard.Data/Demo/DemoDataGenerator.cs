using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Data.Demo;

/// <summary>
/// Generates realistic daily facts for a demo store, with no database: the same profile, range and
/// seed always give the same rows.
/// </summary>
/// <remarks>
/// The store day is built top-down so that the figures the dashboard judges stay where the profile
/// puts them: visitors (weekday × season × promotion × growth × slow drift × noise), then
/// conversion and AOV (anchored on the flagship's price, so store AOV ÷ flagship AOV runs at the
/// profile's ratio), then page health. The store's payment is split over the SKUs by demand, and
/// its visitors, buyers and payment over the traffic sources exactly, so the source table adds up
/// to the store. Stock is simulated per SKU (sales, reorders, stocking up before big promotions).
/// Generation starts a few weeks before the range and throws those days away, so that stock,
/// refunds and drifts are already running on the first day shown.
/// </remarks>
public static class DemoDataGenerator
{
    /// <summary>How much history the demo has.</summary>
    public const int Months = 18;

    /// <summary>After how many months a renamed source switches from its former to its current name.</summary>
    public const int RenameAfterMonths = 6;

    private const int WarmUpDays = 35;

    /// <summary>A SKU that runs low is supplied in small batches over this many days before the end…</summary>
    private const int LowStockSmallBatchDays = 75;

    /// <summary>…and its last delivery this many days before the end, sized to leave <see cref="LowStockCoverDays"/> days of sales.</summary>
    private const int LowStockLastDeliveryDays = 20;

    private const int LowStockCoverDays = 4;

    /// <summary>The first day of <see cref="Months"/> months ending on <paramref name="lastDay"/>.</summary>
    public static DateOnly FirstDay(DateOnly lastDay) => lastDay.AddMonths(-Months).AddDays(1);

    /// <summary>A seed that depends only on the store and the last day (string.GetHashCode is randomised per process).</summary>
    public static int SeedFor(DemoStoreProfile profile, DateOnly lastDay)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var hash = 2_166_136_261u;
        foreach (var c in profile.Code)
        {
            hash = unchecked((hash ^ c) * 16_777_619u);
        }

        return unchecked((int)(hash ^ ((uint)lastDay.DayNumber * 2_654_435_761u)));
    }

    /// <summary>The first day a renamed source appears under its current name: the first of a month, about six months into the range.</summary>
    public static DateOnly RenameDate(DateOnly from)
    {
        var due = from.AddMonths(RenameAfterMonths);
        return due.Day == 1 ? due : new DateOnly(due.Year, due.Month, 1).AddMonths(1);
    }

    /// <summary>The name the platform gave the source on <paramref name="date"/>.</summary>
    public static string SourceNameOn(DemoSource source, DateOnly date, DateOnly from) =>
        source.FormerName is not null && date < RenameDate(from) ? source.FormerName : source.Name;

    /// <summary>The SKU's pre-sale window for a range ending on <paramref name="to"/>; null for an ordinary SKU. The SKU has no rows before its deposits open.</summary>
    public static DemoPresaleWindow? PresaleWindow(DemoSku sku, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(sku);
        switch (sku.Presale)
        {
            case DemoPresale.DoubleEleven:
                var year = to >= new DateOnly(to.Year, 11, 11) ? to.Year : to.Year - 1;
                return new DemoPresaleWindow(new DateOnly(year, 10, 24), new DateOnly(year, 11, 11));
            case DemoPresale.OpenAtEnd:
                return new DemoPresaleWindow(to.AddDays(-9), to.AddDays(4));
            default:
                return null;
        }
    }

    /// <summary>The rows for every day from <paramref name="from"/> to <paramref name="to"/>, one day at a time (nothing is held in memory).</summary>
    public static IEnumerable<DemoDay> Generate(DemoStoreProfile profile, DateOnly from, DateOnly to, int seed)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The last day comes before the first day.");
        }

        if (profile.Skus.Count == 0 || profile.Sources.Count == 0)
        {
            throw new ArgumentException("A demo store needs SKUs and traffic sources.", nameof(profile));
        }

        return new Run(profile, from, to, seed).Days();
    }

    private sealed class SkuState(DemoSku sku, DemoPresaleWindow? window)
    {
        public DemoSku Sku { get; } = sku;
        public DemoPresaleWindow? Window { get; } = window;
        public long? Stock { get; set; }
        public double? UnitsAverage { get; set; }
        public long PendingUnits { get; set; }
        public DateOnly? PendingArrival { get; set; }
        public double Drift { get; set; }
        public long Deposits { get; set; }
    }

    private sealed record SkuOutcome(List<DemoSkuDay> Rows, long ExtraVisitors, long ExtraPayingBuyers, long ExtraPaymentMinor, long DepositOrders);

    private sealed class Run
    {
        // Share of a day's refunds that arrive 0…7 days later.
        private static readonly double[] RefundLag = [0.05, 0.15, 0.20, 0.20, 0.15, 0.10, 0.08, 0.07];

        private readonly DemoStoreProfile profile;
        private readonly DateOnly from;
        private readonly DateOnly to;
        private readonly DemoNoise noise;
        private readonly DemoSku anchor;
        private readonly List<SkuState> skus;
        private readonly double[] sourceDrift;
        private readonly double[] refundPipeline = new double[RefundLag.Length];
        private double trafficDrift;
        private double conversionDrift;
        private double aovDrift;

        public Run(DemoStoreProfile profile, DateOnly from, DateOnly to, int seed)
        {
            this.profile = profile;
            this.from = from;
            this.to = to;
            noise = new DemoNoise(seed);
            // Store AOV is anchored on the ordinary SKU most in demand: the flagship.
            anchor = profile.Skus.Where(s => s.Presale == DemoPresale.None).OrderByDescending(s => s.Popularity).First();
            skus = profile.Skus.Select(s => new SkuState(s, PresaleWindow(s, to))).ToList();
            sourceDrift = new double[profile.Sources.Count];
        }

        /// <summary>
        /// Streams the days, except the last few weeks: those are held back until the end so the
        /// stock of a SKU that runs low can be laid out backwards from its final level.
        /// </summary>
        public IEnumerable<DemoDay> Days()
        {
            var held = new List<DemoDay>();
            var lastDelivery = to.AddDays(-LowStockLastDeliveryDays);
            for (var date = from.AddDays(-WarmUpDays); date <= to; date = date.AddDays(1))
            {
                var day = Next(date);
                if (date >= lastDelivery)
                {
                    held.Add(day);
                }
                else if (date >= from)
                {
                    yield return day;
                }
            }

            foreach (var day in RunLow(held).Where(d => d.Date >= from))
            {
                yield return day;
            }
        }

        /// <summary>
        /// The last delivery of a SKU that runs low arrives on the first held day, sized so that the
        /// sales that follow leave about <see cref="LowStockCoverDays"/> days of stock on the last day.
        /// </summary>
        private List<DemoDay> RunLow(List<DemoDay> held)
        {
            foreach (var code in skus.Where(s => s.Sku.RunsLowAtEnd && s.Window is null).Select(s => s.Sku.Code))
            {
                var rows = held.Select(d => d.Skus.FirstOrDefault(r => r.SkuCode == code)).ToList();
                if (rows.Any(r => r is null))
                {
                    continue;
                }

                var recentUnits = rows.TakeLast(14).Average(r => r!.Units);
                var stock = Math.Max(1, DemoNoise.Round(recentUnits * LowStockCoverDays));
                for (var i = held.Count - 1; i >= 0; i--)
                {
                    var row = rows[i]!;
                    held[i] = held[i] with { Skus = held[i].Skus.Select(r => r.SkuCode == code ? row with { StockOnHand = stock } : r).ToList() };
                    stock += row.Units;
                }
            }

            return held;
        }

        private DemoDay Next(DateOnly date)
        {
            var shape = DemoCalendar.Shape(date, profile.Promotions);
            var years = (date.DayNumber - from.DayNumber) / 365.25;
            // Page health drifts over the first three quarters of the range and then holds, so the
            // latest weeks show the profile's end level.
            var progress = Math.Clamp((date.DayNumber - from.DayNumber) / (0.75 * Math.Max(1, to.DayNumber - from.DayNumber)), 0, 1);
            var n = date.DayNumber;

            trafficDrift = (0.93 * trafficDrift) + (0.02 * noise.Normal());
            conversionDrift = (0.93 * conversionDrift) + (0.015 * noise.Normal());
            aovDrift = (0.95 * aovDrift) + (0.01 * noise.Normal());

            var visitors = Math.Max(100, DemoNoise.Round(
                profile.BaseVisitors
                * DemoCalendar.WeekdayTrafficFactor(date)
                * DemoCalendar.Season(date, profile.SeasonAmplitude, profile.SeasonPeakDayOfYear)
                * shape.Traffic
                * Math.Exp((profile.AnnualGrowth * years) + trafficDrift)
                * noise.LogNormal(0.05)));
            var conversion = profile.ConversionRate
                * DemoCalendar.WeekdayConversionFactor(date)
                * shape.Conversion
                * Math.Exp(conversionDrift)
                * noise.LogNormal(0.06);
            var paying = Math.Max(1, DemoNoise.Round(visitors * conversion));
            var aov = (double)anchor.Price * anchor.UnitsPerBuyer
                * (profile.AovRatio + (0.05 * Math.Sin(2 * Math.PI * n / 45.0)))
                * Math.Exp(aovDrift)
                * shape.Discount
                * noise.LogNormal(0.03);
            var paymentMinor = DemoNoise.Round(paying * aov * Money.MinorUnitsPerUnit);

            var promotionBounce = shape.Phase switch { PromotionPhase.Peak => -0.06, PromotionPhase.PreHeat => -0.025, _ => 0 };
            var promotionDepth = shape.Phase switch { PromotionPhase.Peak => 0.35, PromotionPhase.PreHeat => 0.2, _ => 0 };
            var bounceRate = Math.Clamp(
                Lerp(profile.BounceRateStart, profile.BounceRateEnd, progress) + (0.015 * Math.Sin(2 * Math.PI * n / 38.0)) + promotionBounce + (0.01 * noise.Normal()),
                0.3,
                0.9);
            var depth = Math.Max(
                1.2,
                Lerp(profile.VisitDepthStart, profile.VisitDepthEnd, progress) + (0.1 * Math.Sin((2 * Math.PI * n / 41.0) + 1)) + promotionDepth + (0.06 * noise.Normal()));

            var sku = GenerateSkus(date, shape, visitors, paymentMinor, bounceRate);
            visitors += sku.ExtraVisitors;
            paying += sku.ExtraPayingBuyers;
            paymentMinor += sku.ExtraPaymentMinor;
            visitors = Math.Max(visitors, paying);
            var orders = Math.Min(visitors, paying + noise.Poisson(paying * 0.07) + sku.DepositOrders);

            var inquirers = DemoNoise.Round((paying * noise.Uniform(0.55, 0.8)) + (visitors * 0.004));
            var inquiryConversion = Math.Clamp(profile.InquiryConversion + (0.03 * Math.Sin(2 * Math.PI * n / 29.0)) + (0.025 * noise.Normal()), 0.2, 0.9);
            var lateQualityIssue = skus.Any(s => s.Sku.QualityIssueAtEnd) && IsLate(date, 21);
            var dsrWave = 0.02 * Math.Sin(2 * Math.PI * n / 90.0);
            var afterPromotion = shape.Phase is PromotionPhase.Peak or PromotionPhase.Tail ? 0.03 : 0;

            var returning = Math.Min(visitors, DemoNoise.Round(visitors * profile.ReturningShare * shape.Returning * noise.LogNormal(0.05)));
            var addToCart = Math.Min(visitors, DemoNoise.Round(visitors * profile.AddToCartRate * shape.AddToCart * noise.LogNormal(0.06)));
            var store = new DemoStoreDay
            {
                Date = date,
                Visitors = visitors,
                PageViews = Math.Max(visitors, DemoNoise.Round(visitors * depth)),
                BouncedVisitors = DemoNoise.Round(visitors * bounceRate),
                ReturningVisitors = returning,
                AddToCartBuyers = addToCart,
                OrderBuyers = orders,
                PayingBuyers = paying,
                PaymentAmount = ToMoney(paymentMinor),
                RefundAmount = ToMoney(NextRefund(paymentMinor, shape)),
                Inquirers = inquirers,
                InquiryPayingBuyers = Math.Min(paying, Math.Min(inquirers, DemoNoise.Round(inquirers * inquiryConversion))),
                PeerConversionRate = decimal.Round(
                    (decimal)(profile.PeerConversionRate * DemoCalendar.WeekdayConversionFactor(date) * shape.Conversion * noise.LogNormal(0.04)),
                    4,
                    MidpointRounding.AwayFromZero),
                DsrDescription = Score(profile.Dsr + dsrWave - (lateQualityIssue ? 0.02 : 0) + (0.004 * noise.Normal())),
                DsrService = Score(profile.Dsr + 0.01 + dsrWave + (0.004 * noise.Normal())),
                DsrLogistics = Score(profile.Dsr - 0.01 - afterPromotion + (0.005 * noise.Normal())),
                Units = sku.Rows.Sum(r => r.Units),
                FavoriteBuyers = Favorites(addToCart),
                AverageStaySeconds = StaySeconds(depth),
            };

            var sources = GenerateSources(date, shape, store, paymentMinor);
            return new DemoDay(store, WithRefunds(sku.Rows, store), sources);
        }

        private SkuOutcome GenerateSkus(DateOnly date, DayShape shape, long storeVisitors, long paymentMinor, double storeBounce)
        {
            var rows = new List<DemoSkuDay>(skus.Count);
            long extraVisitors = 0, extraPaying = 0, extraPayment = 0, depositOrders = 0;

            var regular = skus.Where(s => s.Window is null || date > s.Window.FinalPayment).ToList();
            var expectedPaying = new double[regular.Count];
            var trafficWeights = new double[regular.Count];
            var demand = regular.Select(s =>
            {
                s.Drift = (0.95 * s.Drift) + (0.05 * noise.Normal());
                return s.Sku.Popularity
                    * DemoCalendar.Season(date, s.Sku.Seasonality, s.Sku.SeasonPeakDayOfYear)
                    * Math.Exp(s.Drift)
                    * noise.LogNormal(0.12)
                    * (HasQualityIssue(s.Sku, date) ? 0.85 : 1);
            }).ToList();
            var totalDemand = demand.Sum();
            for (var i = 0; i < regular.Count; i++)
            {
                var unitPrice = (double)regular[i].Sku.Price * shape.Discount;
                expectedPaying[i] = paymentMinor / (double)Money.MinorUnitsPerUnit * demand[i] / totalDemand / (unitPrice * regular[i].Sku.UnitsPerBuyer);
                trafficWeights[i] = expectedPaying[i] / SkuConversionFactor(regular[i].Sku, date) * noise.LogNormal(0.08);
            }

            var skuVisitors = DemoNoise.Apportion(DemoNoise.Round(storeVisitors * profile.SkuBrowseFactor), trafficWeights);
            for (var i = 0; i < regular.Count; i++)
            {
                rows.Add(RegularSkuDay(date, shape, regular[i], expectedPaying[i], skuVisitors[i], storeBounce));
            }

            foreach (var state in skus.Where(s => s.Window is not null && s.Window.Contains(date)))
            {
                var window = state.Window!;
                if (date < window.FinalPayment)
                {
                    // Deposits: orders but no payment until the final-payment day. The launch is promoted
                    // hard, so the item ranks among the most visited.
                    state.Stock ??= 0;
                    var open = (date.DayNumber - window.DepositsOpen.DayNumber) / (double)(window.FinalPayment.DayNumber - window.DepositsOpen.DayNumber);
                    var visitors = Math.Max(20, DemoNoise.Round(storeVisitors * profile.SkuBrowseFactor * 0.06 * (0.7 + (0.8 * open)) * noise.LogNormal(0.1)));
                    var orders = Math.Max(1, noise.Poisson(visitors * 0.04));
                    state.Deposits += orders;
                    depositOrders += orders;
                    state.Stock = Math.Max(state.Stock.Value, RoundUp(state.Deposits * 1.5, 100));
                    rows.Add(PresaleSkuDay(date, state, visitors, orders, payingBuyers: 0, units: 0, paymentMinor: 0, storeBounce));
                }
                else
                {
                    // The final payment: most deposit holders come back and pay the balance.
                    var payers = DemoNoise.Round(state.Deposits * noise.Uniform(0.86, 0.92));
                    var visitors = Math.Max(DemoNoise.Round(storeVisitors * profile.SkuBrowseFactor * 0.04), (long)Math.Ceiling(payers * 1.2));
                    var orders = Math.Min(visitors, payers + noise.Poisson(visitors * 0.01));
                    var payment = DemoNoise.Round(payers * (double)state.Sku.Price * 0.9 * Money.MinorUnitsPerUnit);
                    state.Stock = Math.Max(0, (state.Stock ?? 0) - payers);
                    state.Deposits = 0;
                    rows.Add(PresaleSkuDay(date, state, visitors, orders, payers, payers, payment, storeBounce));
                    extraVisitors += payers / 2;
                    extraPaying += payers;
                    extraPayment += payment;
                }
            }

            return new SkuOutcome(rows, extraVisitors, extraPaying, extraPayment, depositOrders);
        }

        private DemoSkuDay RegularSkuDay(DateOnly date, DayShape shape, SkuState state, double expectedPaying, long visitors, double storeBounce)
        {
            var sku = state.Sku;
            var expectedUnits = expectedPaying * sku.UnitsPerBuyer;
            state.Stock ??= Math.Max(60, DemoNoise.Round(expectedUnits * noise.Uniform(35, 55)));
            state.UnitsAverage ??= expectedUnits;
            if (state.PendingArrival is { } arrival && date >= arrival)
            {
                state.Stock += state.PendingUnits;
                state.PendingArrival = null;
                state.PendingUnits = 0;
            }

            var paying = noise.Poisson(expectedPaying);
            // Over its last weeks a SKU that runs low sells freely: its stock is laid out afterwards (see RunLow).
            var available = sku.RunsLowAtEnd && date >= to.AddDays(-LowStockLastDeliveryDays) ? long.MaxValue : state.Stock.Value;
            var units = Math.Min(available, paying + noise.Poisson(paying * (sku.UnitsPerBuyer - 1)));
            paying = Math.Min(paying, units);
            state.Stock -= units;
            // A promotion spike must not make the next reorders huge: one day moves the average at most 2.5×.
            state.UnitsAverage = (0.9 * state.UnitsAverage.Value) + (0.1 * Math.Min(units, 2.5 * Math.Max(1, state.UnitsAverage.Value)));
            Restock(date, state);

            var orders = paying + noise.Poisson(paying * 0.07);
            visitors = Math.Max(visitors, (long)Math.Ceiling(orders / 0.35));
            var conversionFactor = SkuConversionFactor(sku, date);
            var pageViews = Math.Max(visitors, DemoNoise.Round(visitors * Math.Max(1, sku.PageDepth + (0.08 * noise.Normal()))));
            var bounced = DemoNoise.Round(visitors * SkuBounce(sku, storeBounce));
            var addToCart = Math.Min(visitors, DemoNoise.Round(visitors * profile.AddToCartRate * Math.Sqrt(conversionFactor) * shape.AddToCart * noise.LogNormal(0.1)));
            return new DemoSkuDay
            {
                Date = date,
                SkuCode = sku.Code,
                Visitors = visitors,
                PageViews = pageViews,
                BouncedVisitors = bounced,
                AddToCartBuyers = addToCart,
                FavoriteBuyers = Favorites(addToCart),
                AverageStaySeconds = StaySeconds(visitors == 0 ? 1 : (double)pageViews / visitors),
                OrderBuyers = orders,
                PayingBuyers = paying,
                Units = units,
                PaymentAmount = ToMoney(DemoNoise.Round(units * (double)sku.Price * shape.Discount * Money.MinorUnitsPerUnit)),
                Presale = false,
                StockOnHand = state.Stock.Value,
                NegativeReviews = noise.Poisson(paying * profile.NegativeReviewRate * (HasQualityIssue(sku, date) ? 10 : 1)),
            };
        }

        private DemoSkuDay PresaleSkuDay(DateOnly date, SkuState state, long visitors, long orders, long payingBuyers, long units, long paymentMinor, double storeBounce)
        {
            var pageViews = Math.Max(visitors, DemoNoise.Round(visitors * (state.Sku.PageDepth + 0.3)));
            var bounced = DemoNoise.Round(visitors * SkuBounce(state.Sku, storeBounce));
            var addToCart = Math.Min(visitors, DemoNoise.Round(visitors * 0.12 * noise.LogNormal(0.1)));
            return new()
            {
                Date = date,
                SkuCode = state.Sku.Code,
                Visitors = visitors,
                PageViews = pageViews,
                BouncedVisitors = bounced,
                AddToCartBuyers = addToCart,
                FavoriteBuyers = Favorites(addToCart),
                AverageStaySeconds = StaySeconds(visitors == 0 ? 1 : (double)pageViews / visitors),
                OrderBuyers = orders,
                PayingBuyers = payingBuyers,
                Units = units,
                PaymentAmount = ToMoney(paymentMinor),
                Presale = true,
                StockOnHand = state.Stock ?? 0,
                NegativeReviews = noise.Poisson(payingBuyers * profile.NegativeReviewRate),
            };
        }

        // Figures derived from ones already drawn, without new random draws, so every other demo
        // figure stays exactly as it was: favourites track add-to-cart, stay time tracks depth.
        private static long Favorites(long addToCart) => DemoNoise.Round(addToCart * 0.38);

        private static decimal StaySeconds(double depth) => decimal.Round((decimal)(12 + (11 * depth)), 1, MidpointRounding.AwayFromZero);

        /// <summary>Spreads the store's refunds of the day over its SKUs by their sales (成功退款金额 per SKU).</summary>
        private static IReadOnlyList<DemoSkuDay> WithRefunds(IReadOnlyList<DemoSkuDay> rows, DemoStoreDay store)
        {
            if (store.PaymentAmount <= 0)
            {
                return rows;
            }

            var rate = store.RefundAmount / store.PaymentAmount;
            return rows.Select(r => r with { RefundAmount = decimal.Round(r.PaymentAmount * rate, 2, MidpointRounding.AwayFromZero) }).ToList();
        }

        /// <summary>
        /// Reorders when stock falls under about 12 days of sales (40 before a big promotion, ordering
        /// extra), delivered 4–8 days later. A SKU that runs low gets small batches over the last
        /// months and no order in the last weeks; its last delivery is laid out by <see cref="RunLow"/>.
        /// </summary>
        private void Restock(DateOnly date, SkuState state)
        {
            var average = state.UnitsAverage ?? 0;
            if (state.PendingArrival is not null || (state.Sku.RunsLowAtEnd && date >= to.AddDays(-LowStockLastDeliveryDays)))
            {
                return;
            }

            if (state.Sku.RunsLowAtEnd && date >= to.AddDays(-LowStockSmallBatchDays))
            {
                // The supplier is struggling: small batches, ordered at the last moment.
                if (state.Stock < average * 5)
                {
                    state.PendingUnits = Math.Max(10, RoundUp(average * noise.Uniform(8, 12), 10));
                    state.PendingArrival = date.AddDays((int)noise.Uniform(2, 4));
                }

                return;
            }

            // A SKU that runs low never had a supplier able to stock up for a promotion.
            var promotionAhead = !state.Sku.RunsLowAtEnd && DemoCalendar.BigPromotionWithin(date, profile.Promotions, 25, 2.0);
            if (state.Stock < average * (promotionAhead ? 40 : 12))
            {
                state.PendingUnits = Math.Max(100, RoundUp(average * noise.Uniform(35, 50) * (promotionAhead ? 2.5 : 1), 50));
                state.PendingArrival = date.AddDays((int)noise.Uniform(4, 9));
            }
        }

        private List<DemoSourceDay> GenerateSources(DateOnly date, DayShape shape, DemoStoreDay store, long paymentMinor)
        {
            var sources = profile.Sources;
            var weights = new double[sources.Count];
            for (var i = 0; i < sources.Count; i++)
            {
                sourceDrift[i] = (0.95 * sourceDrift[i]) + (0.03 * noise.Normal());
                weights[i] = sources[i].Share * SourcePromotionFactor(sources[i], shape) * Math.Exp(sourceDrift[i]) * noise.LogNormal(0.06);
            }

            var visitors = DemoNoise.Apportion(store.Visitors, weights);
            var buyingWeights = visitors.Select((v, i) => v * sources[i].ConversionFactor).ToList();
            var paying = DemoNoise.Apportion(store.PayingBuyers, buyingWeights.Select(w => w * noise.LogNormal(0.1)).ToList(), visitors);
            var unpaid = DemoNoise.Apportion(store.OrderBuyers - store.PayingBuyers, buyingWeights, visitors.Select((v, i) => v - paying[i]).ToList());
            var payment = DemoNoise.Apportion(paymentMinor, paying.Select((p, i) => p * sources[i].AovFactor * noise.LogNormal(0.05)).ToList());

            var rows = new List<DemoSourceDay>(sources.Count);
            for (var i = 0; i < sources.Count; i++)
            {
                var source = sources[i];
                long impressions = 0, clicks = 0, costMinor = 0;
                if (source.IsPaid)
                {
                    var promotionRoi = shape.Phase switch { PromotionPhase.Peak => 1.25, PromotionPhase.PreHeat => 0.85, _ => 1 };
                    var roi = source.TargetRoi * (1 + (0.18 * Math.Sin((2 * Math.PI * date.DayNumber / 61.0) + (1.7 * i)))) * noise.LogNormal(0.12) * promotionRoi;
                    costMinor = payment[i] > 0 ? DemoNoise.Round(payment[i] / roi) : visitors[i] * 150;
                    clicks = Math.Max(visitors[i], DemoNoise.Round(visitors[i] * noise.Uniform(1.06, 1.22)));
                    impressions = DemoNoise.Round(clicks / (source.ClickThroughRate * noise.LogNormal(0.08)));
                }

                rows.Add(new DemoSourceDay
                {
                    Date = date,
                    SourceName = SourceNameOn(source, date, from),
                    Kind = source.Kind,
                    Visitors = visitors[i],
                    OrderBuyers = paying[i] + unpaid[i],
                    PayingBuyers = paying[i],
                    PaymentAmount = ToMoney(payment[i]),
                    Impressions = impressions,
                    Clicks = clicks,
                    Cost = ToMoney(costMinor),
                });
            }

            return rows;
        }

        /// <summary>Spreads today's refunds over the next week and returns what is refunded today.</summary>
        private long NextRefund(long paymentMinor, DayShape shape)
        {
            // Promotion buyers return more (impulse buys, wrong sizes).
            var refunds = paymentMinor * profile.RefundRate * noise.LogNormal(0.15) * (shape.Phase == PromotionPhase.Peak ? 1.3 : 1);
            for (var lag = 0; lag < RefundLag.Length; lag++)
            {
                refundPipeline[lag] += refunds * RefundLag[lag];
            }

            var today = DemoNoise.Round(refundPipeline[0]);
            Array.Copy(refundPipeline, 1, refundPipeline, 0, refundPipeline.Length - 1);
            refundPipeline[^1] = 0;
            return today;
        }

        private static double SourcePromotionFactor(DemoSource source, DayShape shape) => (source.Kind, shape.Phase) switch
        {
            (SourceKinds.Paid, PromotionPhase.Peak) => 1.4,
            (SourceKinds.Paid, PromotionPhase.PreHeat) => 1.25,
            (SourceKinds.Content, PromotionPhase.Peak) => 2.5,
            (SourceKinds.Content, PromotionPhase.PreHeat) => 1.6,
            (SourceKinds.Content, PromotionPhase.Tail) => 1.3,
            (SourceKinds.Membership, PromotionPhase.Peak) => 1.6,
            (SourceKinds.Membership, PromotionPhase.PreHeat) => 1.3,
            (SourceKinds.Direct, PromotionPhase.Peak) => 1.6,
            _ => 1,
        };

        private double SkuBounce(DemoSku sku, double storeBounce) =>
            Math.Clamp(storeBounce - 0.08 + sku.BounceOffset + (0.03 * noise.Normal()), 0.15, 0.95);

        private double SkuConversionFactor(DemoSku sku, DateOnly date) =>
            sku.ConversionFactor * (HasQualityIssue(sku, date) ? 0.7 : 1);

        private bool HasQualityIssue(DemoSku sku, DateOnly date) => sku.QualityIssueAtEnd && IsLate(date, 21);

        private bool IsLate(DateOnly date, int days) => date > to.AddDays(-days);

        private static decimal Score(double value) =>
            decimal.Round((decimal)Math.Clamp(value, 0, 5), 4, MidpointRounding.AwayFromZero);

        private static decimal ToMoney(long minorUnits) => Money.FromMinorUnits(minorUnits);

        private static long RoundUp(double value, long step) => Math.Max(0, (long)Math.Ceiling(value / step) * step);

        private static double Lerp(double start, double end, double t) => start + ((end - start) * t);
    }
}
