namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Picks the field delimiter of a text export: comma, tab or semicolon. Title lines above the header
/// often have no delimiter at all, and numbers such as <c>1,234</c> put stray commas in tab files,
/// so the winner is the delimiter that splits the most lines into the same number of fields.
/// </summary>
internal static class CsvDelimiterDetector
{
    private const int LinesToInspect = 30;
    private static readonly char[] Candidates = [',', '\t', ';'];

    public static char Detect(string text)
    {
        var lines = text.Split('\n')
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Take(LinesToInspect)
            .ToList();

        var best = Candidates[0];
        var bestScore = (Lines: 0, Count: 0);
        foreach (var candidate in Candidates)
        {
            var score = lines
                .Select(line => CountOutsideQuotes(line, candidate))
                .Where(count => count > 0)
                .GroupBy(count => count)
                .Select(group => (Lines: group.Count(), Count: group.Key))
                .DefaultIfEmpty((Lines: 0, Count: 0))
                .Max();
            if (score.CompareTo(bestScore) > 0)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                count++;
            }
        }

        return count;
    }
}
