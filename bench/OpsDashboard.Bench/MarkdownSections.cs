namespace OpsDashboard.Bench;

/// <summary>"## " sections of docs/benchmarks.md, so each bench mode rewrites only its own part of the file.</summary>
internal static class MarkdownSections
{
    /// <summary>The section that starts with <paramref name="heading"/>, up to the next "## " heading or the end; null when absent.</summary>
    public static string? Find(string document, string heading)
    {
        var (start, end) = Bounds(document, heading);
        return start < 0 ? null : document[start..end];
    }

    /// <summary><paramref name="document"/> with the section under <paramref name="heading"/> replaced by <paramref name="section"/>, or it appended.</summary>
    public static string Replace(string document, string heading, string section)
    {
        section = section.TrimEnd() + "\n";
        var (start, end) = Bounds(document, heading);
        return start < 0
            ? document.TrimEnd() + "\n\n" + section
            : document[..start] + section + (end < document.Length ? "\n" + document[end..] : string.Empty);
    }

    private static (int Start, int End) Bounds(string document, string heading)
    {
        var start = document.StartsWith(heading + "\n", StringComparison.Ordinal) ? 0 : document.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return (-1, -1);
        }

        start = start == 0 ? 0 : start + 1;
        var next = document.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return (start, next < 0 ? document.Length : next + 1);
    }
}
