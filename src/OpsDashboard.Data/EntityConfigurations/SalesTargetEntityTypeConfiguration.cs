using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The SalesTarget table: its name, keys, indexes, lengths and relations (columns are snake_case by <see cref="SnakeCaseNames"/>).</summary>
internal sealed class SalesTargetEntityTypeConfiguration : IEntityTypeConfiguration<SalesTarget>
{
    public void Configure(EntityTypeBuilder<SalesTarget> builder)
    {
        builder.ToTable("sales_targets");
        builder.HasIndex(t => new { t.StoreId, t.PeriodKind, t.PeriodStart }).IsUnique();
        builder.Property(t => t.PeriodKind).HasMaxLength(16);
        builder.Property(t => t.Shape).HasMaxLength(16);
        builder.HasOne<Store>().WithMany().HasForeignKey(t => t.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
