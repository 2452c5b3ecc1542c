using System.Globalization;

namespace OpsDashboard.Data.Import;

/// <summary>
/// How much of an upload the importer is willing to read ("Import:Limits" settings, docs/security.md).
/// Each cap is checked while the file is read, before anything is kept for it, so a small hostile
/// file (a zip bomb, a sheet that claims a million rows and 16,384 columns) is refused early and
/// the process's memory stays bounded whatever the file says about itself.
/// </summary>
public sealed class ImportLimits
{
    public const string Section = "Import:Limits";

    /// <summary>The defaults, used wherever no configuration is given (tests, the parser's plain overloads).</summary>
    public static ImportLimits Default { get; } = new();

    /// <summary>All entries of an .xlsx together, once inflated (a zip bomb is refused at this size).</summary>
    public int MaxXlsxUncompressedMegabytes { get; set; } = 256;

    /// <summary>Entries (parts) in an .xlsx zip.</summary>
    public int MaxXlsxEntries { get; set; } = 1000;

    /// <summary>Rows of an .xlsx or .xls sheet, title, header and blank rows included (the spreadsheet's row numbers).</summary>
    public int MaxRows { get; set; } = 200_000;

    /// <summary>
    /// Lines of a CSV or other text export, title, header and blank lines included. Higher than
    /// <see cref="MaxRows"/>: text is read row by row and written through the bulk path without
    /// holding the rows (issue 10), so 2,000,000 (a 5,000-SKU store's 400 days, about 130 MB of CSV)
    /// stays within a few hundred MB; a sheet is far costlier to read and cannot hold more than
    /// 1,048,576 rows anyway.
    /// </summary>
    public int MaxTextRows { get; set; } = 2_000_000;

    /// <summary>Columns of any row.</summary>
    public int MaxColumns { get; set; } = 256;

    /// <summary>Characters of any one cell.</summary>
    public int MaxCellLength { get; set; } = 4000;

    /// <summary>Errors and, separately, warnings listed in an answer; the total is always given.</summary>
    public int MaxIssuesListed { get; set; } = 200;

    public long MaxXlsxUncompressedBytes => MaxXlsxUncompressedMegabytes * 1024L * 1024L;

    /// <summary>What is wrong with the settings (empty when they can be used), naming each setting.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        Check(problems, nameof(MaxXlsxUncompressedMegabytes), MaxXlsxUncompressedMegabytes, 1, 4096);
        Check(problems, nameof(MaxXlsxEntries), MaxXlsxEntries, 1, 100_000);
        Check(problems, nameof(MaxRows), MaxRows, 1, 10_000_000);
        Check(problems, nameof(MaxTextRows), MaxTextRows, 1, 10_000_000);
        Check(problems, nameof(MaxColumns), MaxColumns, 1, 16_384);
        Check(problems, nameof(MaxCellLength), MaxCellLength, 1, 1_000_000);
        Check(problems, nameof(MaxIssuesListed), MaxIssuesListed, 1, 100_000);
        return problems;
    }

    private static void Check(List<string> problems, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Import:Limits:{name} is {value}; it must be between {min} and {max}."));
        }
    }
}
