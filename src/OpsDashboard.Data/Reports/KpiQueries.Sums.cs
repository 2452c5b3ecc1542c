using System.Linq.Expressions;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.Reports;

public sealed partial class KpiQueries
{
    /// <summary>
    /// The one projection of the sums a store and a SKU share, translated to SUM(...) per group by EF. Each rate's
    /// parts are summed over the days that report both (CASE WHEN … IS NOT NULL), so a day whose file lacked a column
    /// is left out of that rate instead of counting as 0; a nullable fact no day reported stays unknown (MAX is NULL).
    /// </summary>
    private static Expression<Func<IEnumerable<TDay>, VisitorSums>> VisitorSumsOf<TDay>()
        where TDay : class, IVisitorDay =>
        g => new VisitorSums
        {
            Visitors = g.Sum(d => d.Visitors ?? 0),
            PageViews = g.Sum(d => d.PageViews ?? 0),
            BouncedVisitors = g.Sum(d => d.BouncedVisitors ?? 0),
            AddToCartBuyers = g.Max(d => d.AddToCartBuyers) == null ? null : g.Sum(d => d.AddToCartBuyers),
            FavoriteBuyers = g.Max(d => d.FavoriteBuyers) == null ? null : g.Sum(d => d.FavoriteBuyers),
            OrderBuyers = g.Sum(d => d.OrderBuyers ?? 0),
            PayingBuyers = g.Sum(d => d.PayingBuyers ?? 0),
            PaymentAmountMinor = g.Sum(d => d.PaymentAmountMinor ?? 0),
            RefundAmountMinor = g.Max(d => d.RefundAmountMinor) == null ? null : g.Sum(d => d.RefundAmountMinor),
            StayMillisTimesVisitors = g.Sum(d => d.AverageStayMilliseconds != null && d.Visitors != null ? d.AverageStayMilliseconds.Value * d.Visitors.Value : 0),
            StayVisitors = g.Sum(d => d.AverageStayMilliseconds != null && d.Visitors != null ? d.Visitors.Value : 0),
            PayingWithVisitors = g.Sum(d => d.PayingBuyers != null && d.Visitors != null ? d.PayingBuyers.Value : 0),
            VisitorsWithPaying = g.Sum(d => d.PayingBuyers != null && d.Visitors != null ? d.Visitors.Value : 0),
            OrderWithVisitors = g.Sum(d => d.OrderBuyers != null && d.Visitors != null ? d.OrderBuyers.Value : 0),
            VisitorsWithOrder = g.Sum(d => d.OrderBuyers != null && d.Visitors != null ? d.Visitors.Value : 0),
            AmountWithPaying = g.Sum(d => d.PaymentAmountMinor != null && d.PayingBuyers != null ? d.PaymentAmountMinor.Value : 0),
            PayingWithAmount = g.Sum(d => d.PaymentAmountMinor != null && d.PayingBuyers != null ? d.PayingBuyers.Value : 0),
            BouncedWithVisitors = g.Sum(d => d.BouncedVisitors != null && d.Visitors != null ? d.BouncedVisitors.Value : 0),
            VisitorsWithBounced = g.Sum(d => d.BouncedVisitors != null && d.Visitors != null ? d.Visitors.Value : 0),
            PageViewsWithVisitors = g.Sum(d => d.PageViews != null && d.Visitors != null ? d.PageViews.Value : 0),
            VisitorsWithPageViews = g.Sum(d => d.PageViews != null && d.Visitors != null ? d.Visitors.Value : 0),
            CartWithVisitors = g.Sum(d => d.AddToCartBuyers != null && d.Visitors != null ? d.AddToCartBuyers.Value : 0),
            VisitorsWithCart = g.Sum(d => d.AddToCartBuyers != null && d.Visitors != null ? d.Visitors.Value : 0),
            FavoriteWithVisitors = g.Sum(d => d.FavoriteBuyers != null && d.Visitors != null ? d.FavoriteBuyers.Value : 0),
            VisitorsWithFavorite = g.Sum(d => d.FavoriteBuyers != null && d.Visitors != null ? d.Visitors.Value : 0),
            AmountWithVisitors = g.Sum(d => d.PaymentAmountMinor != null && d.Visitors != null ? d.PaymentAmountMinor.Value : 0),
            VisitorsWithAmount = g.Sum(d => d.PaymentAmountMinor != null && d.Visitors != null ? d.Visitors.Value : 0),
            RefundWithAmount = g.Sum(d => d.RefundAmountMinor != null && d.PaymentAmountMinor != null ? d.RefundAmountMinor.Value : 0),
            AmountWithRefund = g.Sum(d => d.RefundAmountMinor != null && d.PaymentAmountMinor != null ? d.PaymentAmountMinor.Value : 0),
        };

