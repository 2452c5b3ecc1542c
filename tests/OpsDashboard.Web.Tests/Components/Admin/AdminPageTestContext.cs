using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using OpsDashboard.Data;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Web.Accounts;

namespace OpsDashboard.Web.Tests.Components.Admin;

/// <summary>
/// The bUnit context for the access pages: the shared one plus the app's accounts (Identity over the test database,
/// the four roles, <see cref="UserAdmin"/>) and a caller a test switches (the owner by default, as the app system).
/// </summary>
public abstract class AdminPageTestContext : ComponentTestContext
{
    protected AdminPageTestContext()
    {
        Services.AddSingleton<ICallerSource>(Callers);
        Services.AddScoped<OpsDbContext>(sp => sp.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContext());
        Services.AddDataProtection();
        Services.AddIdentityCore<AppUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireDigit = false;
                options.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OpsDbContext>()
            .AddDefaultTokenProviders();
        Services.AddSingleton<UserAdmin>();
        Services.AddSingleton(Options.Create(new AuthOptions()));
    }

    /// <summary>Who the pages act for; the app itself (every store, every action) until a test says otherwise.</summary>
    public TestCallerSource Callers { get; } = new();

    public UserAdmin Users => Services.GetRequiredService<UserAdmin>();

    public AccessDirectory Directory => Services.GetRequiredService<AccessDirectory>();

    public CredentialService Credentials => Services.GetRequiredService<CredentialService>();

    public AuditLog Audit => Services.GetRequiredService<AuditLog>();

    /// <summary>Creates the four roles (as the app does at start-up) and a user; returns the user as a caller.</summary>
    public async Task<Caller> CreateUserAsync(string email, string role, params string[] stores)
    {
        await using (var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var name in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
            {
                await roles.CreateAsync(new IdentityRole(name));
            }
        }

        var errors = await Users.CreateAsync(email, "a-long-password-1", role, stores);
        Assert.Empty(errors);
        var id = await UserIdAsync(email);
        return (await Directory.UserAsync(id))!;
    }

    public async Task<string> UserIdAsync(string email)
    {
        await using var db = await ContextFactory.CreateDbContextAsync();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    protected static Task Fill<TPage>(IRenderedComponent<TPage> page, string testId, string value)
        where TPage : class, IComponent =>
        page.Find($"input[data-testid='{testId}']").ChangeAsync(new ChangeEventArgs { Value = value });

    protected static Task ChooseAsync<TPage>(IRenderedComponent<TPage> page, string testId, string value)
        where TPage : class, IComponent
    {
        var select = ((IRenderedComponent<IComponent>)page).FindComponents<MudSelect<string>>().Single(s => Equals(s.Instance.UserAttributes["data-testid"], testId));
        return page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(value));
    }

    /// <summary>Ticks (or clears) the store's box in a store choice.</summary>
    protected static Task TickAsync<TPage>(IRenderedComponent<TPage> page, string storeCode, bool on = true)
        where TPage : class, IComponent
    {
        var box = ((IRenderedComponent<IComponent>)page).FindComponents<MudCheckBox<bool>>().Single(c => c.Instance.UserAttributes.TryGetValue("data-store-choice", out var code) && Equals(code, storeCode));
        return page.InvokeAsync(() => box.Instance.ValueChanged.InvokeAsync(on));
    }

    protected static Task ClickAsync<TPage>(IRenderedComponent<TPage> page, string selector)
        where TPage : class, IComponent =>
        page.Find(selector).ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
}

/// <summary>A caller source a test sets: the pages and every service read <see cref="Caller"/>.</summary>
public sealed class TestCallerSource : ICallerSource
{
    public Caller Caller { get; set; } = Caller.System;

    public ValueTask<Caller> CurrentAsync(CancellationToken ct) => ValueTask.FromResult(Caller);
}
