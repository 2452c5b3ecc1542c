using System.Globalization;

namespace OpsDashboard.Data.Import;

/// <summary>
/// What the parser may know about an upload besides its bytes: the name it was uploaded under (a
/// one-day 生意参谋 export carries its date only there and in its title block), the language its
/// messages are for, and the store's today (a later date is an error).
/// </summary>
public sealed record ImportFileContext
{
    public static ImportFileContext Default { get; } = new();

    /// <summary>The file name as uploaded (multipart file name, ?fileName= or Content-Disposition), or null.</summary>
    public string? FileName { get; init; }

    /// <summary>The language of errors, warnings and notes (<see cref="ImportCultures"/>); English by default.</summary>
    public CultureInfo Culture { get; init; } = ImportCultures.English;

    /// <summary>The store's today in its own time zone; rows dated after it are errors. Null: not checked.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>How much of the file may be read (the "Import:Limits" settings); the defaults when not given.</summary>
    public ImportLimits Limits { get; init; } = ImportLimits.Default;

    /// <summary>
    /// The store's platform (<see cref="Stores.StorePlatforms"/>): breaks a tie between export dialects
    /// whose names the header shares (DOMAIN §9). Null: the header alone decides.
    /// </summary>
    public string? Platform { get; init; }
}
