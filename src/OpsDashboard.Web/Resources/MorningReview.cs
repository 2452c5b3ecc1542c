namespace OpsDashboard.Web.Resources;

/// <summary>Marker for the morning review's strings (MorningReview.resx, MorningReview.zh-CN.resx).</summary>
public sealed class MorningReview;
