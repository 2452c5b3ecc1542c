using System.Globalization;
using System.Resources;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.PageHealth;
using OpsDashboard.Web.Resources;

namespace OpsDashboard.Web.Tests.Model;

/// <summary>
/// Adding a metric = one catalogue entry + its resource strings: every metric of the catalogue has an
/// English and a Chinese label and formula tooltip, and the screens that name page-health checks in
/// their own wording have the check's label key too.
/// </summary>
public sealed class MetricLabelResourceTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static TheoryData<string> MetricKeys()
    {
        var data = new TheoryData<string>();
        foreach (var metric in Catalogue.All.Concat(Catalogue.Sources).DistinctBy(m => m.LabelKey))
        {
            data.Add(metric.LabelKey);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MetricKeys))]
    public void EveryCatalogueMetric_HasAnEnglishAndAChineseLabelAndTip(string labelKey)
    {
        foreach (var key in new[] { labelKey, labelKey + "Tip" })
        {
            var english = Own(typeof(MetricLabels), CultureInfo.InvariantCulture, key);
            var chinese = Own(typeof(MetricLabels), Chinese, key);
            Assert.False(string.IsNullOrWhiteSpace(english), $"MetricLabels.resx has no '{key}'");
            Assert.False(string.IsNullOrWhiteSpace(chinese), $"MetricLabels.zh-CN.resx has no '{key}'");
            Assert.NotEqual(english, chinese);
        }
    }

    [Theory]
    [InlineData(typeof(Resources.PageHealth))]
    [InlineData(typeof(Resources.Meeting))]
    [InlineData(typeof(Planning))]
    public void ScreensThatNameThePageHealthChecks_HaveEachCheckLabel(Type screen)
    {
        foreach (var metric in new[] { PageHealthReport.AovRatioMetric, PageHealthReport.BounceRateMetric, PageHealthReport.VisitDepthMetric })
        {
            var key = Catalogue.Get(metric).LabelKey;
            Assert.False(string.IsNullOrWhiteSpace(Own(screen, CultureInfo.InvariantCulture, key)), $"{screen.Name}.resx has no '{key}'");
            Assert.False(string.IsNullOrWhiteSpace(Own(screen, Chinese, key)), $"{screen.Name}.zh-CN.resx has no '{key}'");
        }
    }

    /// <summary>The value in exactly this culture's file, without falling back to the English one.</summary>
    private static string? Own(Type marker, CultureInfo culture, string key) =>
        new ResourceManager(marker.FullName!, marker.Assembly).GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.GetString(key);
}
