using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The SkuDay table: its name, keys, indexes, lengths and relations (columns are snake_case by <see cref="SnakeCaseNames"/>).</summary>
internal sealed class SkuDayEntityTypeConfiguration : IEntityTypeConfiguration<SkuDay>
{
    public void Configure(EntityTypeBuilder<SkuDay> builder)
    {
        builder.ToTable("sku_days");
        builder.HasKey(d => new { d.StoreId, d.SkuId, d.Date });
        // Period queries read every SKU of a store over a date range.
        builder.HasIndex(d => new { d.StoreId, d.Date });
        builder.HasOne<Store>().WithMany().HasForeignKey(d => d.StoreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Sku>().WithMany().HasForeignKey(d => d.SkuId).OnDelete(DeleteBehavior.Cascade);
    }
}
