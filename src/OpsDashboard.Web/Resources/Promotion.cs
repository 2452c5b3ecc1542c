namespace OpsDashboard.Web.Resources;

/// <summary>Marker for the promotion screen's strings (Promotion.resx, Promotion.zh-CN.resx).</summary>
public sealed class Promotion;
