using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;
using OpsDashboard.Data.Import;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The refunds table: one row per store and 退款编号, read by completion day.</summary>
internal sealed class RefundEntityTypeConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> builder)
    {
        builder.ToTable("refunds");
        builder.HasKey(r => new { r.StoreId, r.RefundId });
        builder.Property(r => r.RefundId).HasMaxLength(ServiceBounds.IdLength);
        builder.Property(r => r.OrderId).HasMaxLength(ServiceBounds.IdLength);
        builder.Property(r => r.SkuCode).HasMaxLength(ServiceBounds.IdLength);
        builder.Property(r => r.Title).HasMaxLength(ServiceBounds.TextLength);
        builder.Property(r => r.PaidAt).HasMaxLength(ServiceBounds.TimeLength);
        builder.Property(r => r.AppliedAt).HasMaxLength(ServiceBounds.TimeLength);
        builder.Property(r => r.CompletedAt).HasMaxLength(ServiceBounds.TimeLength);
        builder.Property(r => r.Status).HasMaxLength(ServiceBounds.NameLength);
        builder.Property(r => r.Reason).HasMaxLength(ServiceBounds.NameLength);
        builder.Property(r => r.GoodsStatus).HasMaxLength(ServiceBounds.NameLength);
        builder.HasIndex(r => new { r.StoreId, r.CompletedOn });
        builder.HasOne<Store>().WithMany().HasForeignKey(r => r.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
