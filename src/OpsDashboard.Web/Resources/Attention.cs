namespace OpsDashboard.Web.Resources;

/// <summary>Marker for the attention-list strings (Attention.resx, Attention.zh-CN.resx).</summary>
public sealed class Attention;
