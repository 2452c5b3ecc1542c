namespace OpsDashboard.Web.Resources;

/// <summary>Marker for what each platform's exports mean and do not give (Platforms.resx, Platforms.zh-CN.resx; DOMAIN §9).</summary>
public sealed class Platforms;
