namespace OpsDashboard.Core.Metrics;

/// <summary>
/// The kind of a traffic source the first time it is seen, when the file does not say:
/// well-known platform channel names first, otherwise "paid" if it cost money, else "free".
/// The kind can be corrected later; it is only a starting point.
/// </summary>
public static class SourceKindGuess
{
    private static readonly Dictionary<string, string> KnownNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["关键词推广"] = SourceKinds.Paid,
        ["精准人群推广"] = SourceKinds.Paid,
        ["智能场景"] = SourceKinds.Paid,
        ["直通车"] = SourceKinds.Paid,
        ["引力魔方"] = SourceKinds.Paid,
        ["万相台"] = SourceKinds.Paid,
        ["淘宝客"] = SourceKinds.Paid,
        ["超级推荐"] = SourceKinds.Paid,
        ["钻石展位"] = SourceKinds.Paid,
        ["京东快车"] = SourceKinds.Paid,
        ["京准通"] = SourceKinds.Paid,
        ["京东直投"] = SourceKinds.Paid,
        ["巨量千川"] = SourceKinds.Paid,
        ["品销宝"] = SourceKinds.Paid,
        ["淘宝直播"] = SourceKinds.Content,
        ["逛逛"] = SourceKinds.Content,
        ["短视频"] = SourceKinds.Content,
        ["直播"] = SourceKinds.Content,
        ["有好货"] = SourceKinds.Content,
        ["小红书"] = SourceKinds.Social,
        ["微信"] = SourceKinds.Social,
        ["微博"] = SourceKinds.Social,
        ["直接访问"] = SourceKinds.Direct,
        ["购物车"] = SourceKinds.Direct,
        ["我的淘宝"] = SourceKinds.Direct,
        ["收藏夹"] = SourceKinds.Direct,
        ["会员"] = SourceKinds.Membership,
        ["会员中心"] = SourceKinds.Membership,
        ["88VIP"] = SourceKinds.Membership,
        ["手淘搜索"] = SourceKinds.Free,
        ["手淘推荐"] = SourceKinds.Free,
        ["京东搜索"] = SourceKinds.Free,
        ["京东推荐"] = SourceKinds.Free,
    };

    public static string For(string name, bool hasCost) =>
        KnownNames.TryGetValue(name.Trim(), out var kind) ? kind
        : hasCost ? SourceKinds.Paid
        : SourceKinds.Free;
}
