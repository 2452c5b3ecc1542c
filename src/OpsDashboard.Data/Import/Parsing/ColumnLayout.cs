namespace OpsDashboard.Data.Import.Parsing;

/// <summary>A header cell: its position and its text as the user wrote it (for messages).</summary>
internal sealed record BoundColumn(int Index, string Header);

/// <summary>A column holding a stored fact.</summary>
internal sealed record BoundFact(BoundColumn Column, FactColumn Fact);

/// <summary>A column holding a rate, average or ratio we compute ourselves.</summary>
internal sealed record BoundMetric(BoundColumn Column, DerivedMetric Metric);

/// <summary>What each column of a file means for one import kind, decided once from the header row.</summary>
internal sealed class ColumnLayout
{
    public required ImportKind Kind { get; init; }
    public required int HeaderRowNumber { get; init; }
    public required IReadOnlyDictionary<KeyField, BoundColumn> Keys { get; init; }
    public required IReadOnlyList<BoundFact> Facts { get; init; }

    /// <summary>Rates that stand in for a missing count (bounce rate → bounced visitors).</summary>
    public required IReadOnlyList<BoundMetric> Conversions { get; init; }

    /// <summary>Rates and averages read only to warn when they disagree with the counts.</summary>
    public required IReadOnlyList<BoundMetric> Checks { get; init; }

    /// <summary>The one day a file without a date column covers (from its title block or name); null when it has a date column.</summary>
    public DateOnly? FileDate { get; init; }

    /// <summary>Whose export the file is (DOMAIN §9); 生意参谋 unless its header says otherwise.</summary>
    public HeaderDialect Dialect { get; init; } = HeaderDialects.BusinessAdvisor;

    /// <summary>Whether the visitors read are sessions (a Shopify file without Online store visitors).</summary>
    public bool CountsSessions { get; init; }

    /// <summary>The fact columns the file carries, directly or by conversion, in <see cref="FactColumns"/> order.</summary>
    public IReadOnlyList<string> Columns =>
        FactColumns.For(Kind)
            .Select(column => column.Name)
            .Where(name => Facts.Any(fact => fact.Fact.Name == name) || Conversions.Any(rate => rate.Metric.Numerator == name))
            .ToList();

    public BoundColumn? Key(KeyField field) => Keys.GetValueOrDefault(field);

    /// <summary>The column a fact's value comes from (the rate column for a converted count).</summary>
    public BoundColumn? ColumnOf(string fact) =>
        Facts.FirstOrDefault(bound => bound.Fact.Name == fact)?.Column
        ?? Conversions.FirstOrDefault(bound => bound.Metric.Numerator == fact)?.Column;
}
