namespace OpsDashboard.Data.Import.Parsing;

/// <summary>Readable English names of fact columns for messages ("payment_amount_minor" → "payment amount").</summary>
internal static class FactLabels
{
    public static string Of(string fact)
    {
        var name = fact.EndsWith("_minor", StringComparison.Ordinal) ? fact[..^"_minor".Length]
            : fact.EndsWith("_units", StringComparison.Ordinal) ? fact[..^"_units".Length]
            : fact;
        return name.Replace('_', ' ');
    }
}
