using System.Xml.Linq;
using OpsDashboard.Testing;

namespace OpsDashboard.Analyzers.Tests;

/// <summary>
/// Every resource file of the product (src/**/X.resx) has its Simplified Chinese twin X.zh-CN.resx with
/// exactly the same keys, and no value in either is empty: a screen never falls back to English or to
/// a blank in one language. Read from the repository's files, so keys other changes add are covered too.
/// </summary>
public sealed class ResourceParityTests
{
    public static TheoryData<string> EnglishFiles => [.. EnglishResx().Select(path => Path.GetRelativePath(RepositoryPaths.Root(), path))];

    [Fact]
    public void The_product_has_resource_files_in_web_and_data()
    {
        var files = EnglishResx().Select(path => Path.GetRelativePath(RepositoryPaths.Root(), path).Replace('\\', '/')).ToList();
        Assert.Contains(files, f => f.StartsWith("src/OpsDashboard.Web/Resources/", StringComparison.Ordinal));
        Assert.Contains("src/OpsDashboard.Data/Import/Messages/ImportMessages.resx", files);
    }

    [Theory]
    [MemberData(nameof(EnglishFiles))]
    public void The_chinese_twin_has_exactly_the_same_keys(string english)
    {
        var path = Path.Combine(RepositoryPaths.Root(), english);
        var chinese = Path.ChangeExtension(path, null) + ".zh-CN.resx";
        Assert.True(File.Exists(chinese), $"{english} has no Chinese twin {Path.GetFileName(chinese)}.");

        var englishKeys = Entries(path).Keys.ToHashSet(StringComparer.Ordinal);
        var chineseKeys = Entries(chinese).Keys.ToHashSet(StringComparer.Ordinal);
        Assert.True(englishKeys.Count > 0, $"{english} is empty.");
        Assert.Equal([], englishKeys.Except(chineseKeys).Order(StringComparer.Ordinal).Select(k => $"only in English: {k}"));
        Assert.Equal([], chineseKeys.Except(englishKeys).Order(StringComparer.Ordinal).Select(k => $"only in Chinese: {k}"));
    }

    [Theory]
    [MemberData(nameof(EnglishFiles))]
    public void No_value_is_empty_in_either_language(string english)
    {
        var path = Path.Combine(RepositoryPaths.Root(), english);
        foreach (var file in new[] { path, Path.ChangeExtension(path, null) + ".zh-CN.resx" }.Where(File.Exists))
        {
            Assert.Equal([], Entries(file).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"{Path.GetFileName(file)}: {e.Key} is empty"));
        }
    }

    [Fact]
    public void Every_chinese_resx_has_an_english_one()
    {
        var orphans = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root(), "src"), "*.zh-CN.resx", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path) && !File.Exists(path[..^".zh-CN.resx".Length] + ".resx"))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root(), path));
        Assert.Empty(orphans);
    }

    /// <summary>Keys and values of a .resx; a key written twice is itself a failure.</summary>
    private static Dictionary<string, string> Entries(string path)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var data in XDocument.Load(path).Root!.Elements("data"))
        {
            var key = (string?)data.Attribute("name") ?? throw new InvalidOperationException($"{path}: a <data> without a name.");
            Assert.True(entries.TryAdd(key, (string?)data.Element("value") ?? string.Empty), $"{Path.GetFileName(path)}: key {key} is written twice.");
        }

        return entries;
    }

    private static IEnumerable<string> EnglishResx() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root(), "src"), "*.resx", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path) && !Path.GetFileNameWithoutExtension(path).Contains('.', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");
}
