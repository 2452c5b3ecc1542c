using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.Promotion;

/// <summary>What to do with an ads row (DOMAIN §7 attention rules).</summary>
public enum AdAction
{
    /// <summary>Nothing to change (or nothing known yet).</summary>
    None,

    /// <summary>ROI below paidRoiMin over mature days: pause or move budget (seed 002).</summary>
    PauseOrMoveBudget,

    /// <summary>A keyword spent ≥ keywordSpendNoDealMin over mature days with no deal: cut it or lower its bid.</summary>
    CutOrLowerBid,

    /// <summary>A plan's CTR is below half its scene's over ≥ 1,000 impressions: test new creatives.</summary>
    TestNewCreatives,
}

/// <summary>The verdicts of DOMAIN §7 for one row, judged on its mature days only (deals of immature days are still coming in).</summary>
public static class AdVerdicts
{
    /// <summary>A plan's CTR is only compared with its scene's over at least this many impressions.</summary>
    public const long CreativeTestMinImpressions = 1_000;

    /// <summary>ROI of the mature days against paidRoiMin; no mature spend or no known deals: no verdict.</summary>
    public static CheckStatus RoiStatus(AdTotals mature, StoreThresholds t) => Verdicts.PaidSourceRoi(Catalogue.AdRoi.Of(mature), t);

    /// <summary>
    /// A keyword that spent at least keywordSpendNoDealMin over mature days with neither an order nor a deal; a report
    /// without deal columns never says "no deal" (unknown is not 0).
    /// </summary>
    public static bool SpentWithoutDeal(AdTotals mature, StoreThresholds t) =>
        mature.Cost >= t.KeywordSpendNoDealMin && mature.NoDeal;

    /// <summary>A plan whose CTR is below half its scene's, over at least 1,000 impressions of the plan.</summary>
    public static bool CtrBelowHalfOfScene(AdTotals plan, AdTotals scene)
    {
        if (plan.Impressions < CreativeTestMinImpressions
            || Catalogue.AdClickThroughRate.Of(plan) is not { } planCtr
            || Catalogue.AdClickThroughRate.Of(scene) is not { } sceneCtr)
        {
            return false;
        }

        return planCtr * 2m < sceneCtr;
    }

    /// <summary>The one action a row gets, the most pressing first: no deal at all, then ROI, then creatives.</summary>
    public static AdAction ActionFor(AdLevel level, AdTotals mature, AdTotals? sceneMature, StoreThresholds t)
    {
        if (level == AdLevel.Keyword && SpentWithoutDeal(mature, t))
        {
            return AdAction.CutOrLowerBid;
        }

        if (level is AdLevel.Scene or AdLevel.Plan && RoiStatus(mature, t) == CheckStatus.Fail)
        {
            return AdAction.PauseOrMoveBudget;
        }

        return level == AdLevel.Plan && sceneMature is not null && CtrBelowHalfOfScene(mature, sceneMature)
            ? AdAction.TestNewCreatives
            : AdAction.None;
    }
}