    /// <summary>
    /// A grouped projection <paramref name="shape"/> whose second parameter is filled with the shared sums of the group
    /// (<see cref="VisitorSumsOf{TDay}"/>), so store and SKU projections add only what is their own.
    /// </summary>
    private static Expression<Func<IGrouping<TKey, TDay>, TSums>> WithVisitorSums<TKey, TDay, TSums>(
        Expression<Func<IGrouping<TKey, TDay>, VisitorSums, TSums>> shape)
        where TDay : class, IVisitorDay
    {
        var shared = VisitorSumsOf<TDay>();
        var group = shape.Parameters[0];
        var sums = new ParameterSwap(shared.Parameters[0], group).Visit(shared.Body);
        return Expression.Lambda<Func<IGrouping<TKey, TDay>, TSums>>(new ParameterSwap(shape.Parameters[1], sums).Visit(shape.Body), group);
    }

    /// <summary>The store-day sums per group: the shared sums and the store's own facts.</summary>
    private static Expression<Func<IGrouping<TKey, StoreDay>, StoreSums<TKey>>> SumsByKey<TKey>() =>
        WithVisitorSums<TKey, StoreDay, StoreSums<TKey>>((g, shared) => new StoreSums<TKey>
        {
            Key = g.Key,
            Shared = shared,
            ReturningVisitors = g.Sum(d => d.ReturningVisitors ?? 0),
            Units = g.Max(d => d.Units) == null ? null : g.Sum(d => d.Units),
            Inquirers = g.Max(d => d.Inquirers) == null ? null : g.Sum(d => d.Inquirers),
            InquiryPayingBuyers = g.Max(d => d.InquiryPayingBuyers) == null ? null : g.Sum(d => d.InquiryPayingBuyers),
            PeerUnitsTimesVisitors = g.Sum(d => d.PeerConversionRateUnits != null && d.Visitors != null ? d.PeerConversionRateUnits.Value * d.Visitors.Value : 0),
            PeerVisitors = g.Sum(d => d.PeerConversionRateUnits != null && d.Visitors != null ? d.Visitors.Value : 0),
            InquiryPayingWithInquirers = g.Sum(d => d.InquiryPayingBuyers != null && d.Inquirers != null ? d.InquiryPayingBuyers.Value : 0),
            InquirersWithInquiryPaying = g.Sum(d => d.InquiryPayingBuyers != null && d.Inquirers != null ? d.Inquirers.Value : 0),
            ReturningWithVisitors = g.Sum(d => d.ReturningVisitors != null && d.Visitors != null ? d.ReturningVisitors.Value : 0),
            VisitorsWithReturning = g.Sum(d => d.ReturningVisitors != null && d.Visitors != null ? d.Visitors.Value : 0),
        });

    /// <summary>The SKU-day sums per group: the shared sums and the SKU's own facts.</summary>
    internal static Expression<Func<IGrouping<TKey, SkuDay>, SkuSums<TKey>>> SkuSumsByKey<TKey>() =>
        WithVisitorSums<TKey, SkuDay, SkuSums<TKey>>((g, shared) => new SkuSums<TKey>
        {
            Key = g.Key,
            Shared = shared,
            Units = g.Sum(d => d.Units ?? 0),
            NegativeReviews = g.Max(d => d.NegativeReviews) == null ? null : g.Sum(d => d.NegativeReviews),
            PresaleDays = g.Sum(d => d.Presale ? 1 : 0),
            MaxStockOnHand = g.Max(d => d.StockOnHand),
        });

    /// <summary>Raw shared sums as the database returns them (money in minor units, stay in ms); added field by field.</summary>
    internal sealed class VisitorSums
    {
        public long Visitors { get; init; }
        public long PageViews { get; init; }
        public long BouncedVisitors { get; init; }
        public long? AddToCartBuyers { get; init; }
        public long? FavoriteBuyers { get; init; }
        public long OrderBuyers { get; init; }
        public long PayingBuyers { get; init; }
        public long PaymentAmountMinor { get; init; }
        public long? RefundAmountMinor { get; init; }
        public long StayMillisTimesVisitors { get; init; }
        public long StayVisitors { get; init; }
        public long PayingWithVisitors { get; init; }
        public long VisitorsWithPaying { get; init; }
        public long OrderWithVisitors { get; init; }
        public long VisitorsWithOrder { get; init; }
        public long AmountWithPaying { get; init; }
        public long PayingWithAmount { get; init; }
        public long BouncedWithVisitors { get; init; }
        public long VisitorsWithBounced { get; init; }
        public long PageViewsWithVisitors { get; init; }
        public long VisitorsWithPageViews { get; init; }
        public long CartWithVisitors { get; init; }
        public long VisitorsWithCart { get; init; }
        public long FavoriteWithVisitors { get; init; }
        public long VisitorsWithFavorite { get; init; }
        public long AmountWithVisitors { get; init; }
        public long VisitorsWithAmount { get; init; }
        public long RefundWithAmount { get; init; }
        public long AmountWithRefund { get; init; }

