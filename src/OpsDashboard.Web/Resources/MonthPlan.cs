namespace OpsDashboard.Web.Resources;

/// <summary>Marker for the monthly plan's strings (MonthPlan.resx, MonthPlan.zh-CN.resx).</summary>
public sealed class MonthPlan;
