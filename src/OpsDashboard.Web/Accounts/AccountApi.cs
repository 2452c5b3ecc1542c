using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Web.Api;

namespace OpsDashboard.Web.Accounts;

public sealed record CreateUserRequest(string? Email, string? Password, string? Role, IReadOnlyList<string>? Stores);

public sealed record UpdateUserRequest(string? Role, IReadOnlyList<string>? Stores);

public sealed record CreateKeyRequest(string? Name, string? Scope, string? User, DateTimeOffset? ExpiresAt, IReadOnlyList<string>? Stores = null);

public sealed record CreatedKeyDto(int Id, string Key, string Name, string Scope, DateTimeOffset? ExpiresAt)
{
    /// <summary>The stores the key is narrowed to; empty: all its user's stores.</summary>
    public IReadOnlyList<string> Stores { get; init; } = [];
}

public sealed record CreateDisplayLinkRequest(IReadOnlyList<string>? Stores, DateTimeOffset? ExpiresAt);

public sealed record CreatedDisplayLinkDto(int Id, string Url, IReadOnlyList<string> Stores, DateTimeOffset? ExpiresAt);

/// <summary>
/// DOMAIN §8's calls: users (owner), keys (a user for themselves; the owner for anyone), display links (owner, or a
/// manager for their stores) and the audit trail. Mapped in the v1 group, so the key, store and permission filters apply.
/// </summary>
public static class AccountApi
{
    public static RouteGroupBuilder MapAccountApi(this RouteGroupBuilder api)
    {
        api.MapGet("/users", async (UserAdmin users, CancellationToken ct) => TypedResults.Ok(await users.ListAsync(ct)))
            .WithMetadata(new RequiresPermissionAttribute(Permission.Administer)).WithName("ListUsers").WithSummary("Users, their role and stores (owner).");
        api.MapPost("/users", async Task<Results<Created<UserInfo>, ProblemHttpResult>> (CreateUserRequest? request, UserAdmin users, CancellationToken ct) =>
            {
                var errors = await users.CreateAsync(request?.Email, request?.Password, request?.Role, request?.Stores, ct);
                return errors.Count > 0
                    ? ApiEndpoints.BadRequest(string.Join(" ", errors))
                    : TypedResults.Created($"/api/v1/users/{request!.Email!.Trim()}", (await users.ListAsync(ct)).First(u => u.Email == request.Email.Trim()));
            })
            .WithMetadata(new RequiresPermissionAttribute(Permission.Administer)).WithName("CreateUser").WithSummary("Creates a user with a role and stores (owner).");
        api.MapPut("/users/{email}", async Task<Results<Ok<UserInfo>, ProblemHttpResult>> (string email, UpdateUserRequest? request, UserAdmin users, CancellationToken ct) =>
            {
                var errors = await users.UpdateAsync(email, request?.Role, request?.Stores, ct);
                return errors switch
                {
                    null => NotFound($"No user with email '{email}'."),
                    { Count: > 0 } => ApiEndpoints.BadRequest(string.Join(" ", errors)),
                    _ => TypedResults.Ok((await users.ListAsync(ct)).First(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase))),
                };
            })
            .WithMetadata(new RequiresPermissionAttribute(Permission.Administer)).WithName("UpdateUser").WithSummary("Changes a user's role or stores (owner).");
        api.MapDelete("/users/{email}", async Task<Results<NoContent, ProblemHttpResult>> (string email, UserAdmin users, CancellationToken ct) =>
                await users.DeleteAsync(email, ct) ? TypedResults.NoContent() : NotFound($"No user with email '{email}'."))
            .WithMetadata(new RequiresPermissionAttribute(Permission.Administer)).WithName("DeleteUser").WithSummary("Deletes a user (owner).");

