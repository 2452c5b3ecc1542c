using MudBlazor;

namespace OpsDashboard.Web;

/// <summary>The one theme of the app, light and dark palettes.</summary>
public static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5fbf",
            Secondary = "#f06a1d",
            AppbarBackground = "#12355b",
            Success = "#2e7d32",
            Warning = "#ed8c00",
            Error = "#c62828",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#6ea8ff",
            Secondary = "#ff9a57",
            Success = "#66bb6a",
            Warning = "#ffb74d",
            Error = "#ef5350",
        },
    };
}
