namespace OpsDashboard.Data.Import.Parsing;

/// <summary>A fact column's name for messages, in the reader's language ("payment_amount_minor" → payment amount / 支付金额).</summary>
internal static class FactLabels
{
    public static ImportMessage Of(string fact) => new("Fact_" + fact);
}
