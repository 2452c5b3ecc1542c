namespace OpsDashboard.Web.Resources;

/// <summary>Marker for the words exports write into cells (Export.resx, Export.zh-CN.resx): yes/no and verdicts.</summary>
public sealed class Export;
