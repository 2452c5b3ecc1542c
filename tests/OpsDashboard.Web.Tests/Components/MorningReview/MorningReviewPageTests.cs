using Bunit;
using Page = OpsDashboard.Web.Components.Pages.MorningReview.MorningReview;

namespace OpsDashboard.Web.Tests.Components.MorningReview;

/// <summary>The morning review page over a real SQLite database with a hand-made two-day store.</summary>
public sealed class MorningReviewPageTests : ComponentTestContext
{
    [Fact]
    public async Task KpiCards_OfATwoDayStore_ShowExactValuesAndChangesVsThePreviousPeriod()
    {
        await SampleStore.SeedAsync(this);
        var page = OpenReview(SampleStore.Query + "&compare=previous");

        var expected = new Dictionary<string, (decimal Value, decimal Change)>
        {
            ["paymentAmount"] = (13000.50m, 0.30005m),
            ["visitors"] = (4000m, 0m),
            ["conversionRate"] = (0.0325m, 0.0075m),
            ["averageOrderValue"] = (13000.50m / 130m, (13000.50m / 130m - 100m) / 100m),
            ["bounceRate"] = (0.75m, 0.25m),
            ["visitDepth"] = (2.625m, -0.125m),
            ["visitorValue"] = (3.250125m, 0.30005m),
        };
        Assert.Equal(expected.Keys, page.FindAll("[data-kpi]").Select(e => e.GetAttribute("data-kpi")!).Where(expected.ContainsKey));
        foreach (var (field, (value, change)) in expected)
        {
            var card = page.Find($".kpi-card[data-kpi='{field}']");
            Assert.Equal(value, Value(card));
            Assert.Equal(change, decimal.Parse(card.QuerySelector($"[data-change='{field}']")!.GetAttribute("data-change-value")!, System.Globalization.CultureInfo.InvariantCulture));
        }

        // Rates change in points, counts and money in percent; a rise in bounce is bad news.
        Assert.Equal("+0.8 pt", page.Find("[data-change='conversionRate']").TextContent.Trim());
        Assert.Equal("+30.0%", page.Find("[data-change='paymentAmount']").TextContent.Trim());
        Assert.Contains("kpi-change-bad", page.Find("[data-change='bounceRate']").ClassList);
        Assert.Contains("vs previous 2 days", page.Find(".kpi-card[data-kpi='visitors']").TextContent, StringComparison.Ordinal);

        // The trend covers the 30 days ending on the last day; the last two days carry Core's daily rates.
        var trend = page.Find("[data-sparkline='conversionRate']");
        Assert.Equal("30", trend.GetAttribute("data-points"));
        Assert.EndsWith("_ 0.025 0.025 0.04 0.03", trend.GetAttribute("data-values"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatMoved_SplitsTheSalesChange_IntoDrivers_AndSaysItInOneSentence()
    {
        await SampleStore.SeedAsync(this);
        var page = OpenReview(SampleStore.Query);

        Assert.Equal(0.30005m, Value(page.Find("[data-kpi='salesChange']")));
        Assert.Equal(0m, Value(page.Find("[data-kpi='trafficChange']")));
        Assert.Equal(0.3m, Value(page.Find("[data-kpi='conversionChange']")));
        Assert.Equal(13000.50m / 130m / 100m - 1m, Value(page.Find("[data-kpi='aovChange']")));
        Assert.Equal("Sales +30.0%: traffic ±0.0%, conversion +30.0%, AOV +0.0%.", page.Find("[data-testid='what-moved-sentence']").TextContent.Trim());
    }

    [Fact]
    public async Task SameRangeLastYear_WithoutData_HasNoChangesAndSaysWhyItCannotSplit()
    {
        await SampleStore.SeedAsync(this);
        var page = OpenReview(SampleStore.Query + "&compare=yoy");

        Assert.All(page.FindAll("[data-change]"), change => Assert.Equal(string.Empty, change.GetAttribute("data-change-value")));
        Assert.Contains("vs same dates last year", page.Find(".kpi-card[data-kpi='visitors']").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid='no-comparison']"));
        Assert.Empty(page.FindAll("[data-kpi='trafficChange']"));
    }

    [Fact]
    public async Task NoStores_TellsHowToCreateOne()
    {
        var page = OpenReview(string.Empty, "[data-testid='no-stores']");

        Assert.Contains("POST /api/v1/stores", page.Find("[data-testid='no-stores']").TextContent, StringComparison.Ordinal);
        Assert.Equal("/import", page.Find("[data-testid='import-link']").GetAttribute("href"));
    }

    [Fact]
    public async Task ARangeWithoutData_LinksToTheStoresImport()
    {
        await SampleStore.SeedAsync(this);
        var page = OpenReview("?store=sample&from=2025-01-01&to=2025-01-07", "[data-testid='no-data']");

        Assert.Contains("2025-01-01", page.Find("[data-testid='no-data']").TextContent, StringComparison.Ordinal);
        Assert.Equal("/import?store=sample", page.Find("[data-testid='import-link']").GetAttribute("href"));
        Assert.Equal(string.Empty, page.Find(".kpi-card[data-kpi='conversionRate']").GetAttribute("data-value"));
    }

    [Fact]
    public async Task WithoutAStoreOrRangeInTheUrl_ShowsTheFirstStoresLastSevenDaysWithData()
    {
        await SampleStore.SeedAsync(this);
        var page = OpenReview(string.Empty);

        // The store's last day with data is 2026-11-03: 7 days back is 2026-10-28, which holds 10-31..11-03.
        Assert.Equal(4000m + 4000m, Value(page.Find(".kpi-card[data-kpi='visitors']")));
    }

    private IRenderedComponent<Page> OpenReview(string query, string readySelector = "[data-kpi='visitors']")
    {
        var page = Open<Page>("/" + query);
        page.WaitForElement(readySelector, Patience);
        return page;
    }
}
