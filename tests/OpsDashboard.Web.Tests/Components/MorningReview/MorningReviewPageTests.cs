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
        Assert.Equal("Sales +30.0%: traffic 0.0%, conversion +30.0%, AOV 0.0%.", page.Find("[data-testid='what-moved-sentence']").TextContent.Trim());
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
    public void NoStores_OpensTheFirstRunPath_CreateImportReview()
    {
        var page = OpenReview(string.Empty, "[data-testid='first-run']");

        Assert.Equal(["create", "import", "review"], page.FindAll("[data-testid='first-run'] [data-step]").Select(e => e.GetAttribute("data-step")));
        Assert.Equal("/stores", page.Find("[data-testid='first-run-create']").GetAttribute("href"));
        Assert.DoesNotContain("/api/v1", page.Find("[data-testid='first-run']").TextContent, StringComparison.Ordinal);
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

    /// <summary>
    /// November's 300,000 evenly is 10,000 a day. 11-03 sold 9,000.50: missed by 999.50. Month to
    /// date (11-01..03) 5,000 + 4,000 + 9,000.50 = 18,000.50 against 30,000; at that pace the month
    /// ends at 18,000.50 × 300,000 ÷ 30,000 = 180,005. The store has no same weekday in the 4 weeks
    /// before, so no driver is named (against the day before conversion fell, but that is no fair reference).
    /// </summary>
    [Fact]
    public async Task AMissedDailyTarget_SaysByHowMuch_ThePace_AndNamesNoDriverWithoutAUsualWeekday()
    {
        await SampleStore.SeedAsync(this);
        var store = (await Stores.FindAsync(SampleStore.Code))!;
        await Targets.SetAsync(store.Id, new Core.Targets.TargetPeriod(Core.Targets.TargetPeriodKind.Month, new DateOnly(2026, 11, 1), 300_000m, Core.Targets.TargetShape.Even));

        var page = OpenReview(SampleStore.Query, "[data-testid='target-panel'] [data-kpi='dayActual']");

        Assert.Equal("fail", page.Find("[data-check='dayTarget']").GetAttribute("data-status"));
        Assert.Equal(9000.50m, Value(page.Find("[data-kpi='dayActual']")));
        Assert.Equal(10_000m, Value(page.Find("[data-kpi='dayTarget']")));
        Assert.Equal(18_000.50m, Value(page.Find("[data-kpi='monthToDateActual']")));
        Assert.Equal(30_000m, Value(page.Find("[data-kpi='monthToDateTarget']")));
        Assert.Equal(180_005m, Value(page.Find("[data-kpi='projectedMonthEnd']")));
        Assert.Contains("¥999.50", page.Find("[data-check='dayTarget']").TextContent, StringComparison.Ordinal);
        Assert.Equal(("", "noBaseline"), (page.Find("[data-testid='missed-reason']").GetAttribute("data-driver"), page.Find("[data-testid='missed-reason']").GetAttribute("data-reason")));

        // The same miss heads today's attention list, linked to the day on the morning review.
        var first = page.FindAll("[data-testid='attention-list'] .attention-item")[0];
        Assert.Equal("targetMissed", first.GetAttribute("data-attention-rule"));
        Assert.Equal("/?store=sample&from=2026-11-03&to=2026-11-03", first.QuerySelector("[data-testid='attention-link']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task WithoutATarget_ThePanelLinksToSettings_AndTheListHasNoTargetItem()
    {
        await SampleStore.SeedAsync(this);
        var page = OpenReview(SampleStore.Query);

        Assert.Equal("/settings?store=sample", page.Find("[data-testid='no-target'] a").GetAttribute("href"));
        Assert.DoesNotContain(page.FindAll("[data-attention-rule]"), e => e.GetAttribute("data-attention-rule") == "targetMissed");
    }

    /// <summary>Today is 2026-11-18 and the store's newest day is 11-03: the page says so and links to the import.</summary>
    [Fact]
    public async Task DataOlderThanYesterday_IsFlagged_AndYesterdaysDataClearsTheFlag()
    {
        await SampleStore.SeedAsync(this);
        var page = OpenReview(SampleStore.Query);

        Assert.Equal("2026-11-03", page.Find("[data-testid='stale-data']").GetAttribute("data-value"));
        Assert.Equal("/import?store=sample", page.Find("[data-testid='stale-data'] a").GetAttribute("href"));

        var store = (await Stores.FindAsync(SampleStore.Code))!;
        await ImportAsync(store.Id, Data.Import.ImportKind.StoreDaily, "date,visitors,paying_buyers,payment_amount\n2026-11-17,100,2,200\n");
        Navigation.NavigateTo("/" + SampleStore.Query + "&compare=yoy");
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid='stale-data']")), Patience);
    }

    /// <summary>The trend covers 2026-10-05..11-03, so a note on 11-02 marks day 28 (from 0) of every line.</summary>
    [Fact]
    public async Task ANoteOnADay_IsMarkedOnEveryTrendLine_AndListedUnderTheCards()
    {
        await SampleStore.SeedAsync(this);
        var store = (await Stores.FindAsync(SampleStore.Code))!;
        await Annotations.AddAsync(store.Id, new DateOnly(2026, 11, 2), "Main image changed");
        await Annotations.AddAsync(store.Id, new DateOnly(2026, 9, 1), "Too old for the trend");

        var page = OpenReview(SampleStore.Query);

        var lines = page.FindAll("[data-sparkline]");
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Equal("28", line.GetAttribute("data-marks")));
        Assert.Equal(["2026-11-02"], page.FindAll("[data-testid='trend-notes'] [data-note-date]").Select(e => e.GetAttribute("data-note-date")));
        Assert.Contains("Main image changed", page.Find("[data-testid='trend-notes']").TextContent, StringComparison.Ordinal);
    }

    /// <summary>The two-day store's files have no refund, add-to-cart, favourite or stay column: each reads "—", never 0.</summary>
    [Fact]
    public async Task FiguresNoFileReported_ReadDash_AndALaterFileFillsThem()
    {
        await SampleStore.SeedAsync(this);
        var page = OpenReview(SampleStore.Query);

        Assert.Equal("Refunds — (— of sales)", page.Find("[data-note='paymentAmount']").TextContent.Trim());
        Assert.Equal("Add-to-cart — · favourites —", page.Find("[data-note='conversionRate']").TextContent.Trim());
        Assert.Equal("Average stay —", page.Find("[data-note='visitDepth']").TextContent.Trim());

        // The customer-service and refund export of the same days adds its columns without touching traffic.
        var store = (await Stores.FindAsync(SampleStore.Code))!;
        await ImportAsync(store.Id, Data.Import.ImportKind.StoreDaily,
            "date,refund_amount,add_to_cart_buyers\n2026-11-02,130.00,400\n");
        await ImportAsync(store.Id, Data.Import.ImportKind.StoreDaily, "date,refund_amount\n2026-11-03,1170.05\n");
        Navigation.NavigateTo("/" + SampleStore.Query + "&compare=yoy");

        // Refunds 1,300.05 of 13,000.50 sales = 10.00%; add-to-cart 400 of day 1's 1,000 visitors (day 2 reported none) = 40.00%.
        page.WaitForAssertion(() => Assert.Equal("Refunds ¥1,300.05 (10.00% of sales)", page.Find("[data-note='paymentAmount']").TextContent.Trim()), Patience);
        Assert.StartsWith("Add-to-cart 40.00% ·", page.Find("[data-note='conversionRate']").TextContent.Trim(), StringComparison.Ordinal);
    }

    /// <summary>A SKU whose files never had a negative-review column shows "—" there; one that reported 0 shows 0.</summary>
    [Fact]
    public async Task NegativeReviewsNoFileReported_ReadDash()
    {
        await SampleStore.SeedAsync(this);
        var store = (await Stores.FindAsync(SampleStore.Code))!;
        await ImportAsync(store.Id, Data.Import.ImportKind.SkuDaily, "date,sku_code,sku_name,visitors,paying_buyers,payment_amount\n2026-11-03,N1,New hat,5000,50,5000\n");

        var page = OpenReview(SampleStore.Query);

        string Reviews(string sku) => page.Find($"tr[data-sku='{sku}'] td[data-col='negativeReviews']").TextContent.Trim();
        Assert.Equal("—", Reviews("N1"));
        Assert.Equal("0", Reviews("P200"));
        Assert.Equal("2", Reviews("A100"));
    }

    /// <summary>A source that was in the previous period's files but not in this one's is "not in the files", not −100%.</summary>
    [Fact]
    public async Task ASourceMissingFromThePeriodsFiles_IsSaidSo_NotShownAsADrop()
    {
        await SampleStore.SeedAsync(this);
        var store = (await Stores.FindAsync(SampleStore.Code))!;
        await ImportAsync(store.Id, Data.Import.ImportKind.SourceDaily, "date,source,visitors,paying_buyers,payment_amount\n2026-11-01,淘宝直播,300,3,300\n");

        var page = OpenReview(SampleStore.Query);

        var row = page.FindAll("[data-testid='sources'] tbody tr").Single(r => r.TextContent.Contains("淘宝直播", StringComparison.Ordinal));
        Assert.NotNull(row.QuerySelector("[data-absent='true']"));
        Assert.Contains("Not in this period's files", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("−100", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("nodata", row.QuerySelector("[data-check='visitorDrop']")?.GetAttribute("data-status") ?? "nodata");
    }

    private IRenderedComponent<Page> OpenReview(string query, string readySelector = "[data-kpi='visitors']")
    {
        var page = Open<Page>("/" + query);
        page.WaitForElement(readySelector, Patience);
        return page;
    }
}
