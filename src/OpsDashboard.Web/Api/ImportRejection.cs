using System.Globalization;
using OpsDashboard.Data.Import;

namespace OpsDashboard.Web.Api;

/// <summary>
/// The problem answer of an import that wrote nothing: 413 when the .xlsx inflates past its size
/// or entry cap, 422 otherwise (bad rows, too many rows, columns or characters in a cell). At most
/// <see cref="ImportLimits.MaxIssuesListed"/> errors and warnings are listed, with their totals and
/// "…and N more"; <c>limit</c> names the setting that refused the file.
/// </summary>
public static class ImportRejection
{
    public static IResult Of(ImportResult result, CultureInfo culture)
    {
        var status = result.ExceededLimit is ImportLimit.XlsxUncompressedSize or ImportLimit.XlsxEntries
            ? StatusCodes.Status413PayloadTooLarge
            : StatusCodes.Status422UnprocessableEntity;
        return Results.Json(
            new
            {
                type = status == StatusCodes.Status413PayloadTooLarge
                    ? "https://tools.ietf.org/html/rfc9110#section-15.5.14"
                    : "https://tools.ietf.org/html/rfc4918#section-11.2",
                title = new ImportMessage("RejectedTitle").Render(culture),
                status,
                detail = result.ExceededLimit is null
                    ? new ImportMessage("RejectedDetail", result.ErrorCount, result.RowsRead).Render(culture)
                    : result.Errors[0].Message,
                rowsRead = result.RowsRead,
                limit = result.ExceededLimit is { } limit ? SettingOf(limit) : null,
                errorCount = result.ErrorCount,
                warningCount = result.WarningCount,
                errors = result.Errors.Select(ImportIssueDto.From),
                moreErrors = ImportResult.More(result.ErrorCount, result.Errors.Count, culture),
                warnings = result.Warnings.Select(ImportIssueDto.From),
                moreWarnings = ImportResult.More(result.WarningCount, result.Warnings.Count, culture),
            },
            statusCode: status,
            contentType: "application/problem+json");
    }

    /// <summary>The configuration key of the cap that refused a file.</summary>
    public static string SettingOf(ImportLimit limit) => limit switch
    {
        ImportLimit.XlsxUncompressedSize => "Import:Limits:" + nameof(ImportLimits.MaxXlsxUncompressedMegabytes),
        ImportLimit.XlsxEntries => "Import:Limits:" + nameof(ImportLimits.MaxXlsxEntries),
        ImportLimit.Rows => "Import:Limits:" + nameof(ImportLimits.MaxRows),
        ImportLimit.TextRows => "Import:Limits:" + nameof(ImportLimits.MaxTextRows),
        ImportLimit.Columns => "Import:Limits:" + nameof(ImportLimits.MaxColumns),
        ImportLimit.CellLength => "Import:Limits:" + nameof(ImportLimits.MaxCellLength),
        _ => "memory",
    };
}
