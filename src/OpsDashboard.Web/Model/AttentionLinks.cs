using System.Globalization;
using OpsDashboard.Core.Attention;

namespace OpsDashboard.Web.Model;

/// <summary>Where an attention item's detail is: its screen, opened on the store and the days its figures cover.</summary>
public static class AttentionLinks
{
    public static string For(AttentionItem item, string storeCode, DateOnly day)
    {
        var from = day.AddDays(1 - Math.Max(1, item.DetailDays));
        return $"{item.Screen}?store={Uri.EscapeDataString(storeCode)}&from={Date(from)}&to={Date(day)}";
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
