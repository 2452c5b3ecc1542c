namespace OpsDashboard.Web.Resources;

/// <summary>Marker for the settings, targets, annotations and portfolio strings (Planning.resx, Planning.zh-CN.resx).</summary>
public sealed class Planning;
