using OpsDashboard.Web.Configuration;

namespace OpsDashboard.Web.Tests.Configuration;

/// <summary>
/// Where the app looks for appsettings.json and wwwroot: the working directory when it holds them
/// (dotnet run in the project folder), else the app's own folder (a published build started from
/// anywhere), never overriding an explicit --contentRoot or ASPNETCORE_CONTENTROOT.
/// </summary>
public sealed class AppContentRootTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "opsdash-contentroot-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void AWorkingDirectoryWithTheAppsFiles_IsKept_AsWithDotnetRun()
    {
        var project = AppFolder("project");
        Assert.Null(AppContentRoot.Choose([], NoEnvironment, project, AppFolder("bin")));
    }

    [Fact]
    public void AnUnrelatedWorkingDirectory_GivesWayToTheAppsOwnFolder()
    {
        var published = AppFolder("published");
        Assert.Equal(published, AppContentRoot.Choose(["--urls", "http://127.0.0.1:5000"], NoEnvironment, Folder("elsewhere"), published));
    }

    [Theory]
    [InlineData("--contentRoot=/srv/ops")]
    [InlineData("--contentroot")]
    public void AnExplicitContentRootArgument_IsNeverOverridden(string arg)
    {
        string[] args = arg.Contains('=', StringComparison.Ordinal) ? [arg] : [arg, "/srv/ops"];
        Assert.Null(AppContentRoot.Choose(args, NoEnvironment, Folder("elsewhere"), AppFolder("published")));
    }

    [Theory]
    [InlineData("ASPNETCORE_CONTENTROOT")]
    [InlineData("DOTNET_CONTENTROOT")]
    public void AnExplicitContentRootVariable_IsNeverOverridden(string variable)
    {
        Assert.Null(AppContentRoot.Choose([], name => name == variable ? "/srv/ops" : null, Folder("elsewhere"), AppFolder("published")));
    }

    [Fact]
    public void WhatTheContentRootLacks_IsNamed()
    {
        var empty = Folder("empty");
        var missing = AppContentRoot.Missing(empty);
        Assert.Equal(2, missing.Count);
        Assert.Contains(missing, m => m.StartsWith("appsettings.json is not in " + empty, StringComparison.Ordinal));
        Assert.Contains(missing, m => m.StartsWith("wwwroot is not in " + empty, StringComparison.Ordinal));
        Assert.Empty(AppContentRoot.Missing(AppFolder("complete")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static string? NoEnvironment(string name) => null;

    private string Folder(string name)
    {
        var path = Path.Combine(_root, name);
        Directory.CreateDirectory(path);
        return path;
    }

    private string AppFolder(string name)
    {
        var path = Folder(name);
        File.WriteAllText(Path.Combine(path, "appsettings.json"), "{}");
        Directory.CreateDirectory(Path.Combine(path, "wwwroot"));
        return path;
    }
}
