using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace OpsDashboard.E2E;

/// <summary>
/// Issue 16: what makes a screen open fast and stay light, checked against the real app on Kestrel.
/// No script blocks the first paint and a closed tab gives its circuit back; every stylesheet and script a page links is
/// fingerprinted, cached for a year and sent compressed (checked on the published app, PublishedBuildTests).
/// </summary>
public sealed partial class ScreenSpeedTests(SharedApp shared) : BrowserTests(shared), IClassFixture<SharedApp>
{
    [Fact]
    public async Task NoScript_BlocksTheFirstPaint()
    {
        using var http = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        var html = await http.GetStringAsync(new Uri("/login", UriKind.Relative));
        var tags = ScriptTags().Matches(html).Select(m => m.Value).ToList();
        Assert.NotEmpty(tags);
        Assert.All(tags, tag => Assert.Matches(@"\s(defer|async)(\s|>|=)", tag));
    }

    /// <summary>
    /// The prerendered page already carries the figures; the circuit shows what that prerender read instead of reading
    /// it all again before the page answers clicks (one read per visit), for every screen that hands its read over.
    /// </summary>
    [Theory]
    [InlineData("/?store=demo")]
    [InlineData("/page-health?store=demo")]
    [InlineData("/meeting?store=demo")]
    [InlineData("/portfolio")]
    public async Task TheCircuit_ShowsWhatThePrerenderRead(string path)
    {
        await OnceAsync("demo", MorningReviewTests.CreateSampleStoreAsync);
        var handoff = App.Services.GetRequiredService<OpsDashboard.Web.Components.Layout.PrerenderHandoff>();
        var taken = handoff.Taken;
        var page = await Screens.OpenAsync(Chromium, App, "en", path, 1440, 900);
        await Screens.WaitUntilInteractiveAsync(page);

        Assert.True(handoff.Taken > taken, $"the circuit of {path} read its figures again instead of taking the prerender's");
        await page.Context.CloseAsync();
    }

    /// <summary>A regression guard: the browser's goodbye on closing a tab releases the circuit at once (not after the retention period).</summary>
    [Fact]
    public async Task ClosingTheTab_ReleasesItsCircuit()
    {
        await OnceAsync("demo", MorningReviewTests.CreateSampleStoreAsync);
        using var circuits = new CircuitGauge(App.Services.GetRequiredService<IMeterFactory>());
        var page = await Screens.OpenAsync(Chromium, App, "en", "/?store=demo", 1440, 900);
        await Screens.WaitUntilInteractiveAsync(page);
        Assert.Equal(1, circuits.Connected);

        await page.CloseAsync();

        Assert.True(await circuits.WaitUntilActiveAtMostAsync(0, TimeSpan.FromSeconds(30)), $"{circuits.Active} circuit(s) still held after the tab closed");
    }

    /// <summary>
    /// Every stylesheet and script the root component links (read from the anonymous sign-in page) is fingerprinted —
    /// cached for a year as immutable — and answers compressed. Only a production app shows it: in development and in
    /// the in-process test app, MapStaticAssets sends no-cache so edited files are picked up (PublishedBuildTests runs it).
    /// </summary>
    internal static async Task AssertAssetsFingerprintedCachedAndCompressedAsync(string baseUrl)
    {
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = new Uri(baseUrl) };
        var html = await http.GetStringAsync(new Uri("/login", UriKind.Relative));
        var assets = Stylesheets().Matches(html).Concat(Scripts().Matches(html)).Select(m => m.Groups["url"].Value).ToList();
        Assert.Contains(assets, url => url.Contains("MudBlazor.min", StringComparison.Ordinal) && url.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, url => url.Contains("blazor.web", StringComparison.Ordinal));
        Assert.Contains(assets, url => url.Contains("app.", StringComparison.Ordinal) && url.EndsWith(".js", StringComparison.Ordinal));

        foreach (var url in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            using var response = await http.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
            var cache = response.Headers.CacheControl;
            Assert.True(cache is { MaxAge: { } age } && age >= TimeSpan.FromDays(365) && cache.Extensions.Any(e => e.Name == "immutable"),
                $"{url} is cached as '{cache}', not for a year as immutable (a fingerprinted URL)");
            Assert.True(response.Content.Headers.ContentEncoding.Any(e => e is "br" or "gzip"),
                $"{url} came uncompressed ({response.Content.Headers.ContentLength} bytes)");
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
        }
    }

    [GeneratedRegex("""<link[^>]*rel="stylesheet"[^>]*href="(?<url>[^"]+)"|<link[^>]*href="(?<url>[^"]+)"[^>]*rel="stylesheet"[^>]*>""")]
    private static partial Regex Stylesheets();

    [GeneratedRegex("""<script[^>]*src="(?<url>[^"]+)"[^>]*>""")]
    private static partial Regex Scripts();

    [GeneratedRegex("""<script[^>]*src="[^"]+"[^>]*>""")]
    private static partial Regex ScriptTags();
}
