namespace OpsDashboard.Data.Import;

/// <summary>
/// The import kinds of the operator's service and competition routine (DOMAIN §7), named in the API
/// as service-agents, refunds, competitors and lost-customers. They are read by
/// <see cref="Service.ServiceImportParser"/> and written by <see cref="Service.ServiceImportService"/>;
/// the daily fact kinds stay <see cref="ImportKind"/>.
/// </summary>
public enum ServiceImportKind
{
    ServiceAgents,
    Refunds,
    Competitors,
    LostCustomers,
}

public static class ServiceImportKinds
{
    public static IReadOnlyList<ServiceImportKind> All { get; } =
        [ServiceImportKind.ServiceAgents, ServiceImportKind.Refunds, ServiceImportKind.Competitors, ServiceImportKind.LostCustomers];

    public static string ToApiName(this ServiceImportKind kind) => kind switch
    {
        ServiceImportKind.Refunds => "refunds",
        ServiceImportKind.Competitors => "competitors",
        ServiceImportKind.LostCustomers => "lost-customers",
        _ => "service-agents",
    };

    public static bool TryParse(string? value, out ServiceImportKind kind)
    {
        var name = value?.Trim().ToLowerInvariant();
        foreach (var candidate in All)
        {
            if (candidate.ToApiName() == name)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
