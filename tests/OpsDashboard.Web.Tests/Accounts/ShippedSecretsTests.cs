using System.Text.RegularExpressions;

namespace OpsDashboard.Web.Tests.Accounts;

/// <summary>
/// No shipped default secret (issue 13): docker-compose.yml gives no password or key a fallback value that would be
/// the same on every install — a missing database password stops compose, a missing API key leaves the app to
/// generate its own.
/// </summary>
public sealed class ShippedSecretsTests
{
    [Fact]
    public void DockerCompose_GivesNoSecretADefaultValue()
    {
        var compose = File.ReadAllText(Path.Combine(Testing.RepositoryPaths.Root(), "docker-compose.yml"));
        var secrets = Regex.Matches(compose, @"\$\{(OPSDASH_[A-Z_]*(?:PASSWORD|KEY)[A-Z_]*)(:?[-?])([^}]*)\}");

        Assert.NotEmpty(secrets);
        foreach (Match secret in secrets)
        {
            var (name, op, fallback) = (secret.Groups[1].Value, secret.Groups[2].Value, secret.Groups[3].Value);
            Assert.True(op.EndsWith('?') || fallback.Length == 0, $"{name} falls back to \"{fallback}\" in docker-compose.yml");
        }

        Assert.Contains("${OPSDASH_DB_PASSWORD:?", compose, StringComparison.Ordinal);
    }
}
