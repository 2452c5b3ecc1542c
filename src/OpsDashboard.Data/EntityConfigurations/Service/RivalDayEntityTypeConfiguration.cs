using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;
using OpsDashboard.Data.Import;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The rival_days table: one row per store, day, kind (shop/item) and rival (the store's own row included).</summary>
internal sealed class RivalDayEntityTypeConfiguration : IEntityTypeConfiguration<RivalDay>
{
    public void Configure(EntityTypeBuilder<RivalDay> builder)
    {
        builder.ToTable("rival_days");
        builder.HasKey(d => new { d.StoreId, d.Date, d.Kind, d.Rival });
        builder.Property(d => d.Kind).HasMaxLength(8);
        builder.Property(d => d.Rival).HasMaxLength(ServiceBounds.TextLength);
        builder.Property(d => d.RivalId).HasMaxLength(ServiceBounds.IdLength);
        builder.HasOne<Store>().WithMany().HasForeignKey(d => d.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
