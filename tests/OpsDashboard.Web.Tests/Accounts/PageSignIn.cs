using System.Net;
using System.Text.RegularExpressions;

namespace OpsDashboard.Web.Tests.Accounts;

/// <summary>
/// Signs an <see cref="HttpClient"/> (one that keeps cookies, as WebApplicationFactory's does) in through the real
/// sign-in form, antiforgery token included, so a test can GET the prerendered screens as a signed-in user.
/// </summary>
public static partial class PageSignIn
{
    public const string OwnerEmail = "owner@opsdash.test";
    public const string OwnerPassword = "Owner-Passw0rd-for-tests";

    /// <summary>The settings that make the app create <see cref="OwnerEmail"/> as its owner at start-up.</summary>
    public static IReadOnlyDictionary<string, string?> BootstrapOwner { get; } = new Dictionary<string, string?>
    {
        ["Auth:BootstrapAdmin:Email"] = OwnerEmail,
        ["Auth:BootstrapAdmin:Password"] = OwnerPassword,
    };

    public static async Task SignInAsync(HttpClient client, string email = OwnerEmail, string password = OwnerPassword)
    {
        var form = await client.GetStringAsync(new Uri("/login", UriKind.Relative));
        var token = Token().Match(form) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("The sign-in page carries no antiforgery token.");
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        using var response = await client.PostAsync(new Uri("/login", UriKind.Relative), body);
        var landed = response.RequestMessage?.RequestUri?.AbsolutePath ?? "/login";
        if (landed.StartsWith("/login", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Signing in as {email} did not leave the sign-in page ({(int)response.StatusCode}).");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
