using System.Globalization;
using System.Resources;

namespace OpsDashboard.Data.Import;

/// <summary>
/// One import error, warning or note as a message id with its arguments, rendered in the reader's
/// language from the Data project's own catalogue (<c>ImportMessages.resx</c> for English,
/// <c>ImportMessages.zh-CN.resx</c> for Simplified Chinese). An argument may itself be a message
/// (a column's label) or a list of them; dates render as yyyy-MM-dd in every language.
/// </summary>
public sealed class ImportMessage
{
    private static readonly ResourceManager Catalogue = new("OpsDashboard.Data.Import.Messages.ImportMessages", typeof(ImportMessage).Assembly);

    public ImportMessage([ResourceKey("ImportMessages")] string key, params object?[] arguments)
    {
        Key = key;
        Arguments = arguments;
    }

    /// <summary>The resource key, e.g. "NotANumber".</summary>
    public string Key { get; }

    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>The message in <paramref name="culture"/>'s language (English unless it is a Chinese culture).</summary>
    public string Render(CultureInfo culture)
    {
        var format = Text(Key, culture);
        return Arguments.Count == 0
            ? format
            : string.Format(culture, format, Arguments.Select(argument => RenderArgument(argument, culture)).ToArray());
    }

    /// <summary>English, so a message in a log or a debugger reads like the API's default.</summary>
    public override string ToString() => Render(ImportCultures.English);

    /// <summary>Whether the catalogue holds <paramref name="key"/> (tests check both languages hold every key).</summary>
    internal static string? Find(string key, CultureInfo culture) => Catalogue.GetString(key, culture);

    internal static ResourceSet? Entries(CultureInfo culture, bool fallBack) => Catalogue.GetResourceSet(culture, createIfNotExists: true, tryParents: fallBack);

    private static string Text(string key, CultureInfo culture) =>
        Catalogue.GetString(key, culture) ?? throw new InvalidOperationException($"The import message catalogue has no entry '{key}'.");

    private static object? RenderArgument(object? argument, CultureInfo culture) => argument switch
    {
        ImportMessage message => message.Render(culture),
        MessageList list => list.Render(culture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => argument,
    };
}

/// <summary>Items joined in the reader's language: "a and b", "a 和 b" (separator from the catalogue).</summary>
public sealed record MessageList(IReadOnlyList<object> Items, [ResourceKey("ImportMessages")] string SeparatorKey)
{
    public string Render(CultureInfo culture)
    {
        var separator = ImportMessage.Find(SeparatorKey, culture) ?? throw new InvalidOperationException($"The import message catalogue has no entry '{SeparatorKey}'.");
        return string.Join(separator, Items.Select(item => item is ImportMessage message ? message.Render(culture) : Convert.ToString(item, culture)));
    }
}

/// <summary>The languages import messages come in.</summary>
public static class ImportCultures
{
    /// <summary>English: the catalogue's neutral language and the API's default.</summary>
    public static CultureInfo English { get; } = CultureInfo.InvariantCulture;

    public static CultureInfo Chinese { get; } = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>
    /// The language a request asks for: Chinese for any zh tag (zh, zh-CN, zh-Hans…), English for
    /// anything else or nothing. Accepts a single tag or an Accept-Language list (first match wins by order).
    /// </summary>
    public static CultureInfo FromLanguageTags(string? tags)
    {
        if (string.IsNullOrWhiteSpace(tags))
        {
            return English;
        }

        foreach (var part in tags.Split(','))
        {
            var tag = part.Split(';')[0].Trim();
            if (tag.Equals("zh", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("zh-", StringComparison.OrdinalIgnoreCase))
            {
                return Chinese;
            }

            if (tag.Equals("en", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
            {
                return English;
            }
        }

        return English;
    }

    /// <summary>Chinese when <paramref name="uiCulture"/> is a Chinese culture, else English.</summary>
    public static CultureInfo For(CultureInfo uiCulture) => FromLanguageTags(uiCulture.Name);
}
