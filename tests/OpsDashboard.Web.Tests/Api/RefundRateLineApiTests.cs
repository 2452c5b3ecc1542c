using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsDashboard.Data;
using OpsDashboard.Testing;

namespace OpsDashboard.Web.Tests.Api;

/// <summary>
/// The refund-rate line is a per-store setting (issue 12): GET /settings has refundRateLine (default 0.10), PUT changes
/// it (validated like every share), and the refund rule of GET /attention follows it. The rest of the contract stays.
/// </summary>
public sealed class RefundRateLineApiTests
{
    private const string Sku = "680512345678901234";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RefundRateLine_IsASetting_AndTheRefundRuleFollowsIt(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "svc", name = "Service" })).EnsureSuccessStatusCode();
        var days = Enumerable.Range(0, 7).Select(i => new DateOnly(2026, 11, 16).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        (await client.PostAsync("/api/v1/stores/svc/imports/store-daily", Content(ServiceExportFiles.Csv(
            [["date", "visitors", "paying_buyers", "payment_amount"], .. days.Select(d => new[] { d, "1000", "30", "1000" })])))).EnsureSuccessStatusCode();
        (await client.PostAsync("/api/v1/stores/svc/imports/sku-daily", Content(ServiceExportFiles.Csv(
            [["date", "商品ID", "visitors", "payment_amount"], .. days.Select(d => new[] { d, Sku, "300", "500" })])))).EnsureSuccessStatusCode();
        var refunds = await client.PostAsync("/api/v1/stores/svc/imports/refunds", Content(ServiceExportFiles.Csv(
            ["退款编号", "商品编码", "买家退款金额", "退款完结时间", "退款状态"],
            ["R1", Sku, "388.00", "2026-11-20 10:00:00", "退款成功"])));
        Assert.Equal(HttpStatusCode.OK, refunds.StatusCode);

        var settings = await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/svc/settings");
        Assert.Equal(0.10m, settings.GetProperty("refundRateLine").GetDecimal());
        Assert.Equal(0.70m, settings.GetProperty("bounceFail").GetDecimal());

        // 388 refunded of 7 × 500 = 11.1%: at or above 10%, under 12%.
        Assert.Contains("refundRateJump", await RulesAsync(client));

        var refused = await client.PutAsJsonAsync("/api/v1/stores/svc/settings", new { refundRateLine = 1.5 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("refundRateLine", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("field").GetString());

        var saved = await client.PutAsJsonAsync("/api/v1/stores/svc/settings", new { refundRateLine = 0.12 });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(0.12m, (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refundRateLine").GetDecimal());
        Assert.DoesNotContain("refundRateJump", await RulesAsync(client));
    }

    private static async Task<List<string>> RulesAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/svc/attention?date=2026-11-22")).EnumerateArray().Select(i => i.GetProperty("rule").GetString()!).ToList();

    private static ByteArrayContent Content(byte[] bytes) => new(bytes);
}
