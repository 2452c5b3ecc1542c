using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The SkuMonth rollup table: its name, key and relations (columns are snake_case by <see cref="SnakeCaseNames"/>).</summary>
internal sealed class SkuMonthEntityTypeConfiguration : IEntityTypeConfiguration<SkuMonth>
{
    public void Configure(EntityTypeBuilder<SkuMonth> builder)
    {
        builder.ToTable("sku_months");
        // Range reads take every SKU of a store over a run of months; the key leads with (store, month) for that.
        builder.HasKey(m => new { m.StoreId, m.Month, m.SkuId });
        builder.HasOne<Store>().WithMany().HasForeignKey(m => m.StoreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Sku>().WithMany().HasForeignKey(m => m.SkuId).OnDelete(DeleteBehavior.Cascade);
    }
}
