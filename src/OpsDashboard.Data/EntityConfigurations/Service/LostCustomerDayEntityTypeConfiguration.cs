using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;
using OpsDashboard.Data.Import;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The lost_customer_days table: one row per store, day, kind (shop/item) and rival.</summary>
internal sealed class LostCustomerDayEntityTypeConfiguration : IEntityTypeConfiguration<LostCustomerDay>
{
    public void Configure(EntityTypeBuilder<LostCustomerDay> builder)
    {
        builder.ToTable("lost_customer_days");
        builder.HasKey(d => new { d.StoreId, d.Date, d.Kind, d.Rival });
        builder.Property(d => d.Kind).HasMaxLength(8);
        builder.Property(d => d.Rival).HasMaxLength(ServiceBounds.TextLength);
        builder.Property(d => d.RivalShop).HasMaxLength(ServiceBounds.TextLength);
        builder.HasOne<Store>().WithMany().HasForeignKey(d => d.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
