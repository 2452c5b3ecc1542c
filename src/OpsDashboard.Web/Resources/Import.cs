namespace OpsDashboard.Web.Resources;

/// <summary>Marker for the import page's strings (Import.resx, Import.zh-CN.resx).</summary>
public sealed class Import;
