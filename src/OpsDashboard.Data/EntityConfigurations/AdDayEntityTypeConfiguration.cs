using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The AdDay table: one row per store, day, scene, plan, unit, item, keyword, crowd and attribution window.</summary>
internal sealed class AdDayEntityTypeConfiguration : IEntityTypeConfiguration<AdDay>
{
    /// <summary>The longest dimension name kept (the key must fit PostgreSQL's index row size).</summary>
    public const int NameLength = 128;

    public const int ItemLength = 64;

    public void Configure(EntityTypeBuilder<AdDay> builder)
    {
        builder.ToTable("ad_days");
        builder.HasKey(d => new { d.StoreId, d.Date, d.Scene, d.Plan, d.Unit, d.Item, d.Keyword, d.Crowd, d.WindowDays });
        builder.Property(d => d.Scene).HasMaxLength(NameLength);
        builder.Property(d => d.Plan).HasMaxLength(NameLength);
        builder.Property(d => d.Unit).HasMaxLength(NameLength);
        builder.Property(d => d.Item).HasMaxLength(ItemLength);
        builder.Property(d => d.Keyword).HasMaxLength(NameLength);
        builder.Property(d => d.Crowd).HasMaxLength(NameLength);
        builder.Property(d => d.Level).HasMaxLength(16);
        builder.Property(d => d.ItemName).HasMaxLength(400);
        builder.HasIndex(d => new { d.StoreId, d.Level, d.Date });
        builder.HasOne<Store>().WithMany().HasForeignKey(d => d.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
