using Microsoft.AspNetCore.Components;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Accounts;

namespace OpsDashboard.Web.Components.Pages.Admin;

/// <summary>
/// Wall-screen links (owner; a manager for their stores): create a read-only link to the meeting screen of some
/// stores (optional expiry) — its URL is shown once, to copy onto the TV — and revoke one, which ends the wall screen
/// at its next request. Through <see cref="CredentialService"/>, the API's own code, audited.
/// </summary>
public sealed partial class DisplayLinksPage
{
    private IReadOnlyList<DisplayLinkInfo> _links = [];
    private IReadOnlyList<StoreInfo> _stores = [];
    private string? _expires;
    private HashSet<string> _chosen = new(StringComparer.Ordinal);
    private string? _newUrl;

    [Inject] public required CredentialService Credentials { get; init; }
    [Inject] public required StoreCatalog Catalog { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }

    protected override async Task OnInitializedAsync()
    {
        _stores = await Catalog.ListAsync();
        await ReloadAsync();
    }

    private async Task ReloadAsync() => _links = await Credentials.ListLinksAsync();

    private async Task CreateAsync()
    {
        _newUrl = null;
        if (!AdminText.TryExpiry(_expires, out var expiresAt))
        {
            Say(L["ExpiresInvalid"], error: true);
            return;
        }

        var stores = _stores.Select(s => s.Code).Where(_chosen.Contains).ToList();
        if (stores.Count == 0)
        {
            Say(L["LinkStoresRequired"], error: true);
            return;
        }

        try
        {
            var (link, token) = await Credentials.CreateLinkAsync(stores, expiresAt);
            _newUrl = Navigation.ToAbsoluteUri($"{AccountUrls.Display}/{token}").ToString();
            Say(string.Format(AdminText.Culture, L["LinkCreated"], string.Join(", ", link.Stores)), error: false);
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
        _newUrl = null;
        Say(await Credentials.RevokeLinkAsync(id) ? L["LinkRevoked"] : L["LinkNotFound"], error: false);
        await ReloadAsync();
    }
}
