using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Promotion;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.Attention;

/// <summary>
/// The promotion team's attention rules (DOMAIN §7, issue 11), on the 7 newest mature days of each
/// attribution window (immature days never count) and the month's budgets:
/// a scene or plan with ROI &lt; paidRoiMin → pause or move budget (seed 002);
/// a keyword that spent ≥ keywordSpendNoDealMin with no deal → cut it or lower its bid;
/// a plan whose CTR is below half its scene's over ≥ 1,000 impressions → test new creatives (seed 003 part 四);
/// a scene over or under its budget's pace → slow down or spend. Unknown figures never fire a rule.
/// Each item's detail opens the promotion screen on the rows it is about.
/// </summary>
public static class PromotionRules
{
    /// <summary>The keys of the promotion screen's URL an item's link sets (see the web app's PromotionPage).</summary>
    public const string ByKey = "by";
    public const string SceneKey = "scene";
    public const string PlanKey = "plan";

    public static IEnumerable<AttentionItem> Evaluate(PromotionFacts? facts, StoreThresholds t)
    {
        if (facts is null)
        {
            return [];
        }

        return RoiLow(facts, t).Concat(KeywordsWithoutDeal(facts, t)).Concat(CtrLow(facts)).Concat(Pacing(facts));
    }

    private static IEnumerable<AttentionItem> RoiLow(PromotionFacts f, StoreThresholds t) =>
        f.Scenes.Select(s => (Row: s, Level: AdLevel.Scene))
            .Concat(f.Plans.Select(p => (Row: p, Level: AdLevel.Plan)))
            .Where(r => AdVerdicts.RoiStatus(r.Row.Mature, t) == CheckStatus.Fail)
            .Select(r => Item(AttentionRules.AdRoiLow, Severity.Medium, r.Row, r.Level,
            [
                new("roi", Catalogue.AdRoi.Of(r.Row.Mature), FigureKind.Ratio),
                new("cost", r.Row.Mature.Cost, FigureKind.Money),
                new("amount", r.Row.Mature.Amount, FigureKind.Money),
                new("threshold", t.PaidRoiMin, FigureKind.Ratio),
                new("days", r.Row.Days.Days, FigureKind.Days),
            ]) with { Variant = r.Level.ToApiName() });

    private static IEnumerable<AttentionItem> KeywordsWithoutDeal(PromotionFacts f, StoreThresholds t) =>
        f.Keywords
            .Where(k => AdVerdicts.SpentWithoutDeal(k.Mature, t))
            .Select(k => Item(AttentionRules.KeywordNoDeal, Severity.Medium, k, AdLevel.Keyword,
            [
                new("cost", k.Mature.Cost, FigureKind.Money),
                new("clicks", k.Mature.Clicks, FigureKind.Count),
                new("threshold", t.KeywordSpendNoDealMin, FigureKind.Money),
                new("days", k.Days.Days, FigureKind.Days),
            ]));

    private static IEnumerable<AttentionItem> CtrLow(PromotionFacts f)
    {
        var scenes = f.Scenes.ToDictionary(s => (s.Scene, s.Window), s => s.Mature);
        foreach (var plan in f.Plans)
        {
            if (scenes.TryGetValue((plan.Scene, plan.Window), out var scene) && AdVerdicts.CtrBelowHalfOfScene(plan.Mature, scene))
            {
                yield return Item(AttentionRules.AdCtrLow, Severity.Low, plan, AdLevel.Plan,
                [
                    new("ctr", Catalogue.AdClickThroughRate.Of(plan.Mature), FigureKind.Rate),
                    new("sceneCtr", Catalogue.AdClickThroughRate.Of(scene), FigureKind.Rate),
                    new("impressions", plan.Mature.Impressions, FigureKind.Count),
                ]);
            }
        }
    }

    private static IEnumerable<AttentionItem> Pacing(PromotionFacts f)
    {
        foreach (var scene in f.Pacing)
        {
            var rule = scene.Status switch
            {
                PaceStatus.Over => AttentionRules.BudgetOverPace,
                PaceStatus.Under => AttentionRules.BudgetUnderPace,
                _ => null,
            };
            if (rule is null)
            {
                continue;
            }

            yield return new AttentionItem(rule, rule == AttentionRules.BudgetOverPace ? Severity.Medium : Severity.Low, Teams.Promotion, scene.Scene,
            [
                new("spent", scene.Spent, FigureKind.Money),
                new("expected", scene.Expected, FigureKind.Money),
                new("budget", scene.Budget, FigureKind.Money),
                new("pace", scene.Pace - 1m, FigureKind.Change),
                new("projected", scene.Projected, FigureKind.Money),
                new("days", scene.DaysSoFar, FigureKind.Days),
            ], DetailScreen.Promotion)
            {
                DetailRange = scene.MonthToDate,
                DetailQuery = Query(AdLevel.Scene, scene.Scene, null, scene.Scene),
            };
        }
    }

    /// <summary>An item about an ads row: its subject is the row's own name; its link opens the row's level inside its scene and plan, the row highlighted.</summary>
    private static AttentionItem Item(string rule, Severity severity, AdFactRow row, AdLevel level, IReadOnlyList<AttentionFigure> figures)
    {
        var name = level switch
        {
            AdLevel.Scene => row.Scene,
            AdLevel.Plan => row.Plan,
            _ => row.Keyword,
        };
        return new AttentionItem(rule, severity, Teams.Promotion, name, figures, DetailScreen.Promotion)
        {
            SubjectName = level == AdLevel.Scene ? null : $"{name} ({row.Scene}{(level == AdLevel.Keyword ? " · " + row.Plan : string.Empty)})",
            DetailRange = row.Days,
            DetailQuery = Query(level, level == AdLevel.Scene ? null : row.Scene, level == AdLevel.Keyword ? row.Plan : null, name),
        };
    }

    private static Dictionary<string, string> Query(AdLevel by, string? scene, string? plan, string highlight)
    {
        var query = new Dictionary<string, string>(StringComparer.Ordinal) { [ByKey] = by.ToApiName(), [DetailKeys.Highlight] = highlight };
        if (scene is not null)
        {
            query[SceneKey] = scene;
        }

        if (plan is not null)
        {
            query[PlanKey] = plan;
        }

        return query;
    }
}
