namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Several names for one fact in one export, best first: the first present is read, the others are
/// ignored with <see cref="ReasonKey"/> (its argument is the column that was read instead).
/// </summary>
internal sealed record HeaderPreference(IReadOnlyList<string> Names, string ReasonKey);

/// <summary>
/// How one platform's export names its columns (DOMAIN §9): its own names on top of the common
/// catalogue (<see cref="HeaderCatalog"/>), the columns it carries that we leave out, the names
/// that identify it, and which of two columns for one fact wins. The store's platform only breaks
/// a tie between dialects; the header decides.
/// </summary>
internal class HeaderDialect
{
    private readonly Dictionary<string, ColumnMeaning> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _signature = new(StringComparer.Ordinal);

    public HeaderDialect(string code, string exportName, IReadOnlyList<string> platforms)
    {
        Code = code;
        ExportName = exportName;
        Platforms = platforms;
    }

    /// <summary>The dialect's stable code ("sycm", "jd", "douyin", "pinduoduo", "shopify").</summary>
    public string Code { get; }

    /// <summary>The export's name as its users know it (生意参谋, 京东商智, 抖店罗盘…), for notes and docs.</summary>
    public string ExportName { get; }

    /// <summary>The store platforms (<see cref="Stores.StorePlatforms"/>) whose files this dialect expects.</summary>
    public IReadOnlyList<string> Platforms { get; }

    public IReadOnlyList<HeaderPreference> Preferences { get; init; } = [];

    /// <summary>Adds the dialect's names for a meaning; <paramref name="identifying"/> names count towards detection.</summary>
    public HeaderDialect Map(ColumnMeaning meaning, IReadOnlyList<string> names, bool identifying = false)
    {
        foreach (var name in names)
        {
            var key = HeaderCatalog.Normalize(name);
            if (!_names.TryAdd(key, meaning))
            {
                throw new InvalidOperationException($"Header name '{name}' is listed twice in the {Code} dialect.");
            }

            if (identifying)
            {
                _signature.Add(key);
            }
        }

        return this;
    }

    /// <summary>Names of the common catalogue that identify this dialect (生意参谋's 支付金额).</summary>
    public HeaderDialect Identify(IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            _signature.Add(HeaderCatalog.Normalize(name));
        }

        return this;
    }

    /// <summary>The meaning of one header cell in this dialect, before preferences are applied.</summary>
    public ColumnMeaning? Find(string header) =>
        _names.TryGetValue(HeaderCatalog.Normalize(header), out var meaning) ? meaning : HeaderCatalog.Find(header);

    /// <summary>How many of a header row's cells only this dialect's export uses.</summary>
    public int Score(IReadOnlyList<string> cells) =>
        cells.Select(HeaderCatalog.Normalize).Distinct(StringComparer.Ordinal).Count(_signature.Contains);

    /// <summary>The meaning of every cell of a header row, with the preferences applied.</summary>
    public IReadOnlyList<ColumnMeaning?> Meanings(IReadOnlyList<string> cells)
    {
        var meanings = cells.Select(Find).ToList();
        var normalized = cells.Select(HeaderCatalog.Normalize).ToList();
        foreach (var preference in Preferences)
        {
            var present = preference.Names
                .Select(name => normalized.IndexOf(HeaderCatalog.Normalize(name)))
                .Where(index => index >= 0)
                .ToList();
            foreach (var index in present.Skip(1))
            {
                meanings[index] = new IgnoredColumn(new ImportMessage(preference.ReasonKey, HeaderCatalog.Clean(cells[present[0]])));
            }
        }

        Adjust(normalized, meanings);
        return meanings;
    }

    /// <summary>A dialect's own rule for a column whose meaning depends on the others (Shopify's conversion rate).</summary>
    protected virtual void Adjust(IReadOnlyList<string> normalized, List<ColumnMeaning?> meanings)
    {
    }
}
