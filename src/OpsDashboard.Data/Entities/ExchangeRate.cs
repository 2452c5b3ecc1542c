namespace OpsDashboard.Data.Entities;

/// <summary>
/// An owner-entered exchange rate for one day (DOMAIN §9): 1 <see cref="FromCurrency"/> =
/// <see cref="Rate"/> <see cref="ToCurrency"/>. Money of different currencies is added only with
/// such a rate, and the total then names it.
/// </summary>
public sealed class ExchangeRate
{
    public int Id { get; set; }
    public required string FromCurrency { get; set; }
    public required string ToCurrency { get; set; }

    /// <summary>How many units of <see cref="ToCurrency"/> one unit of <see cref="FromCurrency"/> is worth.</summary>
    public decimal Rate { get; set; }

    /// <summary>The day the rate is for; a total uses the latest rate on or before its range's last day.</summary>
    public DateOnly RateDate { get; set; }

    /// <summary>Who entered it (user name or key name), for the audit and the screen.</summary>
    public string? EnteredBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
