using Bunit;
using OpsDashboard.Web.Components.Controls;

namespace OpsDashboard.Web.Tests.Components.Controls;

public sealed class SparklineTests : ComponentTestContext
{
    [Fact]
    public void ADayWithoutAValue_BreaksTheLine_IntoSegments()
    {
        var line = Render<Sparkline>(p => p.Add(s => s.Values, [1m, 2m, null, 3m, 4m, null, 5m]).Add(s => s.Width, 64).Add(s => s.Height, 24));

        Assert.Equal(2, line.FindAll("polyline").Count);
        Assert.Single(line.FindAll("circle"));
        Assert.Equal("1 2 _ 3 4 _ 5", line.Find("svg").GetAttribute("data-values"));

        // Highest value at the top (y = 2), lowest at the bottom (y = height − 2), 10 px apart across 64 px.
        Assert.Equal("2,22 12,17", line.FindAll("polyline")[0].GetAttribute("points"));
        Assert.Equal("62", line.Find("circle").GetAttribute("cx"));
        Assert.Equal("2", line.Find("circle").GetAttribute("cy"));
    }

    [Fact]
    public void NoValues_DrawNothing_AndAFlatLineSitsInTheMiddle()
    {
        Assert.Empty(Render<Sparkline>(p => p.Add(s => s.Values, [null, null])).FindAll("polyline"));
        var flat = Render<Sparkline>(p => p.Add(s => s.Values, [0.03m, 0.03m]).Add(s => s.Width, 64).Add(s => s.Height, 24));
        Assert.Equal("2,12 62,12", flat.Find("polyline").GetAttribute("points"));
    }
}
