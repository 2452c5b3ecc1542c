namespace OpsDashboard.Web.Accounts;

/// <summary>The account pages and endpoints.</summary>
public static class AccountUrls
{
    public const string Login = "/login";
    public const string Logout = "/logout";
    public const string Setup = "/setup";
    public const string ChangePassword = "/account/password";
    public const string AccessDenied = "/access-denied";
    public const string Display = "/display";
}

/// <summary>Auth__BootstrapAdmin__Email / __Password: an owner created at start-up when no user has that email (automation).</summary>
public sealed class AuthOptions
{
    public BootstrapAdminOptions BootstrapAdmin { get; set; } = new();

    /// <summary>Auth__RequireHttps: the cookies are Secure only (set behind a TLS proxy).</summary>
    public bool RequireHttps { get; set; }
}

public sealed class BootstrapAdminOptions
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}
