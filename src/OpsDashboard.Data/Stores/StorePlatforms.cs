namespace OpsDashboard.Data.Stores;

/// <summary>
/// The platforms a store can sell on, as the stable codes stored in the database and sent by the
/// API; the screens show each code in the user's language. A code outside this list (sent by an
/// older client) is kept and shown as written.
/// </summary>
public static class StorePlatforms
{
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = ["tmall", "taobao", "jd", "douyin", "pinduoduo", "shopify", Other];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}
