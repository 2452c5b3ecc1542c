namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Turns one data row into a <see cref="ParsedRow"/>: reads the key and every fact cell, converts a
/// rate that stands in for a count, then applies the rules an actual day cannot break. Every
/// problem is reported; none stops the row from being read further. A file without a date column
/// (a one-day export) dates every row with <see cref="ColumnLayout.FileDate"/>; a date after the
/// store's <c>today</c> is an error.
/// </summary>
internal sealed class RowBuilder(ColumnLayout layout, IssueCollector issues, DateOnly? today)
{
    /// <summary>Counts that are subsets of the day's visitors (DOMAIN §5: "impossible rows are errors").</summary>
    private static readonly string[] SubsetsOfVisitors = ["paying_buyers", "bounced_visitors", "order_buyers"];

    public BuiltRow Build(RawRow row)
    {
        var errorsBefore = issues.ErrorCount;
        if (row.ForeignTo is { } encoding)
        {
            issues.Error(row.Number, null, "MixedEncoding", row.Number, encoding);
        }

        var date = ReadDate(row);
        var skuCode = layout.Kind == ImportKind.SkuDaily ? ReadItem(row, KeyField.SkuCode, "SkuCodeEmpty") : null;
        var sourceName = layout.Kind == ImportKind.SourceDaily ? ReadItem(row, KeyField.SourceName, "SourceNameEmpty") : null;
        var sourceKind = ReadSourceKind(row);
        var skuName = Text(row, KeyField.SkuName, ImportBounds.SkuNameLength);
        var skuCategory = Text(row, KeyField.SkuCategory, ImportBounds.SkuCategoryLength);

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        ReadFacts(row, values);
        ConvertRates(row, values);
        CheckSubsetsOfVisitors(row, values);
        CheckDerivedMetrics(row, values);

        var item = skuCode ?? sourceName;
        var hasKey = date is not null && (layout.Kind == ImportKind.StoreDaily || item is not null);
        var key = hasKey ? new RowKey(date!.Value, item) : (RowKey?)null;
        if (!hasKey || issues.ErrorCount != errorsBefore)
        {
            return new BuiltRow(key, null);
        }

        return new BuiltRow(key, new ParsedRow
        {
            RowNumber = row.Number,
            Date = date!.Value,
            SkuCode = skuCode,
            SkuName = skuName,
            SkuCategory = skuCategory,
            SourceName = sourceName,
            SourceKind = sourceKind,
            Values = values,
        });
    }

    private DateOnly? ReadDate(RawRow row)
    {
        if (layout.Key(KeyField.Date) is not { } column)
        {
            return CheckNotInFuture(row, null, layout.FileDate);
        }

        var date = CellParser.Date(row.Cell(column.Index));
        if (!date.IsOk)
        {
            issues.Error(row.Number, column.Header, date.Error!);
            return null;
        }

        if (date.Value is null)
        {
            issues.Error(row.Number, column.Header, "DateEmpty");
        }

        return CheckNotInFuture(row, column.Header, date.Value);
    }

    private DateOnly? CheckNotInFuture(RawRow row, string? column, DateOnly? date)
    {
        if (date is { } early && early < ImportBounds.EarliestDate)
        {
            issues.Error(row.Number, column, "DateTooEarly", row.Number, early, ImportBounds.EarliestDate);
            return null;
        }

        if (date is { } day && today is { } storeToday && day > storeToday)
        {
            issues.Error(row.Number, column, "DateInFuture", row.Number, day, storeToday);
            return null;
        }

        return date;
    }

    private string? ReadItem(RawRow row, KeyField field, string emptyKey)
    {
        var column = layout.Key(field)!;
        var text = CellParser.Text(row.Cell(column.Index));
        if (text is null)
        {
            issues.Error(row.Number, column.Header, emptyKey);
            return null;
        }

        if (field == KeyField.SkuCode && CellParser.IsScientificNotation(text))
        {
            // The id went through a spreadsheet as a number; its last digits are gone for good.
            issues.Error(row.Number, column.Header, "ScientificItemId", text);
            return null;
        }

        return WithinLength(row, column, text, field == KeyField.SkuCode ? ImportBounds.SkuCodeLength : ImportBounds.SourceNameLength);
    }

    private string? ReadSourceKind(RawRow row)
    {
        if (layout.Key(KeyField.SourceKind) is not { } column)
        {
            return null;
        }

        var kind = CellParser.SourceKind(row.Cell(column.Index));
        if (!kind.IsOk)
        {
            issues.Error(row.Number, column.Header, kind.Error!);
        }

        return kind.Value;
    }

    private string? Text(RawRow row, KeyField field, int maxLength) =>
        layout.Key(field) is { } column && CellParser.Text(row.Cell(column.Index)) is { } text ? WithinLength(row, column, text, maxLength) : null;

    /// <summary>The text when it fits its database column; otherwise a row error (never a silent truncation).</summary>
    private string? WithinLength(RawRow row, BoundColumn column, string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        issues.Error(row.Number, column.Header, "TextTooLong", text[..Math.Min(40, text.Length)], text.Length, column.Header, maxLength);
        return null;
    }

    private void ReadFacts(RawRow row, Dictionary<string, object?> values)
    {
        foreach (var (column, fact) in layout.Facts)
        {
            var value = CellParser.Fact(fact.Type, row.Cell(column.Index));
            if (value.IsOk)
            {
                values[fact.Name] = value.Value;
            }
            else
            {
                issues.Error(row.Number, column.Header, value.Error!);
            }
        }
    }

    private void ConvertRates(RawRow row, Dictionary<string, object?> values)
    {
        foreach (var (column, metric) in layout.Conversions)
        {
            var rate = CellParser.Rate(row.Cell(column.Index));
            if (!rate.IsOk)
            {
                issues.Error(row.Number, column.Header, rate.Error!);
                continue;
            }

            if (values.GetValueOrDefault(metric.Denominator) is long denominator)
            {
                // "Rounded to the nearest whole visitor, halves up" (DOMAIN §5); both factors are non-negative.
                var count = decimal.Round((rate.Value ?? 0m) * denominator, 0, MidpointRounding.AwayFromZero);
                values[metric.Numerator] = (long)count;
            }
        }
    }

    private void CheckSubsetsOfVisitors(RawRow row, Dictionary<string, object?> values)
    {
        if (values.GetValueOrDefault("visitors") is not long visitors)
        {
            return;
        }

        foreach (var fact in SubsetsOfVisitors)
        {
            if (values.GetValueOrDefault(fact) is long count && count > visitors)
            {
                issues.Error(row.Number, layout.ColumnOf(fact)?.Header, "ExceedsVisitors", FactLabels.Of(fact), count, visitors);
            }
        }
    }

    private void CheckDerivedMetrics(RawRow row, Dictionary<string, object?> values)
    {
        foreach (var (column, metric) in layout.Checks)
        {
            if (DerivedMetricCheck.Disagreement(metric, row.Cell(column.Index), values) is { } message)
            {
                issues.Warn(row.Number, column.Header, message);
            }
        }
    }
}
