namespace OpsDashboard.Data.Import;

/// <summary>The three fact files of DOMAIN §2, named in the API as store-daily, sku-daily, source-daily.</summary>
public enum ImportKind
{
    StoreDaily,
    SkuDaily,
    SourceDaily,

    /// <summary>万相台/直通车 ads reports (DOMAIN §7), named ads.</summary>
    Ads,

    /// <summary>生意参谋 search keywords (DOMAIN §7), named search-keywords.</summary>
    SearchKeywords,
}

public static class ImportKinds
{
    public static string ToApiName(this ImportKind kind) => kind switch
    {
        ImportKind.SkuDaily => "sku-daily",
        ImportKind.SourceDaily => "source-daily",
        ImportKind.Ads => "ads",
        ImportKind.SearchKeywords => "search-keywords",
        _ => "store-daily",
    };

    public static bool TryParse(string? value, out ImportKind kind)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "store-daily":
                kind = ImportKind.StoreDaily;
                return true;
            case "sku-daily":
                kind = ImportKind.SkuDaily;
                return true;
            case "source-daily":
                kind = ImportKind.SourceDaily;
                return true;
            case "ads":
                kind = ImportKind.Ads;
                return true;
            case "search-keywords":
                kind = ImportKind.SearchKeywords;
                return true;
            default:
                kind = default;
                return false;
        }
    }
}
