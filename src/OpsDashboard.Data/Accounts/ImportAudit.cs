using System.Security.Cryptography;

namespace OpsDashboard.Data.Accounts;

/// <summary>
/// The SHA-256 of the file being imported, for the audit row of its batch (<see cref="AuditInterceptor"/>). Set by the
/// import's entry point around the write — an async-local, so every importer (sales, promotion, service, whichever page,
/// API call or tool started it) is covered without each one carrying the hash to its batch row.
/// </summary>
public static class ImportAudit
{
    private static readonly AsyncLocal<string?> Current = new();

    /// <summary>The hash of the file of the import running in this flow, lower-case hex, or null.</summary>
    public static string? FileSha256 => Current.Value;

    /// <summary>Makes <paramref name="content"/>'s SHA-256 the current file's until the returned scope is disposed.</summary>
    public static IDisposable ForFile(ReadOnlySpan<byte> content) => Use(Sha256(content));

    /// <summary>Makes a hash already computed (e.g. of a staged upload) the current file's until disposed.</summary>
    public static IDisposable Use(string? sha256)
    {
        var previous = Current.Value;
        Current.Value = sha256;
        return new Restore(previous);
    }

    public static string Sha256(ReadOnlySpan<byte> content) => Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
