namespace OpsDashboard.Core.Thresholds;

public sealed record ThresholdProblem(string Field, string Message);

/// <summary>What makes a set of thresholds impossible (a 170% bounce line, a pass line beyond its fail line…).</summary>
public static class ThresholdValidation
{
    public static IReadOnlyList<ThresholdProblem> Validate(StoreThresholds t)
    {
        var problems = new List<ThresholdProblem>();

        void Rate(string field, decimal value)
        {
            if (value is <= 0m or > 1m)
            {
                problems.Add(new(field, $"{field} must be a share between 0 and 1 (e.g. 0.70 for 70%); {value} is not."));
            }
        }

        void Positive(string field, decimal value, decimal max)
        {
            if (value <= 0m || value > max)
            {
                problems.Add(new(field, $"{field} must be above 0 and at most {max}; {value} is not."));
            }
        }

        Rate("bounceFail", t.BounceFail);
        Rate("bouncePass", t.BouncePass);
        Rate("bouncePassReturningHeavy", t.BouncePassReturningHeavy);
        Rate("returningHeavyShare", t.ReturningHeavyShare);
        Rate("inquiryConversionMin", t.InquiryConversionMin);
        Rate("sourceDropAlert", t.SourceDropAlert);
        Rate("refundRateLine", t.RefundRateLine);
        Positive("aovRatioPass", t.AovRatioPass, 100m);
        Positive("depthFail", t.DepthFail, 1000m);
        Positive("depthPass", t.DepthPass, 1000m);
        Positive("depthPassReturningHeavy", t.DepthPassReturningHeavy, 1000m);
        Positive("stockCoverDays", t.StockCoverDays, 365m);
        if (t.PaidRoiMin is < 0m or > 1000m)
        {
            problems.Add(new("paidRoiMin", $"paidRoiMin must be between 0 and 1000; {t.PaidRoiMin} is not."));
        }

        if (t.BouncePass > t.BounceFail)
        {
            problems.Add(new("bouncePass", $"bouncePass ({t.BouncePass}) cannot be above bounceFail ({t.BounceFail})."));
        }

        if (t.BouncePassReturningHeavy > t.BounceFail)
        {
            problems.Add(new("bouncePassReturningHeavy", $"bouncePassReturningHeavy ({t.BouncePassReturningHeavy}) cannot be above bounceFail ({t.BounceFail})."));
        }

        if (t.DepthPass < t.DepthFail)
        {
            problems.Add(new("depthPass", $"depthPass ({t.DepthPass}) cannot be below depthFail ({t.DepthFail})."));
        }

        if (t.DepthPassReturningHeavy < t.DepthFail)
        {
            problems.Add(new("depthPassReturningHeavy", $"depthPassReturningHeavy ({t.DepthPassReturningHeavy}) cannot be below depthFail ({t.DepthFail})."));
        }

        if (t.ConversionTrendDays is < 1 or > 14)
        {
            problems.Add(new("conversionTrendDays", $"conversionTrendDays must be 1–14; {t.ConversionTrendDays} is not."));
        }

        if (!Promotion.AttributionWindows.IsValid(t.AdsAttributionWindowDays))
        {
            problems.Add(new("adsAttributionWindowDays", $"adsAttributionWindowDays must be one of 1, 3, 7, 15, 30; {t.AdsAttributionWindowDays} is not."));
        }

        Positive("keywordSpendNoDealMin", t.KeywordSpendNoDealMin, 1_000_000m);

        if (t.TopSkuCount is < 1 or > 50)
        {
            problems.Add(new("topSkuCount", $"topSkuCount must be 1–50; {t.TopSkuCount} is not."));
        }

        return problems;
    }
}
