using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Import.Promotion;

/// <summary>Reads one row's cells by field, collecting every problem with its row and column (DOMAIN §5 rules).</summary>
internal sealed class PromotionCells(PromotionLayout layout, IssueCollector issues, RawRow row)
{
    public bool Failed { get; private set; }

    /// <summary>A flow count: null without the column, 0 for an empty cell.</summary>
    public long? Count(PromotionField field)
    {
        if (layout.Column(field) is not { } column)
        {
            return null;
        }

        var result = CellParser.Count(row.Cell(column.Index));
        return Check(result, column.Header);
    }

    /// <summary>Money in minor units: null without the column, 0 for an empty cell.</summary>
    public long? Money(PromotionField field)
    {
        if (layout.Column(field) is not { } column)
        {
            return null;
        }

        var result = CellParser.MinorUnits(row.Cell(column.Index));
        return Check(result, column.Header);
    }

    /// <summary>A dimension's text ("" when the column is absent or the cell empty), at most <paramref name="maxLength"/> characters.</summary>
    public string Text(PromotionField field, int maxLength)
    {
        if (layout.Column(field) is not { } column)
        {
            return string.Empty;
        }

        var text = CellParser.Text(row.Cell(column.Index)) ?? string.Empty;
        if (text.Length > maxLength)
        {
            issues.Error(row.Number, column.Header, "TextTooLong", text[..Math.Min(40, text.Length)], text.Length, column.Header, maxLength);
            Failed = true;
            return string.Empty;
        }

        return text;
    }

    /// <summary>An item id: text, never a number that lost its digits.</summary>
    public string ItemId(int maxLength)
    {
        var text = Text(PromotionField.Item, maxLength);
        if (text.Length > 0 && CellParser.IsScientificNotation(text))
        {
            issues.Error(row.Number, layout.Column(PromotionField.Item)!.Value.Header, "ScientificItemId", text);
            Failed = true;
            return string.Empty;
        }

        return text;
    }

    /// <summary>The row's date (or the file's), not before the earliest day and not after the store's today.</summary>
    public DateOnly? Date(DateOnly? today)
    {
        string? header = null;
        DateOnly? date = layout.FileDate;
        if (layout.Column(PromotionField.Date) is { } column)
        {
            header = column.Header;
            var parsed = CellParser.Date(row.Cell(column.Index));
            if (!parsed.IsOk)
            {
                return Fail<DateOnly>(header, parsed.Error!);
            }

            if (parsed.Value is null)
            {
                issues.Error(row.Number, header, "DateEmpty");
                Failed = true;
                return null;
            }

            date = parsed.Value;
        }

        if (date is { } early && early < ImportBounds.EarliestDate)
        {
            return Fail<DateOnly>(header, new ImportMessage("DateTooEarly", row.Number, early, ImportBounds.EarliestDate));
        }

        if (date is { } day && today is { } storeToday && day > storeToday)
        {
            return Fail<DateOnly>(header, new ImportMessage("DateInFuture", row.Number, day, storeToday));
        }

        return date;
    }

    /// <summary>A checked-only figure (a rate or a derived amount): its number, or null when absent, empty or not a number (warned).</summary>
    public ParsedNumber? Checked(PromotionField field)
    {
        if (layout.Column(field) is not { } column || CellParser.IsEmpty(row.Cell(column.Index)))
        {
            return null;
        }

        var text = row.Cell(column.Index).Trim();
        if (NumberParser.TryParse(text, out var number))
        {
            return number;
        }

        issues.Warn(row.Number, column.Header, "CheckNotANumber", text);
        return null;
    }

    /// <summary>Warns when a checked figure disagrees with the value computed from the row's counts (it is never stored).</summary>
    public void Compare(PromotionField field, decimal? computed)
    {
        if (Checked(field) is not { } given || computed is not { } value)
        {
            return;
        }

        // A figure rounded to its shown decimals, decimal or percent alike (0.04208 and 4.208% are the same).
        var tolerance = given.HalfUnit + (Math.Abs(value) * 0.001m) + 0.000001m;
        if (Math.Abs(given.Value - value) > tolerance)
        {
            var header = layout.Column(field)!.Value.Header;
            issues.Warn(row.Number, header, "Promotion_CheckDisagrees", header, row.Cell(layout.Column(field)!.Value.Index).Trim(), decimal.Round(value, 6));
        }
    }

    private T? Check<T>(CellResult<T> result, string header)
        where T : struct
    {
        if (result.IsOk)
        {
            return result.Value;
        }

        issues.Error(row.Number, header, result.Error!);
        Failed = true;
        return null;
    }

    private T? Fail<T>(string? header, ImportMessage message)
        where T : struct
    {
        issues.Error(row.Number, header, message);
        Failed = true;
        return null;
    }
}
