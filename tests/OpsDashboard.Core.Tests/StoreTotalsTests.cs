using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Core.Tests;

public sealed class StoreTotalsTests
{
    private static readonly StoreTotals Week = new()
    {
        Visitors = 4000,
        PageViews = 10500,
        BouncedVisitors = 3000,
        ReturningVisitors = 800,
        AddToCartBuyers = 400,
        OrderBuyers = 170,
        PayingBuyers = 130,
        PaymentAmount = 13000.50m,
        Inquirers = 80,
        InquiryPayingBuyers = 36,
        PeerRateTimesVisitors = (0.03m * 1000) + (0.05m * 3000),
        PeerRateVisitors = 4000,
    };

    [Fact]
    public void Rates_AreRatiosOfSums()
    {
        Assert.Equal(0.0325m, Catalogue.ConversionRate.Of(Week));
        Assert.Equal(0.0425m, Catalogue.OrderConversionRate.Of(Week));
        Assert.Equal(13000.50m / 130m, Catalogue.AverageOrderValue.Of(Week));
        Assert.Equal(0.75m, Catalogue.BounceRate.Of(Week));
        Assert.Equal(2.625m, Catalogue.VisitDepth.Of(Week));
        Assert.Equal(0.1m, Catalogue.AddToCartRate.Of(Week));
        Assert.Equal(13000.50m / 4000m, Catalogue.VisitorValue.Of(Week));
        Assert.Equal(0.45m, Catalogue.InquiryConversion.Of(Week));
        Assert.Equal(0.2m, Catalogue.ReturningShare.Of(Week));
    }

    [Fact]
    public void PeerConversion_IsVisitorWeighted_NotTheMeanOfDailyRates()
    {
        // Days at 3% (1,000 visitors) and 5% (3,000 visitors): weighted 4.5%, where the plain mean would be 4%.
        Assert.Equal(0.045m, Catalogue.PeerConversionRate.Of(Week));
    }

    [Fact]
    public void ConversionOverDays_WeighsABigDayMoreThanATinyDay()
    {
        // Day 1: 1 visitor, 1 buyer (100%). Day 2: 10,000 visitors, 100 buyers (1%).
        var twoDays = new StoreTotals { Visitors = 10_001, PayingBuyers = 101 };
        Assert.Equal(101m / 10_001m, Catalogue.ConversionRate.Of(twoDays));
        Assert.NotEqual((1m + 0.01m) / 2, Catalogue.ConversionRate.Of(twoDays));
    }

    [Fact]
    public void ZeroDenominators_GiveNoValue_NeverZero()
    {
        var empty = StoreTotals.Empty with { PaymentAmount = 0, PageViews = 0 };
        Assert.Null(Catalogue.ConversionRate.Of(empty));
        Assert.Null(Catalogue.OrderConversionRate.Of(empty));
        Assert.Null(Catalogue.AverageOrderValue.Of(empty));
        Assert.Null(Catalogue.BounceRate.Of(empty));
        Assert.Null(Catalogue.VisitDepth.Of(empty));
        Assert.Null(Catalogue.AddToCartRate.Of(empty));
        Assert.Null(Catalogue.VisitorValue.Of(empty));
        Assert.Null(Catalogue.InquiryConversion.Of(empty));
        Assert.Null(Catalogue.ReturningShare.Of(empty));
        Assert.Null(Catalogue.PeerConversionRate.Of(empty));

        var visitorsButNoBuyers = new StoreTotals { Visitors = 50, PageViews = 100 };
        Assert.Equal(0m, Catalogue.ConversionRate.Of(visitorsButNoBuyers));
        Assert.Null(Catalogue.AverageOrderValue.Of(visitorsButNoBuyers));
    }

    [Fact]
    public void PeerConversion_UnknownOnEveryDay_IsNull()
    {
        var noPeer = new StoreTotals { Visitors = 500, PayingBuyers = 10 };
        Assert.Null(Catalogue.PeerConversionRate.Of(noPeer));
    }
}

public sealed class SourceAndSkuTotalsTests
{
    [Fact]
    public void SourceRates_CtrCpcRoi_AreRatiosOfSums()
    {
        var source = new SourceTotals
        {
            Source = "关键词推广",
            Visitors = 500,
            PayingBuyers = 15,
            PaymentAmount = 1500m,
            Impressions = 18000,
            Clicks = 700,
            Cost = 750m,
        };
        Assert.Equal(700m / 18000m, Catalogue.ClickThroughRate.Of(source));
        Assert.Equal(750m / 700m, Catalogue.CostPerClick.Of(source));
        Assert.Equal(2m, Catalogue.ReturnOnInvestment.Of(source));
        Assert.Equal(0.03m, Catalogue.SourceConversionRate.Of(source));
    }

    [Fact]
    public void SourceWithoutCost_HasNoRoi_AndNoClicksHasNoCpc()
    {
        var free = new SourceTotals { Source = "手淘搜索", Visitors = 700, PaymentAmount = 3000m };
        Assert.Null(Catalogue.ReturnOnInvestment.Of(free));
        Assert.Null(Catalogue.CostPerClick.Of(free));
        Assert.Null(Catalogue.ClickThroughRate.Of(free));
    }

    [Fact]
    public void PresaleSku_IsJudgedByOrderConversion()
    {
        var presale = new SkuTotals { Sku = "100002", Visitors = 100, OrderBuyers = 10, PayingBuyers = 0, Presale = true };
        var regular = presale with { Presale = false };
        Assert.Equal(0.1m, Catalogue.JudgedConversionRate.Of(presale));
        Assert.Equal(0m, Catalogue.JudgedConversionRate.Of(regular));
    }
}
