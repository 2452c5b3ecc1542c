namespace OpsDashboard.Core.Metrics;

/// <summary>
/// The figures a platform's daily exports never give (DOMAIN §9), so a screen can say "not given by
/// 抖店" beside the unknown value instead of a bare "—". The value itself stays unknown (null): this
/// only names why. A platform not listed (Tmall, Taobao, other) gives every figure of the catalogue.
/// </summary>
public static class PlatformFigures
{
    private static readonly Dictionary<string, string[]> NotGiven = new(StringComparer.Ordinal)
    {
        // 京东商智: no 跳失 column in the 交易 funnel export (a 流量 file that carries 跳失率 gives it, and then the value is known).
        ["jd"] = [Catalogue.BounceRate.Key],

        // 抖店罗盘: no bounce and no page views (visitors are product-page clickers).
        ["douyin"] = [Catalogue.BounceRate.Key, Catalogue.VisitDepth.Key],

        // 拼多多 数据中心: no bounce (its 店铺浏览量 gives the depth).
        ["pinduoduo"] = [Catalogue.BounceRate.Key],

        // Shopify analytics: bounce only when a "Bounce rate" column is exported (then the value is known).
        ["shopify"] = [Catalogue.BounceRate.Key],
    };

    /// <summary>Whether <paramref name="platform"/>'s exports give the metric <paramref name="metricKey"/> at all.</summary>
    public static bool Gives(string? platform, string metricKey) =>
        platform is null || !NotGiven.TryGetValue(platform, out var missing) || !missing.Contains(metricKey, StringComparer.Ordinal);

    /// <summary>
    /// Why a figure is unknown: the platform's code when <paramref name="value"/> is null and the
    /// platform's exports never give <paramref name="metricKey"/>; null when the figure is known, or
    /// unknown for another reason (no file reported it).
    /// </summary>
    public static string? NotGivenBy(string? platform, string metricKey, decimal? value) =>
        value is null && !Gives(platform, metricKey) ? platform : null;

    /// <summary>The metrics <paramref name="platform"/>'s exports never give, in catalogue keys.</summary>
    public static IReadOnlyList<string> Missing(string? platform) =>
        platform is not null && NotGiven.TryGetValue(platform, out var missing) ? missing : [];
}
