namespace OpsDashboard.Web.Resources;

/// <summary>Marker for the meeting wall screen's strings (Meeting.resx, Meeting.zh-CN.resx).</summary>
public sealed class Meeting;
