using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace OpsDashboard.Analyzers;

/// <summary>
/// A resource key written as a literal must exist in its resource file, or the build fails (OPS0001).
/// Checked, for every .resx given to the compiler as an AdditionalFile (its English, neutral file):
/// <list type="bullet">
/// <item><c>L["Key"]</c>, <c>L["Key", args]</c> and <c>L.GetString("Key")</c> on an <c>IStringLocalizer&lt;T&gt;</c>:
/// the key must be in <c>T.Name</c>.resx (Resources/Strings.resx for <c>IStringLocalizer&lt;Strings&gt;</c>);</item>
/// <item>an argument given to a parameter marked <c>[ResourceKey("ImportMessages")]</c> (any attribute of that
/// name): the key must be in ImportMessages.resx.</item>
/// </list>
/// Keys built at run time ("Fact_" + name) cannot be checked here; the resource tests cover both languages.
/// Razor components are checked too: their generated C# maps the error back to the .razor line.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ResourceKeyAnalyzer : DiagnosticAnalyzer
{
    public const string DiagnosticId = "OPS0001";

    public static readonly DiagnosticDescriptor MissingKey = new(
        DiagnosticId,
        "Resource key not found",
        "Resource key '{0}' is not in {1}.resx",
        "Localization",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A literal resource key must exist in the English .resx of its resource class; add it there and in the .zh-CN.resx, or fix the spelling.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(MissingKey);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            var resources = ReadResources(start.Options.AdditionalFiles, start.CancellationToken);
            if (resources.Count == 0)
            {
                return;
            }

            start.RegisterOperationAction(c => CheckIndexer(c, resources), OperationKind.PropertyReference);
            start.RegisterOperationAction(c => CheckInvocation(c, resources), OperationKind.Invocation);
            start.RegisterOperationAction(c => CheckArguments(c, ((IObjectCreationOperation)c.Operation).Arguments, resources), OperationKind.ObjectCreation);
        });
    }

    /// <summary>Keys of each neutral .resx (Strings.resx, not Strings.zh-CN.resx), by file name without extension.</summary>
    private static Dictionary<string, HashSet<string>> ReadResources(ImmutableArray<AdditionalText> files, System.Threading.CancellationToken cancellation)
    {
        var resources = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!file.Path.EndsWith(".resx", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(file.Path);
            if (name.IndexOf('.') >= 0 || file.GetText(cancellation) is not { } text)
            {
                continue;
            }

            var keys = XDocument.Parse(text.ToString()).Root?.Elements("data")
                .Select(data => (string?)data.Attribute("name"))
                .Where(key => key is not null)
                .Select(key => key!) ?? Enumerable.Empty<string>();
            resources[name] = new HashSet<string>(keys, StringComparer.Ordinal);
        }

        return resources;
    }

    /// <summary>L["Key"] / L["Key", args] on an IStringLocalizer&lt;T&gt;.</summary>
    private static void CheckIndexer(OperationAnalysisContext context, Dictionary<string, HashSet<string>> resources)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        if (reference.Property.IsIndexer && reference.Arguments.Length > 0 && ResourceOf(reference.Instance?.Type) is { } resource)
        {
            Check(context, reference.Arguments[0].Value, resource, resources);
        }
    }

    /// <summary>L.GetString("Key") (the localizer is the extension's first argument), and [ResourceKey] parameters of any method.</summary>
    private static void CheckInvocation(OperationAnalysisContext context, Dictionary<string, HashSet<string>> resources)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name == "GetString" && invocation.Arguments.Length >= 2 && method.IsExtensionMethod
            && ResourceOf(invocation.Arguments[0].Value is IConversionOperation conversion ? conversion.Operand.Type : invocation.Arguments[0].Value.Type) is { } resource)
        {
            Check(context, invocation.Arguments[1].Value, resource, resources);
        }

        CheckArguments(context, invocation.Arguments, resources);
    }

    private static void CheckArguments(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments, Dictionary<string, HashSet<string>> resources)
    {
        foreach (var argument in arguments)
        {
            var marker = argument.Parameter?.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "ResourceKeyAttribute");
            if (marker is { ConstructorArguments.Length: 1 } && marker.ConstructorArguments[0].Value is string resource)
            {
                Check(context, argument.Value, resource, resources);
            }
        }
    }

    /// <summary>T's name when <paramref name="type"/> is or implements Microsoft.Extensions.Localization.IStringLocalizer&lt;T&gt;.</summary>
    private static string? ResourceOf(ITypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }

        foreach (var candidate in new[] { type }.Concat(type.AllInterfaces))
        {
            if (candidate is INamedTypeSymbol { IsGenericType: true, Name: "IStringLocalizer", TypeArguments.Length: 1 } named
                && named.ContainingNamespace.ToDisplayString() == "Microsoft.Extensions.Localization")
            {
                return named.TypeArguments[0].Name;
            }
        }

        return null;
    }

    private static void Check(OperationAnalysisContext context, IOperation key, string resource, Dictionary<string, HashSet<string>> resources)
    {
        if (key.ConstantValue is { HasValue: true, Value: string literal }
            && resources.TryGetValue(resource, out var keys)
            && !keys.Contains(literal))
        {
            context.ReportDiagnostic(Diagnostic.Create(MissingKey, key.Syntax.GetLocation(), literal, resource));
        }
    }
}
