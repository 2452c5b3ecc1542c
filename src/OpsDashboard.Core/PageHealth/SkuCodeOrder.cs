namespace OpsDashboard.Core.PageHealth;

/// <summary>
/// "Lowest SKU code" for tie-breaks: platform item ids are digit strings of varying length, so
/// two all-digit codes compare as numbers (shorter is lower); anything else compares ordinally.
/// </summary>
public sealed class SkuCodeOrder : IComparer<string>
{
    public static readonly SkuCodeOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return string.CompareOrdinal(x, y);
        }

        if (IsDigits(x) && IsDigits(y))
        {
            var a = x.TrimStart('0');
            var b = y.TrimStart('0');
            return a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
        }

        return string.CompareOrdinal(x, y);
    }

    private static bool IsDigits(string value) => value.Length > 0 && value.All(char.IsAsciiDigit);
}
