using System.Globalization;
using Microsoft.AspNetCore.Components;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Accounts;

namespace OpsDashboard.Web.Components.Pages.Admin;

/// <summary>
/// The users screen (owner): create a user with a role and stores, change a user's role and stores, disable or enable
/// an account, set a new password. Everything goes through <see cref="UserAdmin"/> — the API's own code — so it is
/// audited the same way, and an open session of the changed user follows at once (<see cref="AccessChanges"/>).
/// </summary>
public sealed partial class UsersPage
{
    private IReadOnlyList<UserInfo> _users = [];
    private IReadOnlyList<StoreInfo> _stores = [];
    private string? _editing;
    private string? _email;
    private string? _password;
    private string _role = Roles.Operator;
    private bool _allStores;
    private HashSet<string> _chosen = new(StringComparer.Ordinal);
    private string? _resetting;
    private string? _resetPassword;

    [Inject] public required UserAdmin Users { get; init; }
    [Inject] public required StoreCatalog Catalog { get; init; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    protected override async Task OnInitializedAsync()
    {
        _stores = await Catalog.ListAllAsync();
        await ReloadAsync();
    }

    private async Task ReloadAsync() => _users = await Users.ListAsync();

    private string RoleName(string role) => Roles.IsKnown(role) ? L["Role_" + role] : role;

    private string StoresText(IReadOnlyList<string> stores) =>
        stores.Contains(UserAdmin.AllStores) ? L["AllStores"] : stores.Count == 0 ? L["NoStores"] : string.Join(", ", stores);

    private void NewForm()
    {
        _editing = null;
        _email = null;
        _password = null;
        _role = Roles.Operator;
        _allStores = false;
        _chosen = new HashSet<string>(StringComparer.Ordinal);
    }

    private void Edit(UserInfo user)
    {
        _editing = user.Email;
        _email = user.Email;
        _password = null;
        _role = Roles.IsKnown(user.Role) ? user.Role : Roles.Viewer;
        _allStores = user.Stores.Contains(UserAdmin.AllStores);
        _chosen = user.Stores.Where(s => s != UserAdmin.AllStores).ToHashSet(StringComparer.Ordinal);
        ClearMessage();
    }

    /// <summary>The stores as the API takes them: "*" for all, else the codes ticked (in the catalogue's order).</summary>
    private List<string> ChosenStores() =>
        _allStores || _role == Roles.Owner ? [UserAdmin.AllStores] : _stores.Select(s => s.Code).Where(_chosen.Contains).ToList();

    private async Task SaveAsync()
    {
        if (_editing is null && string.IsNullOrWhiteSpace(_email))
        {
            Say(L["EmailRequired"], error: true);
            return;
        }

        var stores = ChosenStores();
        if (stores.Count == 0)
        {
            Say(L["StoresRequired"], error: true);
            return;
        }

        var errors = _editing is { } email
            ? await Users.UpdateAsync(email, _role, stores)
            : await Users.CreateAsync(_email, _password, _role, stores);
        if (errors is null)
        {
            Say(string.Format(Culture, L["NoSuchUser"], _editing), error: true);
        }
        else if (errors.Count > 0)
        {
            Say(string.Join(" ", errors), error: true);
            return;
        }
        else
        {
            Say(string.Format(Culture, _editing is null ? L["UserCreated"] : L["UserSaved"], (_editing ?? _email)!.Trim()), error: false);
        }

        NewForm();
        await ReloadAsync();
    }

    private async Task SetDisabledAsync(UserInfo user, bool disabled)
    {
        var errors = await Users.SetDisabledAsync(user.Email, disabled);
        if (errors is { Count: > 0 })
        {
            Say(errors[0] == "CannotDisableSelf" ? L["CannotDisableSelf"] : string.Join(" ", errors), error: true);
            return;
        }

        Say(string.Format(Culture, disabled ? L["UserDisabled"] : L["UserEnabled"], user.Email), error: false);
        await ReloadAsync();
    }

    private void AskReset(UserInfo user)
    {
        _resetting = user.Email;
        _resetPassword = null;
        ClearMessage();
    }

    private async Task ResetAsync()
    {
        if (_resetting is not { } email)
        {
            return;
        }

        var errors = await Users.ResetPasswordAsync(email, _resetPassword);
        if (errors is { Count: > 0 })
        {
            Say(string.Join(" ", errors), error: true);
            return;
        }

        Say(string.Format(Culture, L["PasswordReset"], email), error: false);
        _resetting = null;
        _resetPassword = null;
    }
}
