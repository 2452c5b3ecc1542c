using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Core.Tests;

public sealed class CatalogueTests
{
    // Hand-computed sums: 1,000 visitors, 3,600 page views, 550 bounced, 30 paying and 40 ordering buyers,
    // 4,500.00 sales, 90 add-to-cart and 60 favourite buyers, 225.00 refunded, 200 returning visitors,
    // 50 inquirers of whom 10 paid, peer rate 0.03 over 800 visitors (Σ peer × visitors = 24).
    private static readonly StoreTotals Store = new()
    {
        Visitors = 1_000,
        PageViews = 3_600,
        BouncedVisitors = 550,
        PayingBuyers = 30,
        OrderBuyers = 40,
        PaymentAmount = 4_500m,
        AddToCartBuyers = 90,
        FavoriteBuyers = 60,
        RefundAmount = 225m,
        ReturningVisitors = 200,
        Inquirers = 50,
        InquiryPayingBuyers = 10,
        PeerRateTimesVisitors = 24m,
        PeerRateVisitors = 800,
        StaySums = new RateSums(45_000m, 1_000m),
    };

    public static TheoryData<string, decimal> StoreFormulas => new()
    {
        { "conversionRate", 0.03m },          // 30 ÷ 1,000
        { "orderConversionRate", 0.04m },     // 40 ÷ 1,000
        { "averageOrderValue", 150m },        // 4,500 ÷ 30
        { "bounceRate", 0.55m },              // 550 ÷ 1,000
        { "visitDepth", 3.6m },               // 3,600 ÷ 1,000
        { "addToCartRate", 0.09m },           // 90 ÷ 1,000
        { "favoriteRate", 0.06m },            // 60 ÷ 1,000
        { "visitorValue", 4.5m },             // 4,500 ÷ 1,000
        { "refundRate", 0.05m },              // 225 ÷ 4,500
        { "averageStaySeconds", 45m },        // 45,000 ÷ 1,000
        { "inquiryConversion", 0.2m },        // 10 ÷ 50
        { "returningShare", 0.2m },           // 200 ÷ 1,000
        { "peerConversionRate", 0.03m },      // 24 ÷ 800
    };

    [Theory]
    [MemberData(nameof(StoreFormulas))]
    public void EachStoreMetric_IsTheRatioOfItsSums(string key, decimal expected) =>
        Assert.Equal(expected, Evaluate(key, Store));

    [Theory]
    [MemberData(nameof(StoreFormulas))]
    public void EachStoreMetric_HasNoValue_OnZeroDenominator(string key, decimal unused)
    {
        _ = unused;
        Assert.Null(Evaluate(key, StoreTotals.Empty));
    }

    [Fact]
    public void PairedSums_WinOverThePlainSums_WhenTheQuerySuppliesThem()
    {
        // Bounce known on only 600 of the 1,000 visitors' days, 300 of them bounced: 300 ÷ 600, not 550 ÷ 1,000.
        var store = Store with { BounceSums = new RateSums(300m, 600m), RefundSums = new RateSums(0m, 0m) };
        Assert.Equal(0.5m, Catalogue.BounceRate.Of(store));
        Assert.Null(Catalogue.RefundRate.Of(store));
    }

    [Fact]
    public void AnUnknownNumerator_GivesNoValue_NotZero()
    {
        var store = Store with { AddToCartBuyers = null, RefundAmount = null, Inquirers = null };
        Assert.Null(Catalogue.AddToCartRate.Of(store));
        Assert.Null(Catalogue.RefundRate.Of(store));
        Assert.Null(Catalogue.InquiryConversion.Of(store));
    }

    [Fact]
    public void JudgedConversion_IsOrderConversionForAPresaleSku_PaymentConversionOtherwise()
    {
        var sku = new SkuTotals { Sku = "A", Visitors = 200, PayingBuyers = 2, OrderBuyers = 10 };
        Assert.Equal(0.01m, Catalogue.JudgedConversionRate.Of(sku));
        Assert.Equal(0.05m, Catalogue.JudgedConversionRate.Of(sku with { Presale = true }));
        Assert.Equal(0.06m, Catalogue.JudgedConversionRate.Of(sku with { Presale = true, OrderConversionSums = new RateSums(6m, 100m) }));
        Assert.Null(Catalogue.JudgedConversionRate.Of(new SkuTotals { Sku = "B", Presale = true }));
    }

    [Fact]
    public void AovRatio_IsStoreAovOverFlagshipAov_NullWithoutAFlagshipAov()
    {
        var flagship = new SkuTotals { Sku = "A", PaymentAmount = 2_000m, PayingBuyers = 20 }; // AOV 100
        Assert.Equal(1.5m, Catalogue.AovRatio.Of(Store, flagship));                           // 150 ÷ 100
        Assert.Null(Catalogue.AovRatio.Of(Store, new SkuTotals { Sku = "B" }));
        Assert.Null(Catalogue.AovRatio.Of(Store, null));
    }

