using System.Text;

namespace OpsDashboard.Data.Import;

/// <summary>
/// Characters that never belong in a name, code or note: C0/C1 control characters (NUL, BEL, ESC…)
/// and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) that can flip the
/// text around them on screen. The importer strips them from cells (tab and line breaks become a
/// space); the store and note forms refuse them.
/// </summary>
public static class TextHygiene
{
    public static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    public static bool HasUnsafeCharacters(string? text) => text is not null && text.Any(IsUnsafe);

    /// <summary><paramref name="text"/> without unsafe characters; whitespace controls become a space.</summary>
    public static string Clean(string text)
    {
        if (!HasUnsafeCharacters(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\t' or '\r' or '\n')
            {
                clean.Append(' ');
            }
            else if (!IsUnsafe(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }
}