        /// <summary>These sums and <paramref name="other"/>'s added field by field (a field unknown in both stays unknown).</summary>
        public VisitorSums Plus(VisitorSums other) => new()
        {
            Visitors = Visitors + other.Visitors,
            PageViews = PageViews + other.PageViews,
            BouncedVisitors = BouncedVisitors + other.BouncedVisitors,
            AddToCartBuyers = Add(AddToCartBuyers, other.AddToCartBuyers),
            FavoriteBuyers = Add(FavoriteBuyers, other.FavoriteBuyers),
            OrderBuyers = OrderBuyers + other.OrderBuyers,
            PayingBuyers = PayingBuyers + other.PayingBuyers,
            PaymentAmountMinor = PaymentAmountMinor + other.PaymentAmountMinor,
            RefundAmountMinor = Add(RefundAmountMinor, other.RefundAmountMinor),
            StayMillisTimesVisitors = StayMillisTimesVisitors + other.StayMillisTimesVisitors,
            StayVisitors = StayVisitors + other.StayVisitors,
            PayingWithVisitors = PayingWithVisitors + other.PayingWithVisitors,
            VisitorsWithPaying = VisitorsWithPaying + other.VisitorsWithPaying,
            OrderWithVisitors = OrderWithVisitors + other.OrderWithVisitors,
            VisitorsWithOrder = VisitorsWithOrder + other.VisitorsWithOrder,
            AmountWithPaying = AmountWithPaying + other.AmountWithPaying,
            PayingWithAmount = PayingWithAmount + other.PayingWithAmount,
            BouncedWithVisitors = BouncedWithVisitors + other.BouncedWithVisitors,
            VisitorsWithBounced = VisitorsWithBounced + other.VisitorsWithBounced,
            PageViewsWithVisitors = PageViewsWithVisitors + other.PageViewsWithVisitors,
            VisitorsWithPageViews = VisitorsWithPageViews + other.VisitorsWithPageViews,
            CartWithVisitors = CartWithVisitors + other.CartWithVisitors,
            VisitorsWithCart = VisitorsWithCart + other.VisitorsWithCart,
            FavoriteWithVisitors = FavoriteWithVisitors + other.FavoriteWithVisitors,
            VisitorsWithFavorite = VisitorsWithFavorite + other.VisitorsWithFavorite,
            AmountWithVisitors = AmountWithVisitors + other.AmountWithVisitors,
            VisitorsWithAmount = VisitorsWithAmount + other.VisitorsWithAmount,
            RefundWithAmount = RefundWithAmount + other.RefundWithAmount,
            AmountWithRefund = AmountWithRefund + other.AmountWithRefund,
        };

        /// <summary><paramref name="totals"/> with the shared sums and their rate parts filled in.</summary>
        public T Fill<T>(T totals)
            where T : VisitorTotals => (T)(totals with
            {
                Visitors = Visitors,
                PageViews = PageViews,
                BouncedVisitors = BouncedVisitors,
                AddToCartBuyers = AddToCartBuyers,
                FavoriteBuyers = FavoriteBuyers,
                OrderBuyers = OrderBuyers,
                PayingBuyers = PayingBuyers,
                PaymentAmount = Money.FromMinorUnits(PaymentAmountMinor),
                RefundAmount = RefundAmountMinor is { } refund ? Money.FromMinorUnits(refund) : null,
                StaySums = new(StayMillisTimesVisitors / 1000m, StayVisitors),
                ConversionSums = new(PayingWithVisitors, VisitorsWithPaying),
                OrderConversionSums = new(OrderWithVisitors, VisitorsWithOrder),
                AverageOrderValueSums = new(Money.FromMinorUnits(AmountWithPaying), PayingWithAmount),
                BounceSums = new(BouncedWithVisitors, VisitorsWithBounced),
                DepthSums = new(PageViewsWithVisitors, VisitorsWithPageViews),
                AddToCartSums = new(CartWithVisitors, VisitorsWithCart),
                FavoriteSums = new(FavoriteWithVisitors, VisitorsWithFavorite),
                VisitorValueSums = new(Money.FromMinorUnits(AmountWithVisitors), VisitorsWithAmount),
                RefundSums = new(Money.FromMinorUnits(RefundWithAmount), Money.FromMinorUnits(AmountWithRefund)),
            });

