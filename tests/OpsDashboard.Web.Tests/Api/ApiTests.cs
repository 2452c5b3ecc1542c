using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsDashboard.Data;

namespace OpsDashboard.Web.Tests.Api;

/// <summary>Every v1 endpoint and error code, through the real pipeline, on both real providers.</summary>
public sealed class ApiTests
{
    private const string Store = "/api/v1/stores/demo";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Healthz_DatabaseAnswers_Returns200WithoutKey(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var response = await app.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Api_MissingOrWrongKey_Returns401ProblemDetails(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var anonymous = app.CreateClient();
        var missing = await anonymous.GetAsync("/api/v1/stores");
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Api-Key", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        anonymous.DefaultRequestHeaders.Add("X-Api-Key", "wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/stores")).StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Stores_CreateListGetUpdate_AndTheirErrors(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();

        var created = await client.PostAsJsonAsync("/api/v1/stores", new { code = "demo", name = "Demo store", platform = "tmall", currency = "cny" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var store = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("CNY", store.GetProperty("currency").GetString());

        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync("/api/v1/stores", new { code = "demo", name = "Again" })).StatusCode);
        var invalid = await client.PostAsJsonAsync("/api/v1/stores", new { code = "bad code!", name = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("code", (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/v1/stores", new { code = "x1", name = "x", currency = "yuan" })).StatusCode);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/stores");
        Assert.Equal(["demo"], list.EnumerateArray().Select(s => s.GetProperty("code").GetString()));

        var updated = await client.PutAsJsonAsync(Store, new { name = "Renamed", flagshipSku = "100002" });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var body = await updated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Renamed", body.GetProperty("name").GetString());
        Assert.Equal("100002", body.GetProperty("flagshipSku").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync("/api/v1/stores/nope", new { name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/stores/nope")).StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Imports_ThenOverview_GivesExactRatiosOfSums(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = await CreateStoreAsync(app);

        var first = await client.PostAsync($"{Store}/imports/store-daily", SampleFiles.Csv(SampleFiles.StoreDaily));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var result = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("rowsRead").GetInt32());
        Assert.Equal(2, result.GetProperty("rowsInserted").GetInt32());
        Assert.Equal(0, result.GetProperty("rowsUpdated").GetInt32());

        // The same file again updates, never duplicates.
        var again = await (await client.PostAsync($"{Store}/imports/store-daily", SampleFiles.Csv(SampleFiles.StoreDaily))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, again.GetProperty("rowsInserted").GetInt32());
        Assert.Equal(2, again.GetProperty("rowsUpdated").GetInt32());

        var overview = await client.GetFromJsonAsync<JsonElement>($"{Store}/overview?from=2026-11-01&to=2026-11-02");
        Assert.Equal("2026-11-01", overview.GetProperty("from").GetString());
        Assert.Equal(4000, overview.GetProperty("visitors").GetInt64());
        Assert.Equal(10500, overview.GetProperty("pageViews").GetInt64());
        Assert.Equal(130, overview.GetProperty("payingBuyers").GetInt64());
        Assert.Equal(170, overview.GetProperty("orderBuyers").GetInt64());
        Assert.Equal(13000.50m, overview.GetProperty("paymentAmount").GetDecimal());
        Assert.Equal(0.0325m, overview.GetProperty("conversionRate").GetDecimal());
        Assert.Equal(0.0425m, overview.GetProperty("orderConversionRate").GetDecimal());
        Assert.Equal(13000.50m / 130m, overview.GetProperty("averageOrderValue").GetDecimal());
        Assert.Equal(0.75m, overview.GetProperty("bounceRate").GetDecimal());
        Assert.Equal(2.625m, overview.GetProperty("visitDepth").GetDecimal());

        var previous = overview.GetProperty("previous");
        Assert.Equal("2026-10-30", previous.GetProperty("from").GetString());
        Assert.Equal("2026-10-31", previous.GetProperty("to").GetString());
        Assert.Equal(0, previous.GetProperty("visitors").GetInt64());
        Assert.Equal(JsonValueKind.Null, previous.GetProperty("conversionRate").ValueKind);
        Assert.Equal(JsonValueKind.Null, previous.GetProperty("averageOrderValue").ValueKind);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Import_BadRows_Returns422WithEveryRowAndWritesNothing(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = await CreateStoreAsync(app);

        var response = await client.PostAsync($"{Store}/imports/store-daily", SampleFiles.Csv(SampleFiles.StoreDailyWithBadRows));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == 3 && e.GetProperty("column").GetString() == "paying_buyers");
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == 4 && e.GetProperty("column").GetString() == "date");
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("message").GetString())));

        var overview = await client.GetFromJsonAsync<JsonElement>($"{Store}/overview?from=2026-11-01&to=2026-11-30");
        Assert.Equal(0, overview.GetProperty("visitors").GetInt64());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Import_RequestErrors_AreNamed(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = await CreateStoreAsync(app);

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/v1/stores/nope/imports/store-daily", SampleFiles.Csv(SampleFiles.StoreDaily))).StatusCode);
        var unknownKind = await client.PostAsync($"{Store}/imports/orders", SampleFiles.Csv(SampleFiles.StoreDaily));
        Assert.Equal(HttpStatusCode.BadRequest, unknownKind.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync($"{Store}/imports/store-daily", SampleFiles.Csv(string.Empty))).StatusCode);

        // The test host allows 1 MB.
        var tooLarge = await client.PostAsync($"{Store}/imports/store-daily", new ByteArrayContent(new byte[(1024 * 1024) + 10]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);

        // multipart/form-data with the field "file" works like the raw body.
        using var form = new MultipartFormDataContent { { SampleFiles.Csv(SampleFiles.StoreDaily), "file", "traffic.csv" } };
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"{Store}/imports/store-daily", form)).StatusCode);
        using var wrongField = new MultipartFormDataContent { { SampleFiles.Csv(SampleFiles.StoreDaily), "upload", "traffic.csv" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync($"{Store}/imports/store-daily", wrongField)).StatusCode);

        // curl --data-binary @file.csv sends the bytes as application/x-www-form-urlencoded: still the file itself.
        using var curlStyle = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(SampleFiles.StoreDaily));
        curlStyle.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"{Store}/imports/store-daily", curlStyle)).StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "from=2026-11-01")]
    [InlineData(DatabaseProvider.Sqlite, "from=2026-11-01&to=tomorrow")]
    [InlineData(DatabaseProvider.Sqlite, "from=2026-11-05&to=2026-11-01")]
    [InlineData(DatabaseProvider.Postgres, "from=2026-02-30&to=2026-03-01")]
    [InlineData(DatabaseProvider.Postgres, "from=2026-11-05&to=2026-11-01")]
    public async Task Reads_BadDates_Return400WithMessage(DatabaseProvider provider, string query)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = await CreateStoreAsync(app);
        foreach (var endpoint in new[] { "overview", "page-health", "sources", "skus" })
        {
            var response = await client.GetAsync($"{Store}/{endpoint}?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.False(string.IsNullOrWhiteSpace((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/stores/nope/{endpoint}?from=2026-11-01&to=2026-11-02")).StatusCode);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task PageHealthSourcesSkus_FollowDomainRules(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = await CreateStoreAsync(app);
        foreach (var (kind, file) in new[] { ("store-daily", SampleFiles.StoreDaily), ("sku-daily", SampleFiles.SkuDaily), ("source-daily", SampleFiles.SourceDaily) })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"{Store}/imports/{kind}", SampleFiles.Csv(file))).StatusCode);
        }

        const string range = "from=2026-11-01&to=2026-11-02";
        var health = await client.GetFromJsonAsync<JsonElement>($"{Store}/page-health?{range}");
        Assert.Equal("680512345678901234", health.GetProperty("flagshipSku").GetString());
        Assert.Equal(100m, health.GetProperty("flagshipAov").GetDecimal());
        Assert.Equal(13000.50m / 130m / 100m, health.GetProperty("aovRatio").GetDecimal());
        Assert.False(health.GetProperty("returningHeavy").GetBoolean());
        var checks = health.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("metric").GetString()!, c => c);
        Assert.Equal("fail", checks["aovRatio"].GetProperty("status").GetString());
        Assert.Equal(1.3m, checks["aovRatio"].GetProperty("threshold").GetDecimal());
        Assert.Equal("fail", checks["bounceRate"].GetProperty("status").GetString());
        Assert.Equal(0.75m, checks["bounceRate"].GetProperty("value").GetDecimal());
        Assert.Equal("warn", checks["visitDepth"].GetProperty("status").GetString());

        var sources = (await client.GetFromJsonAsync<JsonElement>($"{Store}/sources?{range}")).EnumerateArray()
            .ToDictionary(s => s.GetProperty("source").GetString()!, s => s);
        Assert.Equal(["关键词推广", "手淘搜索"], sources.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(500, sources["关键词推广"].GetProperty("visitors").GetInt64());
        Assert.Equal(750m, sources["关键词推广"].GetProperty("cost").GetDecimal());
        Assert.Equal(2m, sources["关键词推广"].GetProperty("roi").GetDecimal());
        Assert.Equal(0.03m, sources["关键词推广"].GetProperty("conversionRate").GetDecimal());
        Assert.Equal(JsonValueKind.Null, sources["手淘搜索"].GetProperty("roi").ValueKind);

        var skus = (await client.GetFromJsonAsync<JsonElement>($"{Store}/skus?{range}")).EnumerateArray().ToList();
        Assert.Equal("680512345678901234", skus[0].GetProperty("sku").GetString());
        Assert.Equal(0.04m, skus[0].GetProperty("conversionRate").GetDecimal());
        Assert.Equal(100m, skus[0].GetProperty("averageOrderValue").GetDecimal());
        Assert.False(skus[0].GetProperty("presale").GetBoolean());
        var presale = skus.Single(s => s.GetProperty("sku").GetString() == "100002");
        Assert.True(presale.GetProperty("presale").GetBoolean());
        Assert.Equal(0m, presale.GetProperty("conversionRate").GetDecimal());
        Assert.Equal(0.1m, presale.GetProperty("orderConversionRate").GetDecimal());
        Assert.Equal(JsonValueKind.Null, presale.GetProperty("averageOrderValue").ValueKind);

        // A chosen flagship wins over the best seller; with no paying buyers its AOV is unknown.
        await client.PutAsJsonAsync(Store, new { flagshipSku = "100002" });
        var chosen = await client.GetFromJsonAsync<JsonElement>($"{Store}/page-health?{range}");
        Assert.Equal("100002", chosen.GetProperty("flagshipSku").GetString());
        Assert.Equal(JsonValueKind.Null, chosen.GetProperty("aovRatio").ValueKind);
        Assert.Equal("nodata", chosen.GetProperty("checks")[0].GetProperty("status").GetString());
    }

    private static async Task<HttpClient> CreateStoreAsync(ApiFactory app)
    {
        var client = app.CreateApiClient();
        var response = await client.PostAsJsonAsync("/api/v1/stores", new { code = "demo", name = "Demo", platform = "tmall", currency = "CNY" });
        response.EnsureSuccessStatusCode();
        return client;
    }
}
