namespace OpsDashboard.Data.Import;

/// <summary>Raised inside the import transaction when a check that needs the database fails; nothing is written.</summary>
public sealed class ImportRejectedException(IReadOnlyList<ImportIssue> issues)
    : Exception("The file was rejected: " + string.Join("; ", issues.Select(i => i.Message)))
{
    public IReadOnlyList<ImportIssue> Issues { get; } = issues;
}
