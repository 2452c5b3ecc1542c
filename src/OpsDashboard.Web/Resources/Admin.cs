namespace OpsDashboard.Web.Resources;

/// <summary>Marker for the access pages' strings: users, API keys, display links, the audit log (Admin.resx, Admin.zh-CN.resx).</summary>
public sealed class Admin;