    [Fact]
    public void SourceMetrics_AreTheRatiosOfTheSourceSums_NullOnZeroDenominator()
    {
        var source = new SourceTotals
        {
            Source = "直通车", Visitors = 400, PayingBuyers = 8, OrderBuyers = 10, PaymentAmount = 1_200m,
            Impressions = 20_000, Clicks = 500, Cost = 600m,
        };
        Assert.Equal(0.02m, Catalogue.SourceConversionRate.Of(source));       // 8 ÷ 400
        Assert.Equal(0.025m, Catalogue.SourceOrderConversionRate.Of(source)); // 10 ÷ 400
        Assert.Equal(0.025m, Catalogue.ClickThroughRate.Of(source));          // 500 ÷ 20,000
        Assert.Equal(1.2m, Catalogue.CostPerClick.Of(source));                // 600 ÷ 500
        Assert.Equal(2m, Catalogue.ReturnOnInvestment.Of(source));            // 1,200 ÷ 600
        Assert.Equal(3m, Catalogue.SourceVisitorValue.Of(source));            // 1,200 ÷ 400

        var empty = new SourceTotals { Source = "空" };
        Assert.All(
            new Metric<SourceTotals>[] { Catalogue.SourceConversionRate, Catalogue.SourceOrderConversionRate, Catalogue.ClickThroughRate, Catalogue.CostPerClick, Catalogue.ReturnOnInvestment, Catalogue.SourceVisitorValue },
            m => Assert.Null(m.Of(empty)));
    }

    [Theory]
    [InlineData("bounceRate", MetricDirection.LowerIsBetter)]
    [InlineData("refundRate", MetricDirection.LowerIsBetter)]
    [InlineData("conversionRate", MetricDirection.HigherIsBetter)]
    [InlineData("averageOrderValue", MetricDirection.HigherIsBetter)]
    [InlineData("visitDepth", MetricDirection.HigherIsBetter)]
    [InlineData("aovRatio", MetricDirection.HigherIsBetter)]
    [InlineData("visitors", MetricDirection.HigherIsBetter)]
    [InlineData("paymentAmount", MetricDirection.HigherIsBetter)]
    public void Direction_ComesFromTheCatalogue(string key, MetricDirection expected) =>
        Assert.Equal(expected, Catalogue.DirectionOf(key));

    [Fact]
    public void CostPerClick_IsLowerIsBetter() => Assert.Equal(MetricDirection.LowerIsBetter, Catalogue.CostPerClick.Direction);

    [Fact]
    public void Tone_ReadsTheNumericChangeWithTheDirection()
    {
        Assert.Equal(ChangeTone.Bad, Catalogue.BounceRate.Tone(0.0001m));
        Assert.Equal(ChangeTone.Good, Catalogue.BounceRate.Tone(-0.02m));
        Assert.Equal(ChangeTone.Good, Catalogue.ConversionRate.Tone(0.003m));
        Assert.Equal(ChangeTone.Bad, Catalogue.ConversionRate.Tone(-0.003m));
        Assert.Equal(ChangeTone.Neutral, Catalogue.ConversionRate.Tone(0m));
        Assert.Equal(ChangeTone.Neutral, Catalogue.ConversionRate.Tone(null));
    }

    [Fact]
    public void Change_IsInPointsForARate_RelativeOtherwise()
    {
        Assert.Equal(0.003m, Catalogue.ConversionRate.Change(0.033m, 0.03m));
        Assert.Equal(0.1m, Catalogue.AverageOrderValue.Change(165m, 150m));
        Assert.Null(Catalogue.AverageOrderValue.Change(165m, 0m));
        Assert.Null(Catalogue.BounceRate.Change(null, 0.5m));
    }

    [Fact]
    public void Keys_AreUnique_AndLabelKeysArePascalCase()
    {
        Assert.Equal(Catalogue.All.Count, Catalogue.All.Select(m => m.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Catalogue.Sources.Count, Catalogue.Sources.Select(m => m.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("BounceRate", Catalogue.BounceRate.LabelKey);
        Assert.Equal("BounceRateTip", Catalogue.BounceRate.TipKey);
        Assert.Equal("Roi", Catalogue.ReturnOnInvestment.LabelKey);
        Assert.Same(Catalogue.VisitDepth, Catalogue.Get("visitDepth"));
        Assert.Throws<KeyNotFoundException>(() => Catalogue.Get("noSuchMetric"));
    }

    [Fact]
    public void EveryMetric_NamesFactsOfTheCatalogue()
    {
        foreach (var metric in Catalogue.All.Concat(Catalogue.Sources))
        {
            Assert.Contains(metric.Numerator, Facts.All);
            Assert.Contains(metric.Denominator, Facts.All);
        }
    }

    private static decimal? Evaluate(string key, StoreTotals totals) => Catalogue.Get(key) switch
    {
        Metric<VisitorTotals> m => m.Of(totals),
        Metric<StoreTotals> m => m.Of(totals),
        var other => throw new InvalidOperationException($"{other.Key} is not a store metric."),
    };
}
