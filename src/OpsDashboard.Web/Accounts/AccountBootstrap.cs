using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpsDashboard.Data.Accounts;

namespace OpsDashboard.Web.Accounts;

/// <summary>The one-time link that lets the first visitor create the owner (printed at start-up while no user exists).</summary>
public sealed class SetupToken
{
    public string Value { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(Value));
}

/// <summary>Start-up and first-run account work: the four roles, the automation owner, the first owner from /setup.</summary>
public sealed class AccountBootstrap(IServiceScopeFactory scopes, IOptions<AuthOptions> options, AccessDirectory directory, ILogger<AccountBootstrap> logger)
{
    private readonly SemaphoreSlim _setupGate = new(1, 1);

    /// <summary>Creates the roles and, when Auth__BootstrapAdmin__Email and __Password are set, that owner (once).</summary>
    public async Task PrepareAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var admin = options.Value.BootstrapAdmin;
        if (string.IsNullOrWhiteSpace(admin.Email) || string.IsNullOrEmpty(admin.Password))
        {
            NeededSetupAtStart = await NeedsSetupAsync(ct);
            return;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(admin.Email) is null)
        {
            var errors = await CreateAsync(users, admin.Email, admin.Password, Roles.Owner, allStores: true);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"Auth__BootstrapAdmin could not be created: {string.Join(" ", errors)}");
            }

            logger.LogInformation("Created the owner {Email} from Auth__BootstrapAdmin", admin.Email);
        }
    }

    /// <summary>Whether no user existed when the app started (then the setup link is printed).</summary>
    public bool NeededSetupAtStart { get; private set; }

    public async Task<bool> NeedsSetupAsync(CancellationToken ct = default) => !await directory.AnyUserAsync(ct);

    /// <summary>Creates the first owner; refused (with a message) once any user exists, also when two visitors race.</summary>
    public async Task<IReadOnlyList<string>> CreateFirstOwnerAsync(string email, string password, CancellationToken ct = default)
    {
        await _setupGate.WaitAsync(ct);
        try
        {
            if (await directory.AnyUserAsync(ct))
            {
                return ["SetupDone"];
            }

            await using var scope = scopes.CreateAsyncScope();
            return await CreateAsync(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(), email, password, Roles.Owner, allStores: true);
        }
        finally
        {
            _setupGate.Release();
        }
    }

    /// <summary>Creates a user with a role and stores; the errors in words (empty on success).</summary>
    public static async Task<IReadOnlyList<string>> CreateAsync(UserManager<AppUser> users, string email, string password, string role, bool allStores)
    {
        var user = new AppUser { UserName = email.Trim(), Email = email.Trim(), AllStores = allStores, CreatedAt = DateTimeOffset.UtcNow, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created.Errors.Select(e => e.Description).ToList();
        }

        var inRole = await users.AddToRoleAsync(user, role);
        return inRole.Succeeded ? [] : inRole.Errors.Select(e => e.Description).ToList();
    }
}
