using System.Collections.Concurrent;
using MudBlazor;

namespace OpsDashboard.Web.Components.Controls;

/// <summary>
/// MudBlazor's markup — the same elements and the same classes — written straight into a screen for the plain parts
/// (a line of text, a paper, a label chip, a link button) instead of one MudBlazor component each. Every component an
/// open screen holds costs its circuit a render tree, MudBlazor's parameter state and the renderer's bookkeeping for as
/// long as the tab is open (issue 16, docs/benchmarks.md "Screen speed"); static text needs none of it. The tests render
/// the MudBlazor component beside this markup and compare.
/// </summary>
public static class TextMarkup
{
    /// <summary>Class strings already built, shared by every circuit (the keys are the code's own constant classes).</summary>
    private static readonly ConcurrentDictionary<(Typo Typo, Color Color, string? Extra), string> Classes = new();

    /// <summary>The element MudText renders for <paramref name="typo"/>: h1–h6 for headings, p for subtitles and body text, else span.</summary>
    public static string Tag(Typo typo) => typo switch
    {
        Typo.h1 => "h1",
        Typo.h2 => "h2",
        Typo.h3 => "h3",
        Typo.h4 => "h4",
        Typo.h5 => "h5",
        Typo.h6 => "h6",
        Typo.subtitle1 or Typo.subtitle2 or Typo.body1 or Typo.body2 => "p",
        _ => "span",
    };

    /// <summary>MudText's class attribute for a typography, a theme colour and the caller's own classes.</summary>
    public static string Class(Typo typo, Color color = Color.Inherit, string? extra = null)
    {
        extra = string.IsNullOrEmpty(extra) ? null : extra;
        var key = (typo, color, extra);
        if (Classes.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var classes = "mud-typography mud-typography-" + typo.ToString();
        if (color is not Color.Default and not Color.Inherit)
        {
            classes += " mud-" + color.ToString().ToLowerInvariant() + "-text";
        }

        classes = extra is null ? classes : classes + " " + extra;

        // Only constant classes (interned literals) are kept, so the cache cannot grow with data.
        return extra is null || string.IsInterned(extra) is not null ? Classes.GetOrAdd(key, classes) : classes;
    }
}
