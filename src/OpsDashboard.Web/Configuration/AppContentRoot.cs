using Microsoft.Extensions.Configuration;

namespace OpsDashboard.Web.Configuration;

/// <summary>
/// Where the app finds appsettings.json and wwwroot. ASP.NET Core looks in the working directory,
/// which is right for <c>dotnet run --project src/OpsDashboard.Web</c> (the project folder, with the
/// data folder beside it) but wrong for a published build started as <c>dotnet /opt/ops/OpsDashboard.Web.dll</c>
/// from anywhere else: it would serve empty static files and read no settings. So, unless the content
/// root is set explicitly (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>),
/// a working directory that does not hold the app's files is replaced by the folder of the app's assembly.
/// </summary>
public static class AppContentRoot
{
    public const string SettingsFile = "appsettings.json";
    public const string WebRoot = "wwwroot";

    /// <summary>The builder options for this process: its arguments, and the content root when it must move.</summary>
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = Choose(args, Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
    };

    /// <summary>The content root to use, or null to keep ASP.NET Core's choice (explicit setting, or the working directory).</summary>
    public static string? Choose(string[] args, Func<string, string?> environment, string workingDirectory, string appDirectory)
    {
        var explicitRoot = new ConfigurationBuilder().AddCommandLine(args).Build()[WebHostDefaults.ContentRootKey]
            ?? environment("ASPNETCORE_CONTENTROOT")
            ?? environment("DOTNET_CONTENTROOT");
        if (!string.IsNullOrEmpty(explicitRoot) || HoldsAppFiles(workingDirectory) || !HoldsAppFiles(appDirectory))
        {
            return null;
        }

        return appDirectory;
    }

    /// <summary>True when the folder has the app's settings file and its web root.</summary>
    public static bool HoldsAppFiles(string folder) =>
        File.Exists(Path.Combine(folder, SettingsFile)) && Directory.Exists(Path.Combine(folder, WebRoot));

    /// <summary>What the content root lacks, in words for the console (empty when nothing is missing).</summary>
    public static IReadOnlyList<string> Missing(string contentRoot)
    {
        var missing = new List<string>();
        if (!File.Exists(Path.Combine(contentRoot, SettingsFile)))
        {
            missing.Add($"{SettingsFile} is not in {contentRoot}: running on built-in defaults and environment variables, logging to the console");
        }

        if (!Directory.Exists(Path.Combine(contentRoot, WebRoot)))
        {
            missing.Add($"{WebRoot} is not in {contentRoot}: pages will have no styles or scripts (start the published OpsDashboard.Web.dll, or pass --contentRoot <folder of the app>)");
        }

        return missing;
    }

    /// <summary>An exception and its causes in one line (e.g. the settings file, then the JSON error with its line).</summary>
    public static string Describe(Exception ex)
    {
        var parts = new List<string>();
        for (var e = ex; e is not null; e = e.InnerException)
        {
            parts.Add(e.Message);
        }

        return string.Join(" → ", parts);
    }
}
