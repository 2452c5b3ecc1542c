using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using OpsDashboard.Core.Attention;

namespace OpsDashboard.Web.Model;

/// <summary>An attention item in words: its sentence with the figures, and the action to take.</summary>
public sealed record AttentionView(AttentionItem Item, string Message, string Action, string Team, string Severity);

/// <summary>Turns attention items into sentences in the reader's language (resource templates with {figure} placeholders).</summary>
public sealed partial class AttentionText(IStringLocalizer<Resources.Attention> text)
{
    public AttentionView Describe(AttentionItem item, string currency, CultureInfo culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var subject = item.Rule == AttentionRules.TargetMissed
                ? text["Driver." + (item.Subject ?? "unknown")].Value
                : item.SubjectName is { Length: > 0 } name ? name : item.Subject ?? string.Empty;
            string Fill(string template) => Placeholder().Replace(template, m =>
                m.Groups[1].Value == "subject" ? subject
                : item.Figures.FirstOrDefault(f => f.Name == m.Groups[1].Value) is { } figure ? Format(figure, currency, culture)
                : m.Value);

            var key = item.Variant is { Length: > 0 } variant ? item.Rule + "." + variant : item.Rule;
            var message = Fill(text[key + ".Message"]);
            if (item.More > 0)
            {
                message += string.Format(culture, text["More"], item.More);
            }

            return new AttentionView(
                item,
                message,
                Fill(text[key + ".Action"]),
                text["Team." + item.Team],
                text["Severity." + item.Severity]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string Format(AttentionFigure figure, string currency, CultureInfo culture) => figure.Kind switch
    {
        FigureKind.Money => Formats.Money(figure.Value, currency, culture),
        FigureKind.Rate => Formats.Percent(figure.Value, culture),
        FigureKind.Change => figure.Value is { } change ? Formats.SignedPercent(change, culture) : Formats.NoValue,
        FigureKind.Count => figure.Value is { } count ? count.ToString(count == decimal.Truncate(count) ? "#,##0" : "#,##0.0", culture) : Formats.NoValue,
        FigureKind.Days => figure.Value is { } days ? days.ToString("0.#", culture) : Formats.NoValue,
        _ => Formats.Fixed(figure.Value, culture),
    };

    [GeneratedRegex("\\{([A-Za-z]+)\\}")]
    private static partial Regex Placeholder();
}
