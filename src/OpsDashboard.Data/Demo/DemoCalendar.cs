namespace OpsDashboard.Data.Demo;

/// <summary>Where a day stands relative to a promotion.</summary>
internal enum PromotionPhase
{
    None,
    PreHeat,
    Peak,
    Tail,
}

/// <summary>Multipliers the calendar puts on an ordinary day.</summary>
internal readonly record struct DayShape(
    double Traffic,
    double Conversion,
    double AddToCart,
    double Discount,
    double Returning,
    PromotionPhase Phase,
    double PromotionPeak)
{
    public static readonly DayShape Ordinary = new(1, 1, 1, 1, 1, PromotionPhase.None, 1);
}

/// <summary>
/// The shape of an e-commerce year: weekends, the seasons, the promotions with their pre-heat
/// (people add to cart and wait, so conversion dips before the day and jumps on it), and the
/// Spring Festival, when couriers stop and both traffic and conversion sag.
/// </summary>
internal static class DemoCalendar
{
    // Traffic and conversion by day of week, Sunday first: weekends browse more and convert a little less.
    private static readonly double[] WeekdayTraffic = [1.10, 0.96, 0.94, 0.95, 0.97, 1.01, 1.12];
    private static readonly double[] WeekdayConversion = [0.98, 1.02, 1.02, 1.01, 1.00, 0.99, 0.97];

    // Lunar New Year's Day; outside these years there is simply no Spring Festival dip.
    private static readonly DateOnly[] SpringFestivals =
    [
        new(2023, 1, 22), new(2024, 2, 10), new(2025, 1, 29), new(2026, 2, 17), new(2027, 2, 6),
        new(2028, 1, 26), new(2029, 2, 13), new(2030, 2, 3), new(2031, 1, 23), new(2032, 2, 11),
        new(2033, 1, 31), new(2034, 2, 19), new(2035, 2, 8),
    ];

    public static double WeekdayTrafficFactor(DateOnly date) => WeekdayTraffic[(int)date.DayOfWeek];

    public static double WeekdayConversionFactor(DateOnly date) => WeekdayConversion[(int)date.DayOfWeek];

    /// <summary>A yearly wave: 1 + amplitude on the peak day, 1 − amplitude half a year away.</summary>
    public static double Season(DateOnly date, double amplitude, int peakDayOfYear) =>
        1 + (amplitude * Math.Cos(2 * Math.PI * (date.DayOfYear - peakDayOfYear) / 365.25));

    public static DayShape Shape(DateOnly date, IReadOnlyList<DemoPromotion> promotions)
    {
        var shape = DayShape.Ordinary;
        foreach (var promotion in promotions)
        {
            var candidate = PromotionShape(date, promotion);
            if (candidate.Phase != PromotionPhase.None && candidate.Traffic > shape.Traffic)
            {
                shape = candidate;
            }
        }

        var festival = SpringFestivalDistance(date);
        if (festival is { } d && d >= -8 && d <= 6)
        {
            // Couriers stop from about a week before New Year until a week after.
            var depth = d >= -1 && d <= 3 ? 0.6 : 0.75;
            shape = shape with { Traffic = shape.Traffic * depth, Conversion = shape.Conversion * (0.7 + (0.2 * depth)) };
        }

        return shape;
    }

    /// <summary>Whether a promotion at least <paramref name="minPeak"/> strong comes within <paramref name="horizon"/> days (time to stock up).</summary>
    public static bool BigPromotionWithin(DateOnly date, IReadOnlyList<DemoPromotion> promotions, int horizon, double minPeak)
    {
        foreach (var promotion in promotions.Where(p => p.Peak >= minPeak))
        {
            var next = NextOccurrence(date, promotion);
            if (next.DayNumber - date.DayNumber <= horizon)
            {
                return true;
            }
        }

        return false;
    }

    private static DayShape PromotionShape(DateOnly date, DemoPromotion promotion)
    {
        var next = NextOccurrence(date, promotion);
        var previous = new DateOnly(next.Year - 1, promotion.Month, promotion.Day);
        var until = next.DayNumber - date.DayNumber;
        var since = date.DayNumber - previous.DayNumber;
        var extra = promotion.Peak - 1;

        if (until == 0)
        {
            return new DayShape(promotion.Peak, 1 + (0.45 * extra), 1.6, 0.85, 1.15, PromotionPhase.Peak, promotion.Peak);
        }

        if (until <= promotion.PreHeatDays)
        {
            // Ramps towards the day; shoppers fill their carts and hold off paying.
            var ramp = (promotion.PreHeatDays + 1 - until) / (double)promotion.PreHeatDays;
            return new DayShape(1 + (extra * (0.05 + (0.12 * ramp))), until == 1 ? 0.75 : 0.84, 1.4 + (1.2 * ramp), 1, 1.08, PromotionPhase.PreHeat, promotion.Peak);
        }

        if (since is >= 1 and <= 3)
        {
            double[] traffic = [0.25, 0.12, 0.05];
            double[] conversion = [1.15, 1.05, 1.0];
            return new DayShape(1 + (extra * traffic[since - 1]), conversion[since - 1], 1, since == 1 ? 0.9 : 1, 1.05, PromotionPhase.Tail, promotion.Peak);
        }

        return DayShape.Ordinary;
    }

    /// <summary>The promotion's date on or after <paramref name="date"/>.</summary>
    private static DateOnly NextOccurrence(DateOnly date, DemoPromotion promotion)
    {
        var thisYear = new DateOnly(date.Year, promotion.Month, promotion.Day);
        return thisYear >= date ? thisYear : new DateOnly(date.Year + 1, promotion.Month, promotion.Day);
    }

    private static int? SpringFestivalDistance(DateOnly date)
    {
        foreach (var festival in SpringFestivals)
        {
            var d = date.DayNumber - festival.DayNumber;
            if (d is >= -30 and <= 30)
            {
                return d;
            }
        }

        return null;
    }
}
