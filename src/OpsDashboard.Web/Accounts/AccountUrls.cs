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

    // The pages that manage access (Components/Accounts/Admin): users (owner), the caller's own API keys (any user),
    // display links and the audit trail (owner; manager for their stores).
    public const string Users = "/admin/users";
    public const string Keys = "/account/keys";
    public const string DisplayLinks = "/admin/display-links";
    public const string Audit = "/admin/audit";
}

/// <summary>Auth__BootstrapAdmin__Email / __Password: an owner created at start-up when no user has that email (automation).</summary>
public sealed class AuthOptions
{
    public BootstrapAdminOptions BootstrapAdmin { get; set; } = new();

    /// <summary>Auth__RequireHttps: the cookies are Secure only (set behind a TLS proxy).</summary>
    public bool RequireHttps { get; set; }

    /// <summary>Auth__RevalidateSeconds: how often an open browser session reads its user's role and stores again (changes on this instance apply at once).</summary>
    public int RevalidateSeconds { get; set; } = 30;
}

public sealed class BootstrapAdminOptions
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}
