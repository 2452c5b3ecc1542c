using System.Globalization;
using OpsDashboard.Core.Attention;

namespace OpsDashboard.Web.Model;

/// <summary>Where an attention item's detail is: its screen, opened on the store and the days its figures cover.</summary>
public static class AttentionLinks
{
    /// <summary>The key of the SKU a screen highlights (morning review's SKU table).</summary>
    public const string SkuKey = "sku";

    /// <summary>
    /// The key of the row a detail screen highlights (an agent, a DSR score, a SKU's refunds, a rival, an ads row): the
    /// one row mark of every screen, set by <see cref="AttentionItem.DetailQuery"/>.
    /// </summary>
    public const string HighlightKey = DetailKeys.Highlight;

    /// <summary>
    /// The item's screen on the days it was judged on: its own range (last week's page health) or the
    /// <see cref="AttentionItem.DetailDays"/> ending on <paramref name="day"/>; a SKU item adds <c>sku=</c>,
    /// the row to highlight (and a promotion item its level, scene and plan) (<see cref="AttentionItem.DetailQuery"/>).
    /// </summary>
    public static string For(AttentionItem item, string storeCode, DateOnly day)
    {
        var range = item.DetailRange ?? new Core.Periods.DateRange(day.AddDays(1 - Math.Max(1, item.DetailDays)), day);
        var sku = item.DetailSku is { } code ? $"&{SkuKey}={Uri.EscapeDataString(code)}" : string.Empty;
        var more = item.DetailQuery is { } query
            ? string.Concat(query.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"&{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"))
            : string.Empty;
        return $"{Routing.DashboardUrls.PathOf(item.Screen)}?store={Uri.EscapeDataString(storeCode)}&from={Date(range.From)}&to={Date(range.To)}{sku}{more}";
    }

    /// <summary>The value of <paramref name="key"/> in <paramref name="uri"/>'s query (the row or SKU a detail link asks for), or null.</summary>
    public static string? QueryValue(string uri, string key) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(uri).Query).TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value.ToString())
            ? value.ToString()
            : null;

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
