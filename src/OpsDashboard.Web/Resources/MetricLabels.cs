namespace OpsDashboard.Web.Resources;

/// <summary>
/// Marker for the catalogue's metric labels and formula tooltips (MetricLabels.resx, MetricLabels.zh-CN.resx):
/// one <c>Metric.LabelKey</c> and one <c>Metric.TipKey</c> entry per metric of <c>OpsDashboard.Core.Metrics.Catalogue</c>.
/// </summary>
public sealed class MetricLabels;
