using System.Security.Cryptography;
using System.Text;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Web.Accounts;

namespace OpsDashboard.Web.Api;

/// <summary>
/// The API keys the app accepts: Api__BootstrapKey from configuration, or else a key generated
/// once into the data folder (readable by its owner only) so a fresh install has one without any set-up. Either is an
/// owner key (DOMAIN §8). Keys are never logged; a configured key shorter than <see cref="MinimumLength"/> is refused.
/// </summary>
public sealed class ApiKeys
{
    public const int MinimumLength = 20;

    private readonly byte[][] _accepted;

    public ApiKeys(string? bootstrapKey, string dataFolder)
    {
        if (!string.IsNullOrWhiteSpace(bootstrapKey))
        {
            if (bootstrapKey.Trim().Length < MinimumLength)
            {
                throw new InvalidOperationException($"Api__BootstrapKey is shorter than {MinimumLength} characters; use a long random key (e.g. openssl rand -hex 24).");
            }

            _accepted = [Encoding.UTF8.GetBytes(bootstrapKey.Trim())];
            KeyFile = null;
            return;
        }

        Directory.CreateDirectory(dataFolder);
        KeyFile = Path.GetFullPath(Path.Combine(dataFolder, "api-key.txt"));
        if (!File.Exists(KeyFile))
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var writer = new StreamWriter(KeyFile, Encoding.ASCII, options);
            writer.Write(Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant());
        }
        else if (!OperatingSystem.IsWindows())
        {
            // A key file written by an older version (0644): readable by its owner only from now on.
            File.SetUnixFileMode(KeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
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

/// <summary>
/// Rejects /api/v1 calls without a valid X-Api-Key with 401 and a ProblemDetails body; a valid key becomes the
/// request's caller (<see cref="CallerContext"/>): the bootstrap key is an owner, a user's key acts for that user
/// within its scope. A failed key is logged with the client address, never the key.
/// </summary>
public sealed class ApiKeyFilter(ApiKeys keys, AccessDirectory directory, ILogger<ApiKeyFilter> logger) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>The caller of <c>Api__BootstrapKey</c> (or the generated key file): the owner of everything.</summary>
    public static readonly Caller BootstrapCaller = Caller.ForUser(CallerKind.ApiKey, "bootstrap-key", "bootstrap", Roles.Owner, true, new HashSet<int>());

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var presented = http.Request.Headers[HeaderName].ToString();
        var caller = keys.IsValid(presented) ? BootstrapCaller : await directory.ApiKeyAsync(presented.Trim(), http.RequestAborted);
        if (caller is null)
        {
            if (!string.IsNullOrEmpty(presented))
            {
                logger.LogWarning("Rejected an API key from {ClientAddress} for {Method} {Path}", http.Connection.RemoteIpAddress, http.Request.Method, http.Request.Path);
                http.Features.Get<FailedAttemptFeature>()?.Fail();
            }

            var detail = string.IsNullOrEmpty(presented)
                ? $"The {HeaderName} header is missing. Send the API key in {HeaderName}."
                : $"The {HeaderName} header does not hold a valid API key.";
            return Results.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        using (CallerContext.Use(caller))
        {
            return await next(context);
        }
    }
}
