namespace OpsDashboard.Web.Resources;

/// <summary>Marker for the stores screen's and the first-run path's strings (Stores.resx, Stores.zh-CN.resx).</summary>
public sealed class Stores;
