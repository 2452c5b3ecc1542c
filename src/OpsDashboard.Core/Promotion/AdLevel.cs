namespace OpsDashboard.Core.Promotion;

/// <summary>
/// The grain of an ads report row (DOMAIN §7), from the coarsest to the finest: a scene report, a
/// plan report, an item (商品/主体) report, a keyword report, a crowd report.
/// </summary>
public enum AdLevel
{
    Scene,
    Plan,
    Item,
    Keyword,
    Crowd,
}

public static class AdLevels
{
    public static string ToApiName(this AdLevel level) => level switch
    {
        AdLevel.Scene => "scene",
        AdLevel.Plan => "plan",
        AdLevel.Item => "item",
        AdLevel.Keyword => "keyword",
        _ => "crowd",
    };

    public static bool TryParse(string? value, out AdLevel level)
    {
        foreach (var candidate in Enum.GetValues<AdLevel>())
        {
            if (string.Equals(candidate.ToApiName(), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }

        level = default;
        return false;
    }

    /// <summary>The level of a row from the dimensions it names: the finest one it has.</summary>
    public static AdLevel Of(string plan, string item, string keyword, string crowd) =>
        keyword.Length > 0 ? AdLevel.Keyword
        : crowd.Length > 0 ? AdLevel.Crowd
        : item.Length > 0 ? AdLevel.Item
        : plan.Length > 0 ? AdLevel.Plan
        : AdLevel.Scene;

    /// <summary>
    /// The report levels whose rows can be summed into groups of <paramref name="by"/>, coarsest
    /// first: a scene's totals can come from a scene, plan, item, keyword or crowd report; a
    /// keyword's only from a keyword report. Totals take one level per group and day, never two.
    /// </summary>
    public static IReadOnlyList<AdLevel> SourcesFor(AdLevel by) => by switch
    {
        AdLevel.Scene => [AdLevel.Scene, AdLevel.Plan, AdLevel.Item, AdLevel.Keyword, AdLevel.Crowd],
        AdLevel.Plan => [AdLevel.Plan, AdLevel.Item, AdLevel.Keyword, AdLevel.Crowd],
        AdLevel.Item => [AdLevel.Item, AdLevel.Keyword, AdLevel.Crowd],
        AdLevel.Keyword => [AdLevel.Keyword],
        _ => [AdLevel.Crowd],
    };
}