        api.MapGet("/keys", async (CredentialService credentials, CancellationToken ct) => TypedResults.Ok(await credentials.ListKeysAsync(ct)))
            .WithName("ListKeys").WithSummary("The caller's API keys (the owner: everyone's), never the secret.");
        api.MapPost("/keys", async Task<Results<Created<CreatedKeyDto>, ProblemHttpResult>> (CreateKeyRequest? request, CredentialService credentials, CancellationToken ct) =>
            {
                try
                {
                    var (key, token) = await credentials.CreateKeyAsync(request?.Name, request?.Scope, request?.User, request?.ExpiresAt, request?.Stores, ct);
                    return TypedResults.Created($"/api/v1/keys/{key.Id}", new CreatedKeyDto(key.Id, token, key.Name, key.Scope, key.ExpiresAt) { Stores = key.Stores });
                }
                catch (CredentialException ex)
                {
                    return ex.NotFound ? NotFound(ex.Message) : ApiEndpoints.BadRequest(ex.Message);
                }
            })
            .WithMetadata(new RequiresPermissionAttribute(Permission.Read)).WithName("CreateKey").WithSummary("Creates an API key (read, import or full), optionally narrowed to some of its user's stores; the key is shown only in this answer.");
        api.MapDelete("/keys/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, CredentialService credentials, CancellationToken ct) =>
                await credentials.RevokeKeyAsync(id, ct) ? TypedResults.NoContent() : NotFound($"No key with id {id}."))
            .WithMetadata(new RequiresPermissionAttribute(Permission.Read)).WithName("RevokeKey").WithSummary("Revokes an API key.");

        api.MapGet("/display-links", async (CredentialService credentials, CancellationToken ct) => TypedResults.Ok(await credentials.ListLinksAsync(ct)))
            .WithMetadata(new RequiresPermissionAttribute(Permission.DisplayLinks)).WithName("ListDisplayLinks").WithSummary("The display links of the caller's stores.");
        api.MapPost("/display-links", async Task<Results<Created<CreatedDisplayLinkDto>, ProblemHttpResult>> (CreateDisplayLinkRequest? request, HttpRequest http, CredentialService credentials, CancellationToken ct) =>
            {
                try
                {
                    var (link, token) = await credentials.CreateLinkAsync(request?.Stores, request?.ExpiresAt, ct);
                    var url = $"{http.Scheme}://{http.Host}{AccountUrls.Display}/{token}";
                    return TypedResults.Created($"/api/v1/display-links/{link.Id}", new CreatedDisplayLinkDto(link.Id, url, link.Stores, link.ExpiresAt));
                }
                catch (CredentialException ex)
                {
                    return ex.NotFound ? NotFound(ex.Message) : ApiEndpoints.BadRequest(ex.Message);
                }
            })
            .WithMetadata(new RequiresPermissionAttribute(Permission.DisplayLinks)).WithName("CreateDisplayLink").WithSummary("Creates a read-only wall-screen link for /meeting of some stores; the url is shown only here.");
        api.MapDelete("/display-links/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, CredentialService credentials, CancellationToken ct) =>
                await credentials.RevokeLinkAsync(id, ct) ? TypedResults.NoContent() : NotFound($"No display link with id {id}."))
            .WithMetadata(new RequiresPermissionAttribute(Permission.DisplayLinks)).WithName("RevokeDisplayLink").WithSummary("Revokes a display link.");

        api.MapGet("/audit", async Task<Results<Ok<IReadOnlyList<AuditRecord>>, ProblemHttpResult>> (string? from, string? to, AuditLog audit, TimeProvider clock, CancellationToken ct) =>
            {
                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                if (!TryDay(from, today.AddDays(-30), out var first) || !TryDay(to, today, out var last))
                {
                    return ApiEndpoints.BadRequest("from and to are dates (yyyy-MM-dd, UTC).");
                }

                return TypedResults.Ok(await audit.ListAsync(first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), last.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc), ct: ct));
            })
            .WithMetadata(new RequiresPermissionAttribute(Permission.Audit)).WithName("GetAudit").WithSummary("The audit trail from..to (owner: all; manager: their stores).");
        return api;
    }

    private static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not Found");

    private static bool TryDay(string? text, DateOnly fallback, out DateOnly day)
    {
        day = fallback;
        return string.IsNullOrEmpty(text) || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }
}
