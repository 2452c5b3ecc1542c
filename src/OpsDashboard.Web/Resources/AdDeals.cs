namespace OpsDashboard.Web.Resources;

/// <summary>Marker for the words that say why ads deals are unknown (AdDeals.resx, AdDeals.zh-CN.resx).</summary>
public sealed class AdDeals;
