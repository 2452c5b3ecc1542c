using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace OpsDashboard.Analyzers.Tests;

/// <summary>
/// OPS0001 in a real compilation: a literal key that the English .resx of its resource class lacks is a
/// build error, at the key; keys it holds, keys built at run time and classes without a .resx pass.
/// </summary>
public sealed class ResourceKeyAnalyzerTests
{
    /// <summary>The localization interfaces as Microsoft.Extensions.Localization declares them (the members used here).</summary>
    private const string Localization = """
        namespace Microsoft.Extensions.Localization
        {
            public class LocalizedString { public string Value => ""; }
            public interface IStringLocalizer
            {
                LocalizedString this[string name] { get; }
                LocalizedString this[string name, params object[] arguments] { get; }
            }
            public interface IStringLocalizer<out T> : IStringLocalizer { }
            public static class LocalizerExtensions
            {
                public static LocalizedString GetString(this IStringLocalizer localizer, string name) => localizer[name];
            }
        }
        namespace App.Resources
        {
            public sealed class Strings;
            public sealed class Meeting;
            public sealed class NoFile;
        }
        namespace App
        {
            [System.AttributeUsage(System.AttributeTargets.Parameter)]
            public sealed class ResourceKeyAttribute(string resource) : System.Attribute { public string Resource { get; } = resource; }
            public sealed class Message([ResourceKey("ImportMessages")] string key, params object[] arguments)
            {
                public string Key { get; } = key;
                public static Message Fail([ResourceKey("ImportMessages")] string key) => new(key);
            }
        }
        """;

    private static readonly (string Path, string Text)[] Resx =
    [
        ("/src/Web/Resources/Strings.resx", Resource("Title", "PointSuffix")),
        ("/src/Web/Resources/Strings.zh-CN.resx", Resource("Title", "PointSuffix", "OnlyInChinese")),
        ("/src/Web/Resources/Meeting.resx", Resource("Yesterday")),
        ("/src/Data/Import/Messages/ImportMessages.resx", Resource("NotANumber")),
    ];

    [Fact]
    public async Task Keys_the_resx_holds_compile_without_a_diagnostic()
    {
        var diagnostics = await AnalyzeAsync("""
            using Microsoft.Extensions.Localization;
            namespace App;
            public sealed class Page(IStringLocalizer<Resources.Strings> L, IStringLocalizer<Resources.Meeting> M)
            {
                public string A => L["Title"].Value;
                public string B => L["PointSuffix", 3].Value;
                public string C => M.GetString("Yesterday").Value;
                public Message D => new("NotANumber", "x");
                public Message E => Message.Fail("NotANumber");
            }
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task A_misspelt_key_on_a_localizer_indexer_is_an_error_naming_the_key_and_the_resx()
    {
        var diagnostics = await AnalyzeAsync("""
            using Microsoft.Extensions.Localization;
            namespace App;
            public sealed class Page(IStringLocalizer<Resources.Strings> L)
            {
                public string A => L["Titel"].Value;
            }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("OPS0001", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal("Resource key 'Titel' is not in Strings.resx", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("\"Titel\"", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
    }

    [Fact]
    public async Task A_key_only_in_the_chinese_resx_or_in_another_resx_is_an_error()
    {
        var diagnostics = await AnalyzeAsync("""
            using Microsoft.Extensions.Localization;
            namespace App;
            public sealed class Page(IStringLocalizer<Resources.Strings> L, IStringLocalizer<Resources.Meeting> M)
            {
                public string A => L["OnlyInChinese"].Value;
                public string B => M["Title", 1].Value;
                public string C => M.GetString("PointSuffix").Value;
            }
            """);

        Assert.Equal(
            ["Resource key 'OnlyInChinese' is not in Strings.resx", "Resource key 'Title' is not in Meeting.resx", "Resource key 'PointSuffix' is not in Meeting.resx"],
            diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_wrong_key_given_to_a_ResourceKey_parameter_is_an_error()
    {
        var diagnostics = await AnalyzeAsync("""
            namespace App;
            public static class Checks
            {
                public static Message A => new("NotANumbr", 1);
                public static Message B => Message.Fail("NotNumber");
            }
            """);

        Assert.Equal(
            ["Resource key 'NotANumbr' is not in ImportMessages.resx", "Resource key 'NotNumber' is not in ImportMessages.resx"],
            diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Keys_built_at_run_time_and_classes_without_a_resx_are_not_judged()
    {
        var diagnostics = await AnalyzeAsync("""
            using Microsoft.Extensions.Localization;
            namespace App;
            public sealed class Page(IStringLocalizer<Resources.Strings> L, IStringLocalizer<Resources.NoFile> N)
            {
                public string A(string rule) => L["Rule_" + rule].Value;
                public string B => N["Anything"].Value;
                public Message C(string fact) => new("Fact_" + fact);
            }
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task A_wrong_key_fails_the_compilation_that_treats_the_analyzer_as_part_of_the_build()
    {
        var diagnostics = await AnalyzeAsync("""
            using Microsoft.Extensions.Localization;
            namespace App;
            public sealed class Page(IStringLocalizer<Resources.Strings> L) { public string A => L["Missing"].Value; }
            """);

        // An error, not a warning: the build fails with or without TreatWarningsAsErrors.
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Id == ResourceKeyAnalyzer.DiagnosticId);
        Assert.True(ResourceKeyAnalyzer.MissingKey.IsEnabledByDefault);
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText(Localization, path: "Localization.cs"), CSharpSyntaxTree.ParseText(source, path: "Page.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test source does not compile: " + string.Join("; ", errors));

        var options = new AnalyzerOptions([.. Resx.Select(r => (AdditionalText)new InMemoryText(r.Path, r.Text))]);
        var analyzed = compilation.WithAnalyzers([new ResourceKeyAnalyzer()], options);
        return [.. (await analyzed.GetAnalyzerDiagnosticsAsync()).OrderBy(d => d.Location.SourceSpan.Start)];
    }

    private static string Resource(params string[] keys) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n"
        + string.Concat(keys.Select(k => $"  <data name=\"{k}\" xml:space=\"preserve\"><value>{k} text</value></data>\n"))
        + "</root>\n";

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
