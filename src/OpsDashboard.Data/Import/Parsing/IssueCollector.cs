namespace OpsDashboard.Data.Import.Parsing;

/// <summary>Collects every problem in a file; parsing never stops at the first one.</summary>
internal sealed class IssueCollector
{
    public List<ImportIssue> Errors { get; } = [];
    public List<ImportIssue> Warnings { get; } = [];

    public void Error(int? row, string? column, string message) => Errors.Add(new ImportIssue(row, column, message));

    public void Warn(int? row, string? column, string message) => Warnings.Add(new ImportIssue(row, column, message));
}
