namespace OpsDashboard.Web.Configuration;

/// <summary>"Api" section. Api__BootstrapKey is accepted as an API key, for automation.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    public string? BootstrapKey { get; set; }
}

/// <summary>"Demo" section. Demo__Seed fills an empty database with demo stores.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Seed { get; set; } = true;
}

/// <summary>"Import" section.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    public int MaxUploadMegabytes { get; set; } = 100;

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;
}
