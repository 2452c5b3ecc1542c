using Microsoft.Extensions.Options;
using OpsDashboard.Data.Import;

namespace OpsDashboard.Web.Configuration;

/// <summary>Refuses to start with an "Import:Limits" setting out of range, naming the setting and its range.</summary>
public sealed class ImportLimitsValidation : IValidateOptions<ImportLimits>
{
    public ValidateOptionsResult Validate(string? name, ImportLimits options) =>
        options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
