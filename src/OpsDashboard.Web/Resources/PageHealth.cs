namespace OpsDashboard.Web.Resources;

/// <summary>Marker for the weekly page-health screen's strings (PageHealth.resx, PageHealth.zh-CN.resx).</summary>
public sealed class PageHealth;
