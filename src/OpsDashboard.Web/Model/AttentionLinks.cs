using System.Globalization;
using OpsDashboard.Core.Attention;

namespace OpsDashboard.Web.Model;

/// <summary>Where an attention item's detail is: its screen, opened on the store and the item's day.</summary>
public static class AttentionLinks
{
    public static string For(AttentionItem item, string storeCode, DateOnly day)
    {
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{item.Screen}?store={Uri.EscapeDataString(storeCode)}&from={date}&to={date}";
    }
}
