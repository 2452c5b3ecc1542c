namespace OpsDashboard.Web.Resources;

/// <summary>Marker for the strings of a running import: progress, estimate, cancel (ImportRun.resx, ImportRun.zh-CN.resx).</summary>
public sealed class ImportRun;
