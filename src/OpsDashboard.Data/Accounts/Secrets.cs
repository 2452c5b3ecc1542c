using System.Security.Cryptography;
using System.Text;

namespace OpsDashboard.Data.Accounts;

/// <summary>
/// Random bearer secrets (API keys, display-link tokens): "{kind}_{prefix}_{secret}". The prefix is public and finds the
/// row; only SHA-256 of the whole token is stored (the secret has 256 bits of entropy, so a fast hash is enough), and
/// the hashes are compared in constant time.
/// </summary>
public static class Secrets
{
    public static (string Token, string Prefix, byte[] Hash) New(string kind)
    {
        var prefix = Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        var token = $"{kind}_{prefix}_{secret}";
        return (token, prefix, Hash(token));
    }

    /// <summary>The prefix of a well-formed token of <paramref name="kind"/>, else null.</summary>
    public static string? PrefixOf(string kind, string? token)
    {
        if (token is null)
        {
            return null;
        }

        var parts = token.Split('_');
        return parts.Length == 3 && parts[0] == kind && parts[1].Length == 12 && parts[2].Length == 64 ? parts[1] : null;
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static bool Matches(string token, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(token), storedHash);
}
