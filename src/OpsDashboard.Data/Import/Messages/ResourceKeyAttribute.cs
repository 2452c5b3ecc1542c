namespace OpsDashboard.Data.Import;

/// <summary>
/// Marks a parameter that takes a key of the resource file <see cref="Resource"/> (its name without
/// .resx): a literal key given to it that the English file lacks fails the build (OPS0001,
/// src/OpsDashboard.Analyzers, which finds the attribute by its name).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ResourceKeyAttribute(string resource) : Attribute
{
    public string Resource { get; } = resource;
}
