namespace OpsDashboard.Core.Promotion;

/// <summary>What a scene spent in the reviewed month (all its days) and the ROI of its mature days (null when none had spend).</summary>
public sealed record SceneSpend(string Scene, decimal Spend, decimal? MatureRoi);

/// <summary>How a scene's proposed budget was reached.</summary>
public enum SceneBudgetBasis
{
    /// <summary>ROI at or above paidRoiMin: the scene keeps its daily spend.</summary>
    Kept,

    /// <summary>ROI below paidRoiMin: the daily spend is scaled by ROI ÷ paidRoiMin (an ROI of 0 proposes 0: pause).</summary>
    ScaledDown,

    /// <summary>No mature day with spend: the ROI is unknown and nothing is proposed.</summary>
    RoiUnknown,
}

/// <summary>One scene's proposed budget for the next month; <see cref="Amount"/> is null when its ROI is unknown.</summary>
public sealed record SceneBudgetProposal(string Scene, decimal Spend, decimal? MatureRoi, decimal? Factor, decimal? Amount, SceneBudgetBasis Basis);

/// <summary>
/// The proposed promotion budget per scene for the next month (seed 003 part 二 月计划 "整个计划的预算"; seed 002: ROI
/// below 1:2 → pause or move budget). For each scene:
/// daily spend = the month's spend ÷ the days of the month with an ads report;
/// factor = 1 when its mature ROI ≥ paidRoiMin, else ROI ÷ paidRoiMin;
/// budget = daily spend × the days of the next month × factor, rounded to a whole unit of money (halves away from zero).
/// A scene without a mature ROI gets no proposal; the money a weak scene gives up is not moved automatically — moving
/// it to a strong scene is the operator's decision (the proposal is editable).
/// </summary>
public static class BudgetProposal
{
    /// <summary>The proposals, or null when the month had no ads report at all (nothing to propose from).</summary>
    public static IReadOnlyList<SceneBudgetProposal>? Propose(IReadOnlyList<SceneSpend> scenes, int reportedDays, int daysInNextMonth, decimal paidRoiMin)
    {
        if (reportedDays <= 0 || scenes.Count == 0)
        {
            return null;
        }

        return scenes.Select(scene =>
        {
            if (scene.MatureRoi is not { } roi)
            {
                return new SceneBudgetProposal(scene.Scene, scene.Spend, null, null, null, SceneBudgetBasis.RoiUnknown);
            }

            var kept = paidRoiMin <= 0m || roi >= paidRoiMin;
            var factor = kept ? 1m : roi / paidRoiMin;
            var amount = decimal.Round(scene.Spend * daysInNextMonth * factor / reportedDays, 0, MidpointRounding.AwayFromZero);
            return new SceneBudgetProposal(scene.Scene, scene.Spend, roi, factor, amount, kept ? SceneBudgetBasis.Kept : SceneBudgetBasis.ScaledDown);
        }).ToList();
    }
}
