using OpsDashboard.Core.Promotion;

namespace OpsDashboard.Data.Import.Promotion;

/// <summary>
/// One ads report row, typed and validated (DOMAIN §7). Dimensions are "" when the report does
/// not have them; a measure is null when the file has no such column (an update then leaves it
/// alone), 0 for an empty cell of a column it has. Money in minor units.
/// </summary>
public sealed record AdRow
{
    public required int RowNumber { get; init; }
    public required DateOnly Date { get; init; }
    public string Scene { get; init; } = string.Empty;
    public string Plan { get; init; } = string.Empty;
    public string Unit { get; init; } = string.Empty;
    public string Item { get; init; } = string.Empty;
    public string? ItemName { get; init; }
    public string Keyword { get; init; } = string.Empty;
    public string Crowd { get; init; } = string.Empty;
    public required int WindowDays { get; init; }
    public long? Impressions { get; init; }
    public long? Clicks { get; init; }
    public long? CostMinor { get; init; }
    public long? DirectAmountMinor { get; init; }
    public long? IndirectAmountMinor { get; init; }
    public long? Orders { get; init; }
    public long? Carts { get; init; }
    public long? Favorites { get; init; }
    public long? PresaleAmountMinor { get; init; }

    public AdLevel Level => AdLevels.Of(Plan, Item, Keyword, Crowd);

    /// <summary>The row's key as one text, for duplicate messages.</summary>
    public string KeyText => string.Join(" · ", new[] { Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Scene, Plan, Unit, Item, Keyword, Crowd }.Where(p => p.Length > 0))
        + " · " + WindowDays.ToString(System.Globalization.CultureInfo.InvariantCulture) + "d";
}

/// <summary>One search keyword row (DOMAIN §7): store, date, keyword, item ("" store-wide) → counts.</summary>
public sealed record SearchKeywordRow
{
    public required int RowNumber { get; init; }
    public required DateOnly Date { get; init; }
    public required string Keyword { get; init; }
    public string Item { get; init; } = string.Empty;
    public long? Visitors { get; init; }
    public long? PageViews { get; init; }
    public long? PayingBuyers { get; init; }
    public long? PaymentAmountMinor { get; init; }

    public string KeyText => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " · " + Keyword + (Item.Length > 0 ? " · " + Item : string.Empty);
}

/// <summary>What reading an ads or search-keyword file gave: its rows, or every problem with it.</summary>
public sealed record PromotionParse<TRow>
{
    public required ImportKind Kind { get; init; }
    public required int RowsRead { get; init; }
    public required IReadOnlyList<TRow> Rows { get; init; }

    /// <summary>The measure columns the file carries (database column names); an update changes only these.</summary>
    public required IReadOnlyList<string> Columns { get; init; }
    public required IReadOnlyList<ImportIssue> Errors { get; init; }
    public required IReadOnlyList<ImportIssue> Warnings { get; init; }
    public required int ErrorCount { get; init; }
    public required int WarningCount { get; init; }
    public int ErrorRowCount { get; init; }
    public ImportLimit? ExceededLimit { get; init; }
    public System.Globalization.CultureInfo Culture { get; init; } = ImportCultures.English;

    public bool IsValid => ErrorCount == 0;
}
