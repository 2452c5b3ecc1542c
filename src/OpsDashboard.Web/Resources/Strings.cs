namespace OpsDashboard.Web.Resources;

/// <summary>Marker for the shared UI strings (Strings.resx, Strings.zh-CN.resx).</summary>
public sealed class Strings;
