using System.Security.Cryptography;
using System.Text;

namespace OpsDashboard.Web.Api;

/// <summary>
/// The API keys the app accepts: Api__BootstrapKey from configuration, or else a key generated
/// once into the data folder so a fresh install has one without any set-up. Keys are never logged.
/// </summary>
public sealed class ApiKeys
{
    private readonly byte[][] _accepted;

    public ApiKeys(string? bootstrapKey, string dataFolder)
    {
        if (!string.IsNullOrWhiteSpace(bootstrapKey))
        {
            _accepted = [Encoding.UTF8.GetBytes(bootstrapKey.Trim())];
            KeyFile = null;
            return;
        }

        Directory.CreateDirectory(dataFolder);
        KeyFile = Path.GetFullPath(Path.Combine(dataFolder, "api-key.txt"));
        if (!File.Exists(KeyFile))
        {
            File.WriteAllText(KeyFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant());
        }

        _accepted = [Encoding.UTF8.GetBytes(File.ReadAllText(KeyFile).Trim())];
    }

    /// <summary>Where the generated key lives, or null when the key comes from configuration.</summary>
    public string? KeyFile { get; }

    public bool IsValid(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var bytes = Encoding.UTF8.GetBytes(presented.Trim());
        return _accepted.Any(key => CryptographicOperations.FixedTimeEquals(key, bytes));
    }
}

/// <summary>Rejects /api/v1 calls without a valid X-Api-Key with 401 and a ProblemDetails body.</summary>
public sealed class ApiKeyFilter(ApiKeys keys) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var presented = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (!keys.IsValid(presented))
        {
            var detail = string.IsNullOrEmpty(presented)
                ? $"The {HeaderName} header is missing. Send the API key in {HeaderName}."
                : $"The {HeaderName} header does not hold a valid API key.";
            return ValueTask.FromResult<object?>(Results.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized"));
        }

        return next(context);
    }
}
