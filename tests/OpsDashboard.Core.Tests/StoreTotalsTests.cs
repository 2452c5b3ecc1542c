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
        Assert.Equal(0.0325m, Week.ConversionRate);
        Assert.Equal(0.0425m, Week.OrderConversionRate);
        Assert.Equal(13000.50m / 130m, Week.AverageOrderValue);
        Assert.Equal(0.75m, Week.BounceRate);
        Assert.Equal(2.625m, Week.VisitDepth);
        Assert.Equal(0.1m, Week.AddToCartRate);
        Assert.Equal(13000.50m / 4000m, Week.VisitorValue);
        Assert.Equal(0.45m, Week.InquiryConversion);
        Assert.Equal(0.2m, Week.ReturningShare);
    }

    [Fact]
    public void PeerConversion_IsVisitorWeighted_NotTheMeanOfDailyRates()
    {
        // Days at 3% (1,000 visitors) and 5% (3,000 visitors): weighted 4.5%, where the plain mean would be 4%.
        Assert.Equal(0.045m, Week.PeerConversionRate);
    }

    [Fact]
    public void ConversionOverDays_WeighsABigDayMoreThanATinyDay()
    {
        // Day 1: 1 visitor, 1 buyer (100%). Day 2: 10,000 visitors, 100 buyers (1%).
        var twoDays = new StoreTotals { Visitors = 10_001, PayingBuyers = 101 };
        Assert.Equal(101m / 10_001m, twoDays.ConversionRate);
        Assert.NotEqual((1m + 0.01m) / 2, twoDays.ConversionRate);
    }

    [Fact]
    public void ZeroDenominators_GiveNoValue_NeverZero()
    {
        var empty = StoreTotals.Empty with { PaymentAmount = 0, PageViews = 0 };
        Assert.Null(empty.ConversionRate);
        Assert.Null(empty.OrderConversionRate);
        Assert.Null(empty.AverageOrderValue);
        Assert.Null(empty.BounceRate);
        Assert.Null(empty.VisitDepth);
        Assert.Null(empty.AddToCartRate);
        Assert.Null(empty.VisitorValue);
        Assert.Null(empty.InquiryConversion);
        Assert.Null(empty.ReturningShare);
        Assert.Null(empty.PeerConversionRate);

        var visitorsButNoBuyers = new StoreTotals { Visitors = 50, PageViews = 100 };
        Assert.Equal(0m, visitorsButNoBuyers.ConversionRate);
        Assert.Null(visitorsButNoBuyers.AverageOrderValue);
    }

    [Fact]
    public void PeerConversion_UnknownOnEveryDay_IsNull()
    {
        var noPeer = new StoreTotals { Visitors = 500, PayingBuyers = 10 };
        Assert.Null(noPeer.PeerConversionRate);
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
        Assert.Equal(700m / 18000m, source.ClickThroughRate);
        Assert.Equal(750m / 700m, source.CostPerClick);
        Assert.Equal(2m, source.ReturnOnInvestment);
        Assert.Equal(0.03m, source.ConversionRate);
    }

    [Fact]
    public void SourceWithoutCost_HasNoRoi_AndNoClicksHasNoCpc()
    {
        var free = new SourceTotals { Source = "手淘搜索", Visitors = 700, PaymentAmount = 3000m };
        Assert.Null(free.ReturnOnInvestment);
        Assert.Null(free.CostPerClick);
        Assert.Null(free.ClickThroughRate);
    }

    [Fact]
    public void PresaleSku_IsJudgedByOrderConversion()
    {
        var presale = new SkuTotals { Sku = "100002", Visitors = 100, OrderBuyers = 10, PayingBuyers = 0, Presale = true };
        var regular = presale with { Presale = false };
        Assert.Equal(0.1m, presale.JudgedConversionRate);
        Assert.Equal(0m, regular.JudgedConversionRate);
    }
}
