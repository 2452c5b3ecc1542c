using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OpsDashboard.Data;

namespace OpsDashboard.Web.Tests.Api;

/// <summary>
/// The import endpoint with operators' real files: messages in English by default and in Chinese
/// on request (?lang, Accept-Language), and the file name (multipart, ?fileName, Content-Disposition)
/// dating one-day exports, on both real providers.
/// </summary>
public sealed class ImportRealFilesApiTests
{
    private const string Store = "/api/v1/stores/demo";
    private const string BadRows = "日期,访客数,支付买家数,主商品ID\n2026-11-01,abc,5,1\n2026-11-02,100,120,1\n";
    private const string OneDayRanking = "商品排行\n商品ID,商品名称,商品访客数,商品支付买家数,商品支付金额\nA1,羊毛大衣,100,4,800\n";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Errors_and_warnings_are_english_by_default_and_chinese_on_request(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = await CreateStoreAsync(app);

        var english = await Problem(await client.PostAsync($"{Store}/imports/store-daily", SampleFiles.Csv(BadRows)));
        var byQuery = await Problem(await client.PostAsync($"{Store}/imports/store-daily?lang=zh-CN", SampleFiles.Csv(BadRows)));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Store}/imports/store-daily") { Content = SampleFiles.Csv(BadRows) };
        request.Headers.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");
        var byHeader = await Problem(await client.SendAsync(request));

        Assert.Equal(["'abc' is not a number", "paying buyers (120) exceed visitors (100)"], Messages(english, "errors"));
        Assert.Equal(["Unknown column '主商品ID' ignored"], Messages(english, "warnings"));
        Assert.Equal(["“abc”不是数字", "支付买家数（120）超过访客数（100）"], Messages(byQuery, "errors"));
        Assert.Equal(["未知列“主商品ID”，已忽略"], Messages(byQuery, "warnings"));
        Assert.Equal(Messages(byQuery, "errors"), Messages(byHeader, "errors"));
        Assert.Equal("The file has errors; nothing was written.", english.GetProperty("title").GetString());
        Assert.Equal("文件有错误，未写入任何数据。", byQuery.GetProperty("title").GetString());
        Assert.Equal("在 2 行中发现 2 个问题。请修正后重新导入该文件。", byHeader.GetProperty("detail").GetString());

        var accepted = await client.PostAsync($"{Store}/imports/store-daily?lang=zh-CN", SampleFiles.Csv("日期,访客数,主商品ID\n2026-11-01,100,1\n"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(["未知列“主商品ID”，已忽略"], Messages(await accepted.Content.ReadFromJsonAsync<JsonElement>(), "warnings"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_one_day_export_is_dated_by_its_multipart_query_or_content_disposition_name(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = await CreateStoreAsync(app);

        using var form = new MultipartFormDataContent { { SampleFiles.Csv(OneDayRanking), "file", "【生意参谋平台】商品_全部_2026-11-28_2026-11-28.csv" } };
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"{Store}/imports/sku-daily", form)).StatusCode);

        var byQuery = await client.PostAsync($"{Store}/imports/sku-daily?fileName={Uri.EscapeDataString("【生意参谋平台】商品_全部_2026-11-29_2026-11-29.csv")}", SampleFiles.Csv(OneDayRanking));
        Assert.Equal(HttpStatusCode.OK, byQuery.StatusCode);

        var raw = SampleFiles.Csv(OneDayRanking);
        raw.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = "【生意参谋平台】商品_全部_2026-11-30_2026-11-30.csv" };
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"{Store}/imports/sku-daily", raw)).StatusCode);

        var skus = await client.GetFromJsonAsync<JsonElement>($"{Store}/skus?from=2026-11-28&to=2026-11-30");
        Assert.Equal(300, skus.EnumerateArray().Single().GetProperty("visitors").GetInt64());
        var oneDay = await client.GetFromJsonAsync<JsonElement>($"{Store}/skus?from=2026-11-29&to=2026-11-29");
        Assert.Equal(100, oneDay.EnumerateArray().Single().GetProperty("visitors").GetInt64());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_multi_day_total_is_422_saying_to_export_by_day_and_no_date_at_all_is_the_usual_error(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = await CreateStoreAsync(app);

        using var week = new MultipartFormDataContent { { SampleFiles.Csv(OneDayRanking), "file", "【生意参谋平台】商品_全部_2026-11-24_2026-11-30.csv" } };
        var refused = await client.PostAsync($"{Store}/imports/sku-daily", week);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var message = Assert.Single(Messages(await refused.Content.ReadFromJsonAsync<JsonElement>(), "errors"));
        Assert.StartsWith("The file covers 2026-11-24 to 2026-11-30 (from its file name) but has no date column", message, StringComparison.Ordinal);
        Assert.Contains("按日", message, StringComparison.Ordinal);

        var undated = await client.PostAsync($"{Store}/imports/sku-daily", SampleFiles.Csv(OneDayRanking));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, undated.StatusCode);
        Assert.StartsWith("No header row with 日期/date and 商品ID/sku_code", Assert.Single(Messages(await undated.Content.ReadFromJsonAsync<JsonElement>(), "errors")), StringComparison.Ordinal);

        var skus = await client.GetFromJsonAsync<JsonElement>($"{Store}/skus?from=2026-11-01&to=2026-11-30");
        Assert.Empty(skus.EnumerateArray());
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string?> Messages(JsonElement body, string property) =>
        body.GetProperty(property).EnumerateArray().Select(issue => issue.GetProperty("message").GetString()).ToList();

    private static async Task<HttpClient> CreateStoreAsync(ApiFactory app)
    {
        var client = app.CreateApiClient();
        var response = await client.PostAsJsonAsync("/api/v1/stores", new { code = "demo", name = "Demo", platform = "tmall", currency = "CNY" });
        response.EnsureSuccessStatusCode();
        return client;
    }
}
