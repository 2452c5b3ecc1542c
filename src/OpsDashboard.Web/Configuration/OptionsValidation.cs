using Microsoft.Extensions.Options;
using OpsDashboard.Data;

namespace OpsDashboard.Web.Configuration;

/// <summary>
/// The settings sections, bound and checked once at start-up (<c>ValidateOnStart</c>): a bad value stops
/// the app with a message that names the setting, its environment-variable spelling, the value given and
/// what is accepted, instead of surfacing later in some request.
/// </summary>
public static class OptionsValidation
{
    /// <summary>The largest upload accepted in Import:MaxUploadMegabytes (Kestrel's body limit is a long; 10 GB is plenty).</summary>
    public const int MaxUploadMegabytesLimit = 10 * 1024;

    /// <summary>The longest Meeting:RefreshSeconds / RotateSeconds accepted: a day.</summary>
    public const int MaxMeetingSeconds = 24 * 60 * 60;

    public static IServiceCollection AddValidatedOptions(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.ConnectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
                options.ReadConnectionString = configuration.GetConnectionString(DatabaseOptions.ReadConnectionStringName);
            })
            .ValidateOnStart();
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateOnStart();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateOnStart();
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateOnStart();
        services.AddOptions<MeetingOptions>().BindConfiguration(MeetingOptions.Section).ValidateOnStart();
        services.AddOptions<Data.Import.ImportLimits>().BindConfiguration(Data.Import.ImportLimits.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<Data.Import.ImportLimits>, ImportLimitsValidation>();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddSingleton<IValidateOptions<ImportOptions>, ImportOptionsValidator>();
        services.AddSingleton<IValidateOptions<MeetingOptions>, MeetingOptionsValidator>();
        return services;
    }

    /// <summary>"Import:MaxUploadMegabytes (Import__MaxUploadMegabytes) is 0; it must be a whole number from 1 to 10240."</summary>
    public static string? WholeNumberProblem(string section, string key, long value, long min, long max) =>
        value >= min && value <= max
            ? null
            : $"{section}:{key} ({section}__{key}) is {value}; it must be a whole number from {min} to {max}.";

    private sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
    {
        public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
        {
            var problems = new List<string>();
            if (!Enum.IsDefined(options.Provider))
            {
                problems.Add($"{DatabaseOptions.Section}:Provider ({DatabaseOptions.Section}__Provider) is {options.Provider}; it must be Sqlite or Postgres.");
            }

            if (WholeNumberProblem(DatabaseOptions.Section, nameof(DatabaseOptions.UpsertBatchSize), options.UpsertBatchSize, 1, 100_000) is { } batch)
            {
                problems.Add(batch);
            }

            if (options.Provider != DatabaseProvider.Postgres && !string.IsNullOrWhiteSpace(options.ReadConnectionString))
            {
                problems.Add($"ConnectionStrings:{DatabaseOptions.ReadConnectionStringName} (ConnectionStrings__{DatabaseOptions.ReadConnectionStringName}) names a read standby, "
                    + $"which needs {DatabaseOptions.Section}:Provider ({DatabaseOptions.Section}__Provider) to be Postgres; SQLite has no standby.");
            }

            if (WholeNumberProblem(DatabaseOptions.Section, nameof(DatabaseOptions.ReplicaMaxLagSeconds), options.ReplicaMaxLagSeconds, 1, 3600) is { } lag)
            {
                problems.Add(lag);
            }

            if (options.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                problems.Add(
                    "Database__Provider is Postgres but ConnectionStrings__OpsDashboard is not set. " +
                    "Example: Host=localhost;Database=opsdashboard;Username=ops;Password=…");
            }

            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }

    private sealed class ImportOptionsValidator : IValidateOptions<ImportOptions>
    {
        public ValidateOptionsResult Validate(string? name, ImportOptions options) =>
            WholeNumberProblem(ImportOptions.Section, nameof(ImportOptions.MaxUploadMegabytes), options.MaxUploadMegabytes, 1, MaxUploadMegabytesLimit) is { } problem
                ? ValidateOptionsResult.Fail(problem)
                : ValidateOptionsResult.Success;
    }

    private sealed class MeetingOptionsValidator : IValidateOptions<MeetingOptions>
    {
        public ValidateOptionsResult Validate(string? name, MeetingOptions options)
        {
            var problems = new[]
            {
                WholeNumberProblem(MeetingOptions.Section, nameof(MeetingOptions.RefreshSeconds), options.RefreshSeconds, MeetingOptions.MinimumSeconds, MaxMeetingSeconds),
                WholeNumberProblem(MeetingOptions.Section, nameof(MeetingOptions.RotateSeconds), options.RotateSeconds, MeetingOptions.MinimumSeconds, MaxMeetingSeconds),
            }.OfType<string>().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
