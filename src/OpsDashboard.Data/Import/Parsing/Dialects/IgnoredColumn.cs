namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// A column a platform's export carries that we know and deliberately leave out — a caveat column
/// (JD's 同比), a figure with another meaning (抖店's 成交金额), or the weaker of two columns for the
/// same fact (Shopify's Sessions when Online store visitors is there). The reason is said once.
/// </summary>
internal sealed record IgnoredColumn(ImportMessage Reason) : ColumnMeaning
{
    // Records compare by reference for class members; two ignored columns are equal when their reasons' keys are.
    public bool Equals(IgnoredColumn? other) => other is not null && other.Reason.Key == Reason.Key;

    public override int GetHashCode() => Reason.Key.GetHashCode(StringComparison.Ordinal);
}
