using Microsoft.AspNetCore.Components;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Web.Components.Pages.Admin;

/// <summary>
/// The signed-in user's API keys (the owner sees everyone's): create one (name, scope, optional expiry, optionally
/// narrowed to some of the user's stores) — its secret is shown once, here, and stored only as a hash — and revoke.
/// Through <see cref="CredentialService"/>, the API's own code: never beyond the user's role and stores, audited.
/// </summary>
public sealed partial class KeysPage
{
    private IReadOnlyList<ApiKeyInfo> _keys = [];
    private IReadOnlyList<StoreInfo> _stores = [];
    private bool _everyone;
    private string? _name;
    private string _scope = KeyScopes.Read;
    private string? _expires;
    private HashSet<string> _chosen = new(StringComparer.Ordinal);
    private string? _newKey;

    [Inject] public required CredentialService Credentials { get; init; }
    [Inject] public required StoreCatalog Catalog { get; init; }
    [Inject] public required StoreAccess Access { get; init; }

    protected override async Task OnInitializedAsync()
    {
        _everyone = (await Access.CurrentAsync()).May(Permission.Administer);
        _stores = await Catalog.ListAllAsync();
        await ReloadAsync();
    }

    private async Task ReloadAsync() => _keys = await Credentials.ListKeysAsync();

    private async Task CreateAsync()
    {
        _newKey = null;
        if (!AdminText.TryExpiry(_expires, out var expiresAt))
        {
            Say(L["ExpiresInvalid"], error: true);
            return;
        }

        try
        {
            var stores = _stores.Select(s => s.Code).Where(_chosen.Contains).ToList();
            var (key, token) = await Credentials.CreateKeyAsync(_name, _scope, null, expiresAt, stores);
            _newKey = token;
            Say(string.Format(AdminText.Culture, L["KeyCreated"], key.Name), error: false);
            _name = null;
            _expires = null;
            _chosen = new HashSet<string>(StringComparer.Ordinal);
        }
        catch (CredentialException ex)
        {
            Say(ex.Message, error: true);
        }

        await ReloadAsync();
    }

    private async Task RevokeAsync(int id)
    {
        _newKey = null;
        Say(await Credentials.RevokeKeyAsync(id) ? L["KeyRevoked"] : L["KeyNotFound"], error: false);
        await ReloadAsync();
    }

    private static string When(DateTimeOffset at) => AdminText.When(at);
}
