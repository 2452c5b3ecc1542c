using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OpsDashboard.Data;

namespace OpsDashboard.Web.Tests.Api;

/// <summary>Today's attention list over real data on both providers.</summary>
public sealed class AttentionApiTests
{
    private const string Store = "/api/v1/stores/att";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Attention_ListsWhatToDo_WithFiguresTeamsAndWords(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "att", name = "Att", platform = "tmall", currency = "CNY" })).EnsureSuccessStatusCode();

        // Eight days; on 11-08 sales halve through traffic, inquiry conversion sits at 40%.
        var store = new StringBuilder("date,visitors,paying_buyers,payment_amount,inquirers,inquiry_paying_buyers\n");
        var sources = new StringBuilder("date,source,visitors,cost,payment_amount\n");
        var skus = new StringBuilder("date,sku_code,visitors,paying_buyers,units,payment_amount,stock_on_hand,negative_reviews\n");
        for (var day = 1; day <= 8; day++)
        {
            var visitors = day == 8 ? 500 : 1000;
            store.Append(System.Globalization.CultureInfo.InvariantCulture, $"2026-11-{day:00},{visitors},{visitors / 50},{visitors * 2},10,4\n");
            sources.Append(System.Globalization.CultureInfo.InvariantCulture, $"2026-11-{day:00},手淘搜索,{visitors},0,{visitors * 2}\n");
            sources.Append(System.Globalization.CultureInfo.InvariantCulture, $"2026-11-{day:00},关键词推广,100,100,150\n");
            skus.Append(System.Globalization.CultureInfo.InvariantCulture, $"2026-11-{day:00},A1,300,6,10,600,{(day == 8 ? 20 : 500)},{(day == 8 ? 1 : 0)}\n");
        }

        foreach (var (kind, file) in new[] { ("store-daily", store), ("source-daily", sources), ("sku-daily", skus) })
        {
            (await client.PostAsync($"{Store}/imports/{kind}", new StringContent(file.ToString()))).EnsureSuccessStatusCode();
        }

        (await client.PutAsJsonAsync($"{Store}/targets?month=2026-11", new { amount = 60000 })).EnsureSuccessStatusCode();

        var items = (await client.GetFromJsonAsync<JsonElement>($"{Store}/attention?date=2026-11-08")).EnumerateArray().ToList();
        var rules = items.Select(i => i.GetProperty("rule").GetString()).ToList();
        Assert.Equal(["targetMissed", "negativeReviews", "lowStock", "sourceDrop", "paidRoiLow", "inquiryConversionLow"], rules);

        var target = items[0];
        Assert.Equal("high", target.GetProperty("severity").GetString());
        Assert.Equal("operations", target.GetProperty("team").GetString());
        Assert.Equal("traffic", target.GetProperty("subject").GetString());
        Assert.Equal(-1000m, target.GetProperty("figures").GetProperty("dayGap").GetDecimal());
        Assert.Contains("¥1,000.00", target.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("traffic", target.GetProperty("action").GetString(), StringComparison.Ordinal);
        Assert.Equal("/?store=att&from=2026-11-08&to=2026-11-08", target.GetProperty("link").GetString());

        var roi = items.Single(i => i.GetProperty("rule").GetString() == "paidRoiLow");
        Assert.Equal("关键词推广", roi.GetProperty("subject").GetString());
        Assert.Equal(1.5m, roi.GetProperty("figures").GetProperty("roi").GetDecimal());
        Assert.Equal("/?store=att&from=2026-11-02&to=2026-11-08", roi.GetProperty("link").GetString());

        var chinese = (await client.GetFromJsonAsync<JsonElement>($"{Store}/attention?date=2026-11-08&lang=zh-CN")).EnumerateArray().First();
        Assert.Contains("未达成当日目标", chinese.GetProperty("message").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"{Store}/attention?date=yesterday")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/stores/nope/attention")).StatusCode);
        var quietDay = (await client.GetFromJsonAsync<JsonElement>($"{Store}/attention?date=2026-11-04")).EnumerateArray().ToList();
        Assert.DoesNotContain(quietDay, i => i.GetProperty("rule").GetString() is "targetMissed" or "lowStock" or "sourceDrop");
        // Judged against the usual Sunday (11-01: 1,000 visitors, 2,000 sales), not the day before: traffic fell by half.
        Assert.Contains("missed the day's target ¥2,000.00 by ¥1,000.00, −50.0% against the store's usual same weekday (¥2,000.00; 1 of the last 4, promotion days left out): traffic −50.0%, conversion 0.0%, AOV 0.0%.", target.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(-0.5m, target.GetProperty("figures").GetProperty("trafficVsRunRate").GetDecimal());
        Assert.Equal(0, target.GetProperty("more").GetInt32());
        Assert.Equal(1000m, target.GetProperty("figures").GetProperty("dayShortfall").GetDecimal());

        // Only the store file of 11-09 is in yet: its channels are unknown that day, not all at zero.
        (await client.PostAsync($"{Store}/imports/store-daily", new StringContent("date,visitors,paying_buyers,payment_amount\n2026-11-09,1000,20,2000\n"))).EnsureSuccessStatusCode();
        var partialDay = (await client.GetFromJsonAsync<JsonElement>($"{Store}/attention?date=2026-11-09")).EnumerateArray().ToList();
        Assert.DoesNotContain(partialDay, i => i.GetProperty("rule").GetString() == "sourceDrop");
    }
}

public sealed class PortfolioApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Portfolio_RanksTheStoreThatNeedsMostFirst(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        foreach (var code in new[] { "a-calm", "b-trouble" })
        {
            (await client.PostAsJsonAsync("/api/v1/stores", new { code, name = code })).EnsureSuccessStatusCode();
        }

        // Both sell the same; b-trouble's pages fail (bounce 75%, depth 2.625) and it has a negative review on a top SKU.
        (await client.PostAsync("/api/v1/stores/a-calm/imports/store-daily", new StringContent(
            "date,visitors,page_views,bounced_visitors,paying_buyers,payment_amount\n2026-11-01,1000,4000,500,40,4000\n2026-11-02,1000,4000,500,40,4000\n"))).EnsureSuccessStatusCode();
        (await client.PostAsync("/api/v1/stores/b-trouble/imports/store-daily", SampleFiles.Csv(SampleFiles.StoreDaily))).EnsureSuccessStatusCode();
        (await client.PostAsync("/api/v1/stores/b-trouble/imports/sku-daily", new StringContent(
            "date,sku_code,visitors,negative_reviews\n2026-11-02,A1,100,2\n"))).EnsureSuccessStatusCode();

        var ranked = (await client.GetFromJsonAsync<JsonElement>("/api/v1/portfolio?from=2026-11-01&to=2026-11-02")).EnumerateArray().ToList();

        Assert.Equal(["b-trouble", "a-calm"], ranked.Select(e => e.GetProperty("store").GetProperty("code").GetString()));
        Assert.Equal(1, ranked[0].GetProperty("highSeverityItems").GetInt32());
        Assert.Equal("fail", ranked[0].GetProperty("pageHealth").GetProperty("bounceRate").GetString());
        Assert.Equal("pass", ranked[1].GetProperty("pageHealth").GetProperty("bounceRate").GetString());
        Assert.Equal(8000m, ranked[1].GetProperty("paymentAmount").GetDecimal());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/portfolio?from=2026-11-02&to=2026-11-01")).StatusCode);
    }
}
