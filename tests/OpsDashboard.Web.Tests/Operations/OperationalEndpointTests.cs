using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using OpsDashboard.Data;
using OpsDashboard.Web.Operations;
using OpsDashboard.Web.Tests.Api;

namespace OpsDashboard.Web.Tests.Operations;

/// <summary>Liveness, readiness and the language switch's return address, through the real pipeline.</summary>
public sealed class OperationalEndpointTests
{
    [Fact]
    public async Task Live_AnswersWithoutTheDatabase()
    {
        await using var app = await ApiFactory.CreateAsync(DatabaseProvider.Sqlite);
        var response = await app.CreateClient().GetAsync("/healthz/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("alive", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("evil", "/")]
    [InlineData("", "/")]
    [InlineData("/page-health?store=demo", "/page-health?store=demo")]
    public async Task Culture_ReturnsOnlyToThisSite_WithoutAnError(string returnUrl, string expected)
    {
        await using var app = await ApiFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/culture/en?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("en", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/\r\nSet-Cookie: x=1", "/")]
    [InlineData("/\\", "/")]
    [InlineData("/", "/")]
    [InlineData("/meeting", "/meeting")]
    public void LocalReturnUrl_RefusesOtherSitesAndControlCharacters(string returnUrl, string expected) =>
        Assert.Equal(expected, OperationalEndpoints.LocalReturnUrl(returnUrl));
}
