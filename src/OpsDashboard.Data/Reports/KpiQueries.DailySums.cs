using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;

namespace OpsDashboard.Data.Reports;

public sealed partial class KpiQueries
{
    /// <summary>
    /// A store's sums per day over <paramref name="span"/>, GROUP BY day in the database (one query), from which the
    /// totals of any range inside the span are added up exactly: every field is a sum (a field no day reported stays
    /// unknown), so the totals equal <see cref="StoreTotalsAsync"/> over the same range.
    /// </summary>
    public async Task<StoreDailySums> StoreDailySumsAsync(int storeId, DateRange span, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var rows = await StoreDays(db, storeId, span)
            .GroupBy(d => d.Date)
            .Select(SumsByKey<DateOnly>())
            .OrderBy(r => r.Key)
            .ToListAsync(ct);
        return new StoreDailySums(span, rows);
    }

    /// <summary>One read of a store's days (<see cref="StoreDailySumsAsync"/>): each range's totals and daily series inside it.</summary>
    public sealed class StoreDailySums
    {
        private readonly List<StoreSums<DateOnly>> _days;

        internal StoreDailySums(DateRange span, List<StoreSums<DateOnly>> days) => (Span, _days) = (span, days);

        /// <summary>The days read; ranges inside it are answered from memory.</summary>
        public DateRange Span { get; }

        public bool Covers(DateRange range) => range.From >= Span.From && range.To <= Span.To;

        /// <summary>The range's totals, as <see cref="StoreTotalsAsync"/> sums them (empty when no day has data).</summary>
        public StoreTotals Totals(DateRange range)
        {
            StoreSums<DateOnly>? total = null;
            foreach (var day in In(range))
            {
                total = total is null ? day : total.Plus(day);
            }

            return total?.ToTotals() ?? StoreTotals.Empty;
        }

        /// <summary>The range's days that have data, oldest first, as <see cref="StoreDailySeriesAsync"/> returns them.</summary>
        public IReadOnlyList<DailyStoreTotals> Daily(DateRange range) => In(range).Select(d => new DailyStoreTotals(d.Key, d.ToTotals())).ToList();

        private IEnumerable<StoreSums<DateOnly>> In(DateRange range)
        {
            if (!Covers(range))
            {
                throw new ArgumentOutOfRangeException(nameof(range), range, $"Only the days {Span} were read.");
            }

            return _days.Where(d => d.Key >= range.From && d.Key <= range.To);
        }
    }

    internal sealed partial class StoreSums<TKey>
    {
        /// <summary>These sums and <paramref name="other"/>'s added field by field (a field unknown in both stays unknown).</summary>
        public StoreSums<TKey> Plus(StoreSums<TKey> other) => new()
        {
            Key = Key,
            Visitors = Visitors + other.Visitors,
            PageViews = PageViews + other.PageViews,
            BouncedVisitors = BouncedVisitors + other.BouncedVisitors,
            ReturningVisitors = ReturningVisitors + other.ReturningVisitors,
            AddToCartBuyers = Add(AddToCartBuyers, other.AddToCartBuyers),
            FavoriteBuyers = Add(FavoriteBuyers, other.FavoriteBuyers),
            OrderBuyers = OrderBuyers + other.OrderBuyers,
            PayingBuyers = PayingBuyers + other.PayingBuyers,
            Units = Add(Units, other.Units),
            PaymentAmountMinor = PaymentAmountMinor + other.PaymentAmountMinor,
            RefundAmountMinor = Add(RefundAmountMinor, other.RefundAmountMinor),
            Inquirers = Add(Inquirers, other.Inquirers),
            InquiryPayingBuyers = Add(InquiryPayingBuyers, other.InquiryPayingBuyers),
            PeerUnitsTimesVisitors = PeerUnitsTimesVisitors + other.PeerUnitsTimesVisitors,
            PeerVisitors = PeerVisitors + other.PeerVisitors,
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
            InquiryPayingWithInquirers = InquiryPayingWithInquirers + other.InquiryPayingWithInquirers,
            InquirersWithInquiryPaying = InquirersWithInquiryPaying + other.InquirersWithInquiryPaying,
            ReturningWithVisitors = ReturningWithVisitors + other.ReturningWithVisitors,
            VisitorsWithReturning = VisitorsWithReturning + other.VisitorsWithReturning,
            RefundWithAmount = RefundWithAmount + other.RefundWithAmount,
            AmountWithRefund = AmountWithRefund + other.AmountWithRefund,
        };

        private static long? Add(long? a, long? b) => a is null ? b : b is null ? a : a + b;
    }
}
