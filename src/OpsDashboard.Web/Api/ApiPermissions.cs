using OpsDashboard.Data.Accounts;

namespace OpsDashboard.Web.Api;

/// <summary>Declares the permission an API endpoint needs when the default of <see cref="ApiPermissions.For"/> is not right.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class RequiresPermissionAttribute(Permission permission) : Attribute
{
    public Permission Permission { get; } = permission;
}

/// <summary>
/// What an API call needs (DOMAIN §8), decided in one place for every endpoint: declared metadata
/// (<see cref="RequiresPermissionAttribute"/>) wins; otherwise reads need <see cref="Permission.Read"/>, imports
/// <see cref="Permission.Import"/>, notes <see cref="Permission.Notes"/>, settings, targets, budgets and a store's
/// details <see cref="Permission.Settings"/> — and any other change the owner (fail closed: a new endpoint that
/// writes is the owner's until it says otherwise).
/// </summary>
public static class ApiPermissions
{
    public static Permission For(HttpContext http)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<RequiresPermissionAttribute>() is { } declared)
        {
            return declared.Permission;
        }

        var pattern = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? string.Empty;
        return For(http.Request.Method, pattern);
    }

    public static Permission For(string method, string pattern)
    {
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            return Permission.Read;
        }

        var path = pattern.StartsWith(Routing.DashboardUrls.ApiBasePath, StringComparison.Ordinal) ? pattern[Routing.DashboardUrls.ApiBasePath.Length..] : pattern;
        var segments = path.Trim('/').Split('/');
        if (segments is ["stores", _, var area, ..])
        {
            return area switch
            {
                "imports" => Permission.Import,
                "annotations" or "notes" => Permission.Notes,
                "settings" or "targets" or "budgets" => Permission.Settings,
                _ => Permission.Administer,
            };
        }

        // The owner-entered exchange rates (DOMAIN §9) are everyone's conversion: reading them is a read, entering one the owner's.
        if (segments is ["exchange-rates", ..])
        {
            return Permission.Administer;
        }

        // PUT /stores/{code}: the store's name, platform, currency, flagship, zone, archive — a manager's settings.
        return segments is ["stores", _] && HttpMethods.IsPut(method) ? Permission.Settings : Permission.Administer;
    }
}
