using System.Globalization;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Collects every problem in a file, rendered in the reader's language as it is found; parsing
/// never stops at the first one. Only the first <c>maxListed</c> errors and warnings are kept (a
/// 4 MB file can hold ten million bad rows); every one is counted.
/// </summary>
internal sealed class IssueCollector(CultureInfo culture, int maxListed = 200)
{
    private readonly HashSet<int> _errorRows = [];

    public CultureInfo Culture => culture;

    public List<ImportIssue> Errors { get; } = [];
    public List<ImportIssue> Warnings { get; } = [];

    /// <summary>Every error found, listed or not.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Every warning found, listed or not.</summary>
    public int WarningCount { get; private set; }

    /// <summary>Distinct rows with at least one error.</summary>
    public int ErrorRowCount => _errorRows.Count;

    public bool HasErrorOn(int row) => _errorRows.Contains(row);

    public void Error(int? row, string? column, ImportMessage message)
    {
        ErrorCount++;
        if (row is { } number)
        {
            _errorRows.Add(number);
        }

        if (Errors.Count < maxListed)
        {
            Errors.Add(new ImportIssue(row, column, message.Render(culture)));
        }
    }

    public void Error(int? row, string? column, [ResourceKey("ImportMessages")] string key, params object?[] arguments) => Error(row, column, new ImportMessage(key, arguments));

    public void Warn(int? row, string? column, ImportMessage message)
    {
        WarningCount++;
        if (Warnings.Count < maxListed)
        {
            Warnings.Add(new ImportIssue(row, column, message.Render(culture)));
        }
    }

    public void Warn(int? row, string? column, [ResourceKey("ImportMessages")] string key, params object?[] arguments) => Warn(row, column, new ImportMessage(key, arguments));

    /// <summary>Forgets what was found so far: a file refused by a cap reports only why it was refused.</summary>
    public void Clear()
    {
        Errors.Clear();
        Warnings.Clear();
        _errorRows.Clear();
        ErrorCount = 0;
        WarningCount = 0;
    }
}
