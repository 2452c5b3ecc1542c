using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The user_stores table: a user's store grants, gone with the user or the store.</summary>
internal sealed class StoreGrantEntityTypeConfiguration : IEntityTypeConfiguration<StoreGrant>
{
    public void Configure(EntityTypeBuilder<StoreGrant> builder)
    {
        builder.ToTable("user_stores");
        builder.HasKey(g => new { g.UserId, g.StoreId });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Store>().WithMany().HasForeignKey(g => g.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The api_keys table: hashed secrets found by their public prefix.</summary>
internal sealed class ApiKeyEntityTypeConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.Prefix).HasMaxLength(32);
        builder.Property(k => k.Scope).HasMaxLength(16);
        builder.Property(k => k.SecretHash).HasMaxLength(32);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The api_key_stores table: the stores a narrowed key acts on, gone with the key or the store.</summary>
internal sealed class ApiKeyStoreEntityTypeConfiguration : IEntityTypeConfiguration<ApiKeyStore>
{
    public void Configure(EntityTypeBuilder<ApiKeyStore> builder)
    {
        builder.ToTable("api_key_stores");
        builder.HasKey(s => new { s.ApiKeyId, s.StoreId });
        builder.HasOne<ApiKey>().WithMany().HasForeignKey(s => s.ApiKeyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Store>().WithMany().HasForeignKey(s => s.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The display_links table: hashed wall-screen tokens found by their public prefix.</summary>
internal sealed class DisplayLinkEntityTypeConfiguration : IEntityTypeConfiguration<DisplayLink>
{
    public void Configure(EntityTypeBuilder<DisplayLink> builder)
    {
        builder.ToTable("display_links");
        builder.HasIndex(l => l.Prefix).IsUnique();
        builder.Property(l => l.Prefix).HasMaxLength(32);
        builder.Property(l => l.SecretHash).HasMaxLength(32);
        builder.Property(l => l.CreatedBy).HasMaxLength(256);
    }
}

/// <summary>The display_link_stores table: the stores a display link shows, gone with the link or the store.</summary>
internal sealed class DisplayLinkStoreEntityTypeConfiguration : IEntityTypeConfiguration<DisplayLinkStore>
{
    public void Configure(EntityTypeBuilder<DisplayLinkStore> builder)
    {
        builder.ToTable("display_link_stores");
        builder.HasKey(s => new { s.DisplayLinkId, s.StoreId });
        builder.HasOne<DisplayLink>().WithMany().HasForeignKey(s => s.DisplayLinkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Store>().WithMany().HasForeignKey(s => s.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The audit_entries table: append-only, read by time (and store).</summary>
internal sealed class AuditEntryEntityTypeConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasIndex(a => a.At);
        builder.Property(a => a.Actor).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.StoreCode).HasMaxLength(64);
        builder.Property(a => a.Detail).HasMaxLength(4000);
        builder.Property(a => a.ClientAddress).HasMaxLength(64);
    }
}

/// <summary>The data_protection_keys table: the cookie-protection key ring shared by all instances.</summary>
internal sealed class DataProtectionKeyEntityTypeConfiguration : IEntityTypeConfiguration<DataProtectionKeyRow>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyRow> builder)
    {
        builder.ToTable("data_protection_keys");
        builder.Property(k => k.FriendlyName).HasMaxLength(256);
    }
}
