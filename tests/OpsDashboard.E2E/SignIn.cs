using Microsoft.Playwright;

namespace OpsDashboard.E2E;

/// <summary>
/// Signing in through the real sign-in page, shared by the browser tests and the bench's browser runs (every
/// screen needs a signed-in user since issue 13).
/// </summary>
public static class SignIn
{
    /// <summary>
    /// Signs in on the sign-in page and (when <paramref name="expectSuccess"/>) waits until its redirect left it for
    /// <paramref name="returnUrl"/>; otherwise waits for the page's answer to the attempt.
    /// </summary>
    public static async Task AsAsync(IPage page, string baseUrl, string email, string password, string returnUrl = "/", bool expectSuccess = true)
    {
        await page.GotoAsync($"{baseUrl}/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.RunAndWaitForResponseAsync(() => page.Locator("[data-testid='login-submit']").ClickAsync(), r => r.Request.Method == "POST");
        if (expectSuccess)
        {
            await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/login", StringComparison.Ordinal));
        }
        else
        {
            await page.WaitForLoadStateAsync(LoadState.Load);
        }
    }

    /// <summary>Signs in as the owner <see cref="RunningApp"/> bootstraps, landing on <paramref name="returnUrl"/>.</summary>
    public static Task AsOwnerAsync(IPage page, RunningApp app, string returnUrl = "/") =>
        AsAsync(page, app.BaseUrl, RunningApp.OwnerEmail, RunningApp.OwnerPassword, returnUrl);
}
