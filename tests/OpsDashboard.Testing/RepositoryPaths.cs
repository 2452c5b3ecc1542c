namespace OpsDashboard.Testing;

/// <summary>Where the checkout is, for tests that read the files a user gets (docker-compose.yml, docs).</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding OpsDashboard.sln, found upwards from the test's own build output.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpsDashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OpsDashboard.sln not found above " + AppContext.BaseDirectory);
    }
}
