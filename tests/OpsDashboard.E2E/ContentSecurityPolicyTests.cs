using Microsoft.Playwright;
using static OpsDashboard.E2E.Screens;

namespace OpsDashboard.E2E;

/// <summary>
/// The app's Content-Security-Policy (default-src 'self', no inline or eval'd script) is strict enough to matter
/// and loose enough to run: every screen, the sign-in page and the wall screen load and become interactive in
/// Chromium without one violation, and an inline script a page did not ship is refused.
/// </summary>
[Collection(DemoDataCollection.Name)]
public sealed class ContentSecurityPolicyTests(DemoApp shared) : BrowserTests(shared)
{
    /// <summary>Records every violation the page reports, from the first byte on.</summary>
    private const string ViolationRecorder = """
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
        """;

    private static readonly string[] Screens =
    [
        "/?store=tmall-flagship", "/page-health?store=tmall-flagship", "/promotion?store=tmall-flagship",
        "/service?store=tmall-flagship", "/competitors?store=tmall-flagship", "/meeting?store=tmall-flagship",
        "/import?store=tmall-flagship", "/portfolio", "/settings?store=tmall-flagship", "/stores",
        "/admin/users", "/admin/audit", "/account/keys",
    ];

    [Fact]
    public async Task EveryScreen_RunsUnderThePolicy_WithoutAViolation()
    {
        var app = App;
        var page = await OpenAsync(Chromium, app, "en", "/");
        await page.Context.AddInitScriptAsync(ViolationRecorder);
        foreach (var path in Screens)
        {
            await page.GotoAsync(app.BaseUrl + path);
            await WaitUntilInteractiveAsync(page);
            var violations = await page.EvaluateAsync<string[]>("() => window.__csp");
            Assert.True(violations.Length == 0, path + ": " + string.Join("; ", violations));
        }

        // The sign-in page is rendered on the server only: it has no circuit, and no violation either.
        var signIn = await (await Chromium.NewContextAsync()).NewPageAsync();
        await signIn.Context.AddInitScriptAsync(ViolationRecorder);
        await signIn.GotoAsync(app.BaseUrl + "/login");
        await Assertions.Expect(signIn.Locator("#email")).ToBeVisibleAsync();
        var onSignIn = await signIn.EvaluateAsync<string[]>("() => window.__csp");
        Assert.True(onSignIn.Length == 0, "/login: " + string.Join("; ", onSignIn));
    }

    [Fact]
    public async Task AnInlineScriptThePageDidNotShip_IsRefused()
    {
        var app = App;
        var page = await OpenAsync(Chromium, app, "en", "/?store=tmall-flagship");
        await WaitUntilInteractiveAsync(page);
        var header = (await page.GotoAsync(app.BaseUrl + "/?store=tmall-flagship"))!.Headers["content-security-policy"];
        Assert.Contains("default-src 'self'", header, StringComparison.Ordinal);

        // What an injected <script> would try: it is blocked and reported, and it never runs.
        await page.EvaluateAsync("""
            () => {
              window.__csp = [];
              document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective));
              const s = document.createElement('script');
              s.textContent = 'window.__injected = true;';
              document.body.appendChild(s);
            }
            """);
        await page.WaitForFunctionAsync("() => window.__csp.length > 0");
        Assert.Null(await page.EvaluateAsync<bool?>("() => window.__injected ?? null"));
        Assert.StartsWith("script-src", (await page.EvaluateAsync<string[]>("() => window.__csp"))[0], StringComparison.Ordinal);
    }
}
