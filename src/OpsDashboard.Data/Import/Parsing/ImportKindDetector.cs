namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Tells which of the three files an upload is from its header row (DOMAIN §5), so the person
/// importing need not choose: a SKU column (商品ID/sku_code) makes it sku-daily, a traffic-source
/// column (流量来源/source) source-daily, otherwise store-daily. The header row is found exactly as
/// the import finds it — below any title block, with the header catalogue's whole-name matching.
/// </summary>
public static class ImportKindDetector
{
    /// <summary>In the order they are tried: the more specific key columns first.</summary>
    private static readonly ImportKind[] MostSpecificFirst = [ImportKind.SkuDaily, ImportKind.SourceDaily, ImportKind.StoreDaily];

    /// <summary>The kind of file, or null when it cannot be read or has no header row we recognise (then ask the user).</summary>
    public static ImportKind? Detect(byte[] content)
    {
        try
        {
            using var table = RawTableReader.Open(content, ImportLimits.Default);
            return Detect(table.Head);
        }
        catch (ImportRefusedException)
        {
            return null;
        }
    }

    internal static ImportKind? Detect(IReadOnlyList<RawRow> rows, string? fileName = null, HeaderDialect? dialect = null)
    {
        dialect ??= HeaderDialects.Choose(rows, null);
        foreach (var kind in MostSpecificFirst)
        {
            if (HeaderRowFinder.Find(rows, kind, dialect) is not null)
            {
                return kind;
            }
        }

        // A one-day export has no date column; when its title or name gives the day, its key columns still tell the kind.
        foreach (var kind in MostSpecificFirst)
        {
            if (HeaderRowFinder.FindWithoutDate(rows, kind, dialect) is { } header
                && (FileDates.FromTitle(rows.Where(row => row.Number < header.Number)) ?? FileDates.FromFileName(fileName)) is not null)
            {
                return kind;
            }
        }

        return null;
    }
}
