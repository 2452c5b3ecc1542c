using System.Globalization;
using OpsDashboard.Core.Attention;

namespace OpsDashboard.Web.Model;

/// <summary>Where an attention item's detail is: its screen, opened on the store and the item's day.</summary>
public static class AttentionLinks
{
    /// <summary>Rules whose figures cover the seven days ending on the day: their detail opens those seven days.</summary>
    private static readonly HashSet<string> SevenDayRules =
    [
        AttentionRules.PaidRoiLow, AttentionRules.ConversionBelowPeer, AttentionRules.InquiryConversionLow, AttentionRules.LowStock,
    ];

    public static string For(AttentionItem item, string storeCode, DateOnly day)
    {
        var from = SevenDayRules.Contains(item.Rule) ? day.AddDays(-6) : day;
        return $"{item.Screen}?store={Uri.EscapeDataString(storeCode)}&from={Date(from)}&to={Date(day)}";
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
