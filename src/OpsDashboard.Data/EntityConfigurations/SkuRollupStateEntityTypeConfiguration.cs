using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The per-store rollup state table (columns are snake_case by <see cref="SnakeCaseNames"/>).</summary>
internal sealed class SkuRollupStateEntityTypeConfiguration : IEntityTypeConfiguration<SkuRollupState>
{
    public void Configure(EntityTypeBuilder<SkuRollupState> builder)
    {
        builder.ToTable("sku_rollup_states");
        builder.HasKey(s => s.StoreId);
        builder.Property(s => s.StoreId).ValueGeneratedNever();
        builder.HasOne<Store>().WithOne().HasForeignKey<SkuRollupState>(s => s.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
