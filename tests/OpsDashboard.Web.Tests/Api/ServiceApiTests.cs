using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Data;
using OpsDashboard.Testing;
using OpsDashboard.Web.Tests.Components;

namespace OpsDashboard.Web.Tests.Api;

/// <summary>
/// DOMAIN §7's service, refunds, competitors and lost-customers calls: exact JSON fields, hand-computed
/// values (an agent at exactly 50%, a zero-inquiry agent → null, immature days, a refund whose status
/// changes on re-import, a rival with missing days), on both providers.
/// </summary>
public sealed class ServiceApiTests
{
    private const string Store = "/api/v1/stores/svc";
    private const string Week = "from=2026-11-23&to=2026-11-29";

    /// <summary>2026-11-30 09:00 in Shanghai: 11-27 and later are immature.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Service_AgentsAndTotal_MatchTheHandComputedFigures(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        await using var clocked = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(new TestTimeProvider(Now))));
        var client = await StoreClientAsync(clocked.CreateClient());
        var import = await client.PostAsync($"{Store}/imports/service-agents", File(ServiceExportFiles.Write(ServiceExportFiles.ChituAgents, ExportFormat.CsvGb18030)));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var imported = await import.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(5, imported.GetProperty("rowsRead").GetInt32());
        Assert.Equal(4, imported.GetProperty("rowsInserted").GetInt32());

        var service = await client.GetFromJsonAsync<JsonElement>($"{Store}/service?{Week}");

