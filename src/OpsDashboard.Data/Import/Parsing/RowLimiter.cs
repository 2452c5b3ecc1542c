namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Applies the row, column and cell-length caps to each row as it is read, before it is kept. A text
/// file's rows are capped by <see cref="ImportLimits.MaxTextRows"/>, a sheet's by <see cref="ImportLimits.MaxRows"/>.
/// </summary>
internal sealed class RowLimiter(ImportLimits limits, bool text = false)
{
    public void CheckRow(int number)
    {
        if (text && number > limits.MaxTextRows)
        {
            throw new ImportRefusedException(new ImportMessage("LimitTextRows", limits.MaxTextRows), ImportLimit.TextRows, number);
        }

        if (!text && number > limits.MaxRows)
        {
            throw new ImportRefusedException(new ImportMessage("LimitRows", limits.MaxRows), ImportLimit.Rows, number);
        }
    }

    /// <summary>Refuses a row with more columns than allowed; <paramref name="columns"/> may be a lower bound ("more than").</summary>
    public void CheckColumns(int number, int columns)
    {
        if (columns > limits.MaxColumns)
        {
            throw new ImportRefusedException(new ImportMessage("LimitColumns", number, columns, limits.MaxColumns), ImportLimit.Columns, number);
        }
    }

    public void CheckCell(int number, int index, string text)
    {
        if (text.Length > limits.MaxCellLength)
        {
            throw new ImportRefusedException(
                new ImportMessage("LimitCellLength", number, ColumnName(index), text.Length, limits.MaxCellLength), ImportLimit.CellLength, number);
        }
    }

    /// <summary>A spreadsheet column name (0 → A, 26 → AA) so the user can find the cell.</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
