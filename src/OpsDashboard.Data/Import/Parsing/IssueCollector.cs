using System.Globalization;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Collects every problem in a file, rendered in the reader's language as it is found; parsing
/// never stops at the first one.
/// </summary>
internal sealed class IssueCollector(CultureInfo culture)
{
    public CultureInfo Culture => culture;

    public List<ImportIssue> Errors { get; } = [];
    public List<ImportIssue> Warnings { get; } = [];

    public void Error(int? row, string? column, ImportMessage message) => Errors.Add(new ImportIssue(row, column, message.Render(culture)));

    public void Error(int? row, string? column, [ResourceKey("ImportMessages")] string key, params object?[] arguments) => Error(row, column, new ImportMessage(key, arguments));

    public void Warn(int? row, string? column, ImportMessage message) => Warnings.Add(new ImportIssue(row, column, message.Render(culture)));

    public void Warn(int? row, string? column, [ResourceKey("ImportMessages")] string key, params object?[] arguments) => Warn(row, column, new ImportMessage(key, arguments));
}