        var agents = service.GetProperty("agents").EnumerateArray().ToDictionary(a => a.GetProperty("agent").GetString()!);
        Assert.Equal(
            ["agent", "consulted", "received", "inquirers", "inquiryPayingBuyers", "inquiryConversionRate", "salesAmount", "averageOrderValue", "averageResponseSeconds", "unanswered", "status", "immatureDays"],
            agents["店铺:小美"].EnumerateObject().Select(p => p.Name));
        var mei = agents["店铺:小美"];
        Assert.Equal(0.5m, mei.GetProperty("inquiryConversionRate").GetDecimal());
        Assert.Equal("pass", mei.GetProperty("status").GetString());
        Assert.Equal(60, mei.GetProperty("consulted").GetInt64());
        Assert.Equal(3380m, mei.GetProperty("salesAmount").GetDecimal());
        Assert.Equal(11.64m, mei.GetProperty("averageResponseSeconds").GetDecimal());
        Assert.Equal(1, mei.GetProperty("immatureDays").GetInt32());
        Assert.Equal("fail", agents["店铺:阿杰"].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, agents["店铺:新人"].GetProperty("inquiryConversionRate").ValueKind);
        Assert.Equal(JsonValueKind.Null, agents["店铺:新人"].GetProperty("averageOrderValue").ValueKind);
        Assert.Equal("nodata", agents["店铺:新人"].GetProperty("status").GetString());
        var total = service.GetProperty("total");
        Assert.Equal(JsonValueKind.Null, total.GetProperty("agent").ValueKind);
        Assert.Equal(46, total.GetProperty("inquirers").GetInt64());
        Assert.Equal(20, total.GetProperty("inquiryPayingBuyers").GetInt64());
        Assert.Equal("fail", total.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Refunds_ByReasonSkuAndDay_FollowTheStatusOfTheLatestImport(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = await StoreClientAsync(app.CreateApiClient());
        (await client.PostAsync($"{Store}/imports/store-daily", SampleFiles.Csv("date,visitors,payment_amount\n2026-11-24,1000,5000\n2026-11-25,1000,5000\n"))).EnsureSuccessStatusCode();
        (await client.PostAsync($"{Store}/imports/sku-daily", SampleFiles.Csv("date,sku_code,visitors,payment_amount\n2026-11-25,680512345678901234,300,3380\n"))).EnsureSuccessStatusCode();
        (await client.PostAsync($"{Store}/imports/refunds", File(ServiceExportFiles.Write(ServiceExportFiles.QianniuRefunds("退款中", ""), ExportFormat.Xlsx)))).EnsureSuccessStatusCode();
        var pending = await client.GetFromJsonAsync<JsonElement>($"{Store}/refunds?{Week}&by=sku");
        Assert.Equal(100m, Assert.Single(pending.EnumerateArray()).GetProperty("amount").GetDecimal());

        var reimport = await client.PostAsync($"{Store}/imports/refunds", File(ServiceExportFiles.Write(ServiceExportFiles.QianniuRefunds("退款成功", "2026-11-25 18:00:00"), ExportFormat.Xlsx)));
        var result = await reimport.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, result.GetProperty("rowsUpdated").GetInt32());

        var bySku = Assert.Single((await client.GetFromJsonAsync<JsonElement>($"{Store}/refunds?{Week}&by=sku")).EnumerateArray());
        Assert.Equal(["key", "refunds", "amount", "refundRate"], bySku.EnumerateObject().Select(p => p.Name));
        Assert.Equal("680512345678901234", bySku.GetProperty("key").GetString());
        Assert.Equal(2, bySku.GetProperty("refunds").GetInt64());
        Assert.Equal(338m, bySku.GetProperty("amount").GetDecimal());
        Assert.Equal(0.1m, bySku.GetProperty("refundRate").GetDecimal());
        var byReason = (await client.GetFromJsonAsync<JsonElement>($"{Store}/refunds?{Week}")).EnumerateArray().ToList();
        Assert.Equal(["尺码不合适", "质量问题"], byReason.Select(g => g.GetProperty("key").GetString()));
        Assert.Equal(0.0238m, byReason[0].GetProperty("refundRate").GetDecimal());
        var byDay = (await client.GetFromJsonAsync<JsonElement>($"{Store}/refunds?{Week}&by=day")).EnumerateArray().ToList();
        Assert.Equal(["2026-11-24", "2026-11-25"], byDay.Select(g => g.GetProperty("key").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"{Store}/refunds?{Week}&by=colour")).StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CompetitorsAndLostCustomers_IndicesStayIndices_WithRatiosAndChange(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = await StoreClientAsync(app.CreateApiClient());
        (await client.PostAsync($"{Store}/imports/competitors", File(ServiceExportFiles.Write(ServiceExportFiles.SycmCompetitors, ExportFormat.CsvUtf8)))).EnsureSuccessStatusCode();
        (await client.PostAsync($"{Store}/imports/lost-customers", File(ServiceExportFiles.Write(ServiceExportFiles.SycmLostShops(new(2026, 11, 22), 1000, 500), ExportFormat.CsvUtf8)))).EnsureSuccessStatusCode();
        (await client.PostAsync($"{Store}/imports/lost-customers", File(ServiceExportFiles.Write(ServiceExportFiles.SycmLostShops(new(2026, 11, 29), 1300, 400), ExportFormat.CsvUtf8)))).EnsureSuccessStatusCode();

        var rivals = (await client.GetFromJsonAsync<JsonElement>($"{Store}/competitors?{Week}")).EnumerateArray().ToList();
        Assert.Equal(
            ["rival", "kind", "isSelf", "tradeIndex", "trafficIndex", "searchPopularity", "favoritePopularity", "cartPopularity", "conversionIndex", "customerIndex", "tradeIndexVsSelf"],
            rivals[0].EnumerateObject().Select(p => p.Name));
        Assert.True(rivals[0].GetProperty("isSelf").GetBoolean());
        Assert.Equal(11000m, rivals[0].GetProperty("tradeIndex").GetDecimal());
        Assert.Equal("对手旗舰店", rivals[1].GetProperty("rival").GetString());
        Assert.Equal("shop", rivals[1].GetProperty("kind").GetString());
        Assert.Equal(20000m, rivals[1].GetProperty("tradeIndex").GetDecimal());
        Assert.Equal(JsonValueKind.Null, rivals[1].GetProperty("favoritePopularity").ValueKind);
        Assert.Equal(Math.Round(20000m / 11000m, 6), Math.Round(rivals[1].GetProperty("tradeIndexVsSelf").GetDecimal(), 6));

        var losses = (await client.GetFromJsonAsync<JsonElement>($"{Store}/lost-customers?{Week}")).EnumerateArray().ToList();
        Assert.Equal(["rival", "kind", "lossIndex", "lossPopularity", "change"], losses[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("对手旗舰店", losses[0].GetProperty("rival").GetString());
        Assert.Equal(0.3m, losses[0].GetProperty("change").GetDecimal());
        Assert.Equal(-0.2m, losses[1].GetProperty("change").GetDecimal());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task BadFilesAndRequests_AnswerWithTheUsualErrors(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = await StoreClientAsync(app.CreateApiClient());

        var bad = await client.PostAsync($"{Store}/imports/service-agents?lang=zh-CN", SampleFiles.Csv("日期,旺旺,询单人数,询单->最终付款人数\n2026-11-24,小美,5,6\n"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var error = Assert.Single((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.Equal(2, error.GetProperty("row").GetInt32());
        Assert.Equal("询单->最终付款人数", error.GetProperty("column").GetString());
        Assert.Contains("大于", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        var service = await client.GetFromJsonAsync<JsonElement>($"{Store}/service?{Week}");
        Assert.Empty(service.GetProperty("agents").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, service.GetProperty("total").GetProperty("inquirers").ValueKind);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/stores/nope/service?{Week}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/stores/nope/competitors?{Week}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"{Store}/lost-customers?from=2026-11-29&to=2026-11-23")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"{Store}/competitors?from=yesterday&to=2026-11-23")).StatusCode);
    }

    private static async Task<HttpClient> StoreClientAsync(HttpClient client)
    {
        if (!client.DefaultRequestHeaders.Contains("X-Api-Key"))
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.ApiKey);
        }

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/stores", new { code = "svc", name = "Service" })).StatusCode);
        return client;
    }

    private static ByteArrayContent File(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }
}
