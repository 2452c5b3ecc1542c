namespace OpsDashboard.Web.Resources;

/// <summary>Marker for the customer-service and competitors screens' strings (Service.resx, Service.zh-CN.resx).</summary>
public sealed class Service;
