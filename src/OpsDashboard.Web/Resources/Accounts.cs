namespace OpsDashboard.Web.Resources;

/// <summary>Marker for the account strings: sign-in, first-run setup, passwords, users, keys, display links, audit (Accounts.resx, Accounts.zh-CN.resx).</summary>
public sealed class Accounts;
