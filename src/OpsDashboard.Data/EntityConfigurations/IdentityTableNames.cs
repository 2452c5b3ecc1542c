using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Data.Accounts;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>ASP.NET Core Identity's tables under snake_case names like the rest of the schema (AspNetUsers → users).</summary>
internal static class IdentityTableNames
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AppUser>().ToTable("users");
        modelBuilder.Entity<IdentityRole>().ToTable("roles");
        modelBuilder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        modelBuilder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        modelBuilder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        modelBuilder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        modelBuilder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        if (modelBuilder.Model.FindEntityType(typeof(IdentityUserPasskey<string>)) is not null)
        {
            modelBuilder.Entity<IdentityUserPasskey<string>>().ToTable("user_passkeys");
        }
    }
}
