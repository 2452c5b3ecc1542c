using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.Tests;

/// <summary>Every threshold of DOMAIN §4 at, just below and just above its boundary.</summary>
public sealed class VerdictTests
{
    private static readonly StoreThresholds T = StoreThresholds.Defaults;

    [Theory]
    [InlineData("1.3", CheckStatus.Pass)]
    [InlineData("1.2999", CheckStatus.Fail)]
    [InlineData("1.5", CheckStatus.Pass)]
    [InlineData("0", CheckStatus.Fail)]
    public void AovRatio_PassesAtOnePointThree(string ratio, CheckStatus expected) =>
        Assert.Equal(expected, Verdicts.AovRatio(decimal.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture), T));

    [Theory]
    [InlineData("0.70", false, CheckStatus.Fail)]
    [InlineData("0.6999", false, CheckStatus.Warn)]
    [InlineData("0.60", false, CheckStatus.Warn)]
    [InlineData("0.5999", false, CheckStatus.Pass)]
    [InlineData("0.50", true, CheckStatus.Warn)]
    [InlineData("0.4999", true, CheckStatus.Pass)]
    [InlineData("0.55", true, CheckStatus.Warn)]
    [InlineData("0.70", true, CheckStatus.Fail)]
    public void BounceRate_FailsAtSeventy_PassesBelowSixty_OrFiftyWhenReturningHeavy(string rate, bool returningHeavy, CheckStatus expected) =>
        Assert.Equal(expected, Verdicts.BounceRate(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), returningHeavy, T));

    [Theory]
    [InlineData("2.4999", false, CheckStatus.Fail)]
    [InlineData("2.5", false, CheckStatus.Warn)]
    [InlineData("3.5", false, CheckStatus.Warn)]
    [InlineData("3.5001", false, CheckStatus.Pass)]
    [InlineData("3.9999", true, CheckStatus.Warn)]
    [InlineData("4.0", true, CheckStatus.Pass)]
    [InlineData("2.4999", true, CheckStatus.Fail)]
    public void VisitDepth_FailsBelowTwoPointFive_PassesAboveThreePointFive_OrFourWhenReturningHeavy(string depth, bool returningHeavy, CheckStatus expected) =>
        Assert.Equal(expected, Verdicts.VisitDepth(decimal.Parse(depth, System.Globalization.CultureInfo.InvariantCulture), returningHeavy, T));

    [Fact]
    public void NoValue_IsNoData_ForEveryCheck()
    {
        Assert.Equal(CheckStatus.NoData, Verdicts.AovRatio(null, T));
        Assert.Equal(CheckStatus.NoData, Verdicts.BounceRate(null, false, T));
        Assert.Equal(CheckStatus.NoData, Verdicts.VisitDepth(null, true, T));
        Assert.Equal(CheckStatus.NoData, Verdicts.ConversionVsPeer(0.03m, null));
        Assert.Equal(CheckStatus.NoData, Verdicts.InquiryConversion(null, T));
        Assert.Equal(CheckStatus.NoData, Verdicts.PaidSourceRoi(null, T));
    }

    [Theory]
    [InlineData("0.50", true)]
    [InlineData("0.4999", false)]
    [InlineData(null, false)]
    public void ReturningHeavy_IsShareAtOrAboveHalf_AndUnknownIsNot(string? share, bool expected) =>
        Assert.Equal(expected, Verdicts.IsReturningHeavy(share is null ? null : decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture), T));

    [Fact]
    public void ConversionVsPeer_EqualPasses_BelowFails()
    {
        Assert.Equal(CheckStatus.Pass, Verdicts.ConversionVsPeer(0.045m, 0.045m));
        Assert.Equal(CheckStatus.Fail, Verdicts.ConversionVsPeer(0.0449m, 0.045m));
    }

    [Fact]
    public void InquiryConversion_FailsBelowFiftyPercent()
    {
        Assert.Equal(CheckStatus.Pass, Verdicts.InquiryConversion(0.5m, T));
        Assert.Equal(CheckStatus.Fail, Verdicts.InquiryConversion(0.4999m, T));
    }

    [Fact]
    public void PaidSourceRoi_FailsBelowTwo()
    {
        Assert.Equal(CheckStatus.Pass, Verdicts.PaidSourceRoi(2.0m, T));
        Assert.Equal(CheckStatus.Fail, Verdicts.PaidSourceRoi(1.9999m, T));
    }

    [Fact]
    public void Thresholds_ArePerStoreSettings()
    {
        var strict = T with { BounceFail = 0.5m, BouncePass = 0.4m };
        Assert.Equal(CheckStatus.Fail, Verdicts.BounceRate(0.55m, false, strict));
        Assert.Equal(CheckStatus.Pass, Verdicts.BounceRate(0.55m, false, T));
    }

    [Theory]
    [InlineData(CheckStatus.Pass, "pass")]
    [InlineData(CheckStatus.Warn, "warn")]
    [InlineData(CheckStatus.Fail, "fail")]
    [InlineData(CheckStatus.NoData, "nodata")]
    public void Status_HasItsContractName(CheckStatus status, string name) => Assert.Equal(name, status.ToApiName());
}

public sealed class ThresholdValidationTests
{
    [Fact]
    public void Defaults_AreValid() => Assert.Empty(ThresholdValidation.Validate(StoreThresholds.Defaults));

    [Fact]
    public void BounceOf170Percent_IsRefusedWithAMessage()
    {
        var problem = Assert.Single(ThresholdValidation.Validate(StoreThresholds.Defaults with { BounceFail = 1.7m }));
        Assert.Equal("bounceFail", problem.Field);
        Assert.Contains("1.7", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PassLinesBeyondFailLines_AreRefused()
    {
        var problems = ThresholdValidation.Validate(StoreThresholds.Defaults with { BouncePass = 0.75m, DepthPass = 2.0m, TopSkuCount = 0 });
        Assert.Equal(["bouncePass", "depthPass", "topSkuCount"], problems.Select(p => p.Field));
    }
}
