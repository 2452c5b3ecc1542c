using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The PromotionBudget table: one row per store, month and scene (columns are snake_case by <see cref="SnakeCaseNames"/>).</summary>
internal sealed class PromotionBudgetEntityTypeConfiguration : IEntityTypeConfiguration<PromotionBudget>
{
    public void Configure(EntityTypeBuilder<PromotionBudget> builder)
    {
        builder.ToTable("promotion_budgets");
        builder.HasIndex(b => new { b.StoreId, b.Month, b.Scene }).IsUnique();
        builder.Property(b => b.Scene).HasMaxLength(128);
        builder.HasOne<Store>().WithMany().HasForeignKey(b => b.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
