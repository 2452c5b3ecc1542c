namespace OpsDashboard.Data.Import.Service;

/// <summary>One agent's day from a service-agents file. A null figure: the file has no such column.</summary>
public sealed record AgentRow(int RowNumber, DateOnly Date, string Agent)
{
    public long? Consulted { get; init; }
    public long? Received { get; init; }
    public long? Inquirers { get; init; }
    public long? InquiryPayingBuyers { get; init; }
    public long? SalesAmountMinor { get; init; }
    public long? ResponseMillisecondsTotal { get; init; }
    public long? Unanswered { get; init; }
    public long? Refunds { get; init; }
}

/// <summary>One refund from a refunds file.</summary>
public sealed record RefundRow(int RowNumber, string RefundId, long RefundAmountMinor)
{
    public string? OrderId { get; init; }
    public string? PaidAt { get; init; }
    public string? SkuCode { get; init; }
    public string? Title { get; init; }
    public long? PaidAmountMinor { get; init; }
    public string? AppliedAt { get; init; }
    public DateOnly? AppliedOn { get; init; }
    public string? CompletedAt { get; init; }
    public DateOnly? CompletedOn { get; init; }
    public string? Status { get; init; }
    public bool Succeeded { get; init; }
    public string? Reason { get; init; }
    public bool? ReturnRequired { get; init; }
    public string? GoodsStatus { get; init; }
}

/// <summary>One rival's (or the store's own) day from a competitors file: the indices as given.</summary>
public sealed record RivalRow(int RowNumber, DateOnly Date, string Kind, string Rival, bool IsSelf)
{
    public string? RivalId { get; init; }
    public double? TradeIndex { get; init; }
    public double? TrafficIndex { get; init; }
    public double? SearchPopularity { get; init; }
    public double? FavoritePopularity { get; init; }
    public double? CartPopularity { get; init; }
    public double? ConversionIndex { get; init; }
    public double? CustomerIndex { get; init; }
}

/// <summary>One rival's day from a lost-customers file.</summary>
public sealed record LostCustomerRow(int RowNumber, DateOnly Date, string Kind, string Rival)
{
    public string? RivalShop { get; init; }
    public double? LossIndex { get; init; }
    public double? LossPopularity { get; init; }
}

/// <summary>The rival kinds: a shop (竞店) or an item (竞品).</summary>
public static class RivalKinds
{
    public const string Shop = "shop";
    public const string Item = "item";
}

/// <summary>A service, refund, competitor or lost-customer file read: its rows, or everything wrong with it.</summary>
public sealed record ServiceParsedImport
{
    public required ServiceImportKind Kind { get; init; }
    public required int RowsRead { get; init; }

    /// <summary>The stored columns the file carries; an update changes only these (DOMAIN §5).</summary>
    public required IReadOnlySet<ServiceField> Columns { get; init; }
    public IReadOnlyList<AgentRow> Agents { get; init; } = [];
    public IReadOnlyList<RefundRow> Refunds { get; init; } = [];
    public IReadOnlyList<RivalRow> Rivals { get; init; } = [];
    public IReadOnlyList<LostCustomerRow> Losses { get; init; } = [];
    public required IReadOnlyList<ImportIssue> Errors { get; init; }
    public required IReadOnlyList<ImportIssue> Warnings { get; init; }
    public int ErrorCount { get; init; }
    public int WarningCount { get; init; }
    public System.Globalization.CultureInfo Culture { get; init; } = ImportCultures.English;

    public bool IsValid => ErrorCount == 0;

    /// <summary>The days the rows cover (refunds: their completion days), for the import record.</summary>
    public IEnumerable<DateOnly> Dates => Kind switch
    {
        ServiceImportKind.ServiceAgents => Agents.Select(r => r.Date),
        ServiceImportKind.Refunds => Refunds.Select(r => r.CompletedOn ?? r.AppliedOn).OfType<DateOnly>(),
        ServiceImportKind.Competitors => Rivals.Select(r => r.Date),
        _ => Losses.Select(r => r.Date),
    };
}
