using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace OpsDashboard.Web.Components.Pages.Admin;

/// <summary>
/// What the account pages (users, keys, wall-screen links) share: the one message line at the top that says what the
/// last action did, copying a just-shown secret to the clipboard, and a credential's live/expired/revoked status.
/// </summary>
public abstract class AdminPage : ComponentBase
{
    [Inject] private IStringLocalizer<Resources.Admin> Words { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;

    /// <summary>What the last action did (or why it did not), shown above the page; null before any action.</summary>
    protected string? Message { get; private set; }

    protected bool MessageIsError { get; private set; }

    protected void Say(string message, bool error)
    {
        Message = message;
        MessageIsError = error;
    }

    protected void ClearMessage() => Message = null;

    protected async Task CopyAsync(string text) =>
        Say(await Js.InvokeAsync<bool>("opsDashboard.copyText", text) ? Words["Copied"] : Words["CopyFailed"], error: false);

    protected bool IsLive(DateTimeOffset? revokedAt, DateTimeOffset? expiresAt) => AdminText.IsLive(revokedAt, expiresAt, Clock);

    protected string Status(DateTimeOffset? revokedAt, DateTimeOffset? expiresAt) =>
        revokedAt is not null ? Words["Revoked"] : IsLive(revokedAt, expiresAt) ? Words["Active"] : Words["Expired"];
}
