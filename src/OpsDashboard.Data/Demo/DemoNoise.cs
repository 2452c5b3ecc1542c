namespace OpsDashboard.Data.Demo;

/// <summary>
/// Seeded noise for the demo data. <see cref="Random"/> with a seed gives the same sequence on
/// every run and platform, which is all we need here (nothing secret is generated).
/// </summary>
internal sealed class DemoNoise(int seed)
{
    private readonly Random random = new(seed);

    public double Uniform(double min, double max) => min + ((max - min) * random.NextDouble());

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public double Normal()
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A multiplier with mean 1 and roughly <paramref name="sigma"/> relative spread.</summary>
    public double LogNormal(double sigma) => Math.Exp((sigma * Normal()) - (sigma * sigma / 2));

    /// <summary>A count with mean <paramref name="mean"/> (exact for small means, normal approximation above 30).</summary>
    public long Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            return Math.Max(0, Round(mean + (Math.Sqrt(mean) * Normal())));
        }

        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        long count = 0;
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }

    public static long Round(double value) => (long)Math.Round(value, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Splits <paramref name="total"/> into whole parts in proportion to <paramref name="weights"/>
    /// (largest remainder, ties to the lower index), so the parts add up to the total exactly.
    /// </summary>
    public static long[] Apportion(long total, IReadOnlyList<double> weights)
    {
        var parts = new long[weights.Count];
        var sum = weights.Sum();
        if (total <= 0 || weights.Count == 0)
        {
            return parts;
        }

        if (sum <= 0)
        {
            parts[0] = total;
            return parts;
        }

        var remainders = new double[weights.Count];
        long given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = total * weights[i] / sum;
            parts[i] = (long)Math.Floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }

        // Only parts with weight get the leftover units (floating error must not hand one to a zero weight).
        var order = Enumerable.Range(0, weights.Count).Where(i => weights[i] > 0).OrderByDescending(i => remainders[i]).ThenBy(i => i).ToList();
        for (long k = 0; k < total - given; k++)
        {
            parts[order[(int)(k % order.Count)]]++;
        }

        return parts;
    }

    /// <summary>
    /// <see cref="Apportion"/> with an upper limit per part: what a capped part cannot take goes to
    /// the others with room, so the parts still add up to the total (which must not exceed Σ caps).
    /// </summary>
    public static long[] Apportion(long total, IReadOnlyList<double> weights, IReadOnlyList<long> caps)
    {
        var parts = new long[weights.Count];
        var remaining = Math.Min(total, caps.Sum());
        while (remaining > 0)
        {
            var open = Enumerable.Range(0, weights.Count).Select(i => parts[i] < caps[i] ? Math.Max(weights[i], 1e-9) : 0).ToList();
            var share = Apportion(remaining, open);
            remaining = 0;
            for (var i = 0; i < parts.Length; i++)
            {
                var room = caps[i] - parts[i];
                var take = Math.Min(share[i], room);
                parts[i] += take;
                remaining += share[i] - take;
            }
        }

        return parts;
    }
}
