namespace OpsDashboard.Data.Import.Parsing;

/// <summary>A number as written in a cell.</summary>
/// <param name="Value">The value, already divided by 100 when written as a percentage.</param>
/// <param name="IsPercent">Whether the cell ended in %.</param>
/// <param name="Decimals">How many decimal places the cell showed (before any division by 100).</param>
internal readonly record struct ParsedNumber(decimal Value, bool IsPercent, int Decimals)
{
    /// <summary>Half a unit of the last shown decimal place, in the same scale as <see cref="Value"/>.</summary>
    public decimal HalfUnit
    {
        get
        {
            var half = 0.5m;
            for (var i = 0; i < Decimals; i++)
            {
                half /= 10;
            }

            return IsPercent ? half / 100 : half;
        }
    }
}