        public static long? Add(long? a, long? b) => a is null ? b : b is null ? a : a + b;
    }

    /// <summary>Raw store sums: the shared ones and the store's own (peer rate in 1e-8 units).</summary>
    internal sealed class StoreSums<TKey>
    {
        public TKey Key { get; init; } = default!;
        public VisitorSums Shared { get; init; } = new();
        public long ReturningVisitors { get; init; }
        public long? Units { get; init; }
        public long? Inquirers { get; init; }
        public long? InquiryPayingBuyers { get; init; }
        public long PeerUnitsTimesVisitors { get; init; }
        public long PeerVisitors { get; init; }
        public long InquiryPayingWithInquirers { get; init; }
        public long InquirersWithInquiryPaying { get; init; }
        public long ReturningWithVisitors { get; init; }
        public long VisitorsWithReturning { get; init; }

        public StoreSums<TKey> Plus(StoreSums<TKey> other) => new()
        {
            Key = Key,
            Shared = Shared.Plus(other.Shared),
            ReturningVisitors = ReturningVisitors + other.ReturningVisitors,
            Units = VisitorSums.Add(Units, other.Units),
            Inquirers = VisitorSums.Add(Inquirers, other.Inquirers),
            InquiryPayingBuyers = VisitorSums.Add(InquiryPayingBuyers, other.InquiryPayingBuyers),
            PeerUnitsTimesVisitors = PeerUnitsTimesVisitors + other.PeerUnitsTimesVisitors,
            PeerVisitors = PeerVisitors + other.PeerVisitors,
            InquiryPayingWithInquirers = InquiryPayingWithInquirers + other.InquiryPayingWithInquirers,
            InquirersWithInquiryPaying = InquirersWithInquiryPaying + other.InquirersWithInquiryPaying,
            ReturningWithVisitors = ReturningWithVisitors + other.ReturningWithVisitors,
            VisitorsWithReturning = VisitorsWithReturning + other.VisitorsWithReturning,
        };

        public StoreTotals ToTotals() => Shared.Fill(new StoreTotals
        {
            ReturningVisitors = ReturningVisitors,
            Units = Units,
            Inquirers = Inquirers,
            InquiryPayingBuyers = InquiryPayingBuyers,
            PeerRateTimesVisitors = RateScale.FromUnits(PeerUnitsTimesVisitors),
            PeerRateVisitors = PeerVisitors,
            InquirySums = new(InquiryPayingWithInquirers, InquirersWithInquiryPaying),
            ReturningSums = new(ReturningWithVisitors, VisitorsWithReturning),
        });
    }

    /// <summary>Raw SKU sums: the shared ones and the SKU's own.</summary>
    internal sealed class SkuSums<TKey>
    {
        public TKey Key { get; init; } = default!;
        public VisitorSums Shared { get; init; } = new();
        public long Units { get; init; }
        public long? NegativeReviews { get; init; }
        public int PresaleDays { get; init; }

        /// <summary>Only meaningful over one day (stock is a level, not a flow).</summary>
        public long? MaxStockOnHand { get; init; }

        public SkuSums<TKey> Plus(SkuSums<TKey> other) => new()
        {
            Key = Key,
            Shared = Shared.Plus(other.Shared),
            Units = Units + other.Units,
            NegativeReviews = VisitorSums.Add(NegativeReviews, other.NegativeReviews),
            PresaleDays = PresaleDays + other.PresaleDays,
            MaxStockOnHand = MaxStockOnHand is null ? other.MaxStockOnHand : other.MaxStockOnHand is null ? MaxStockOnHand : Math.Max(MaxStockOnHand.Value, other.MaxStockOnHand.Value),
        };

        public SkuTotals ToTotals(string code, string? name, long? stockOnHand) => Shared.Fill(new SkuTotals
        {
            Sku = code,
            Name = name,
            Units = Units,
            NegativeReviews = NegativeReviews,
            Presale = PresaleDays > 0,
            StockOnHand = stockOnHand,
        });
    }

    private sealed class ParameterSwap(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
