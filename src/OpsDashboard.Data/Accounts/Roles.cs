namespace OpsDashboard.Data.Accounts;

/// <summary>The four roles of DOMAIN §8, most powerful first.</summary>
public static class Roles
{
    public const string Owner = "owner";
    public const string Manager = "manager";
    public const string Operator = "operator";
    public const string Viewer = "viewer";

    public static readonly IReadOnlyList<string> All = [Owner, Manager, Operator, Viewer];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);
}

/// <summary>What an API key may do on top of being its user: read, read + imports + notes, or all the user's role allows.</summary>
public static class KeyScopes
{
    public const string Read = "read";
    public const string Import = "import";
    public const string Full = "full";

    public static readonly IReadOnlyList<string> All = [Read, Import, Full];

    public static bool IsKnown(string? scope) => scope is not null && All.Contains(scope);
}
