using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The Sku table: its name, keys, indexes, lengths and relations (columns are snake_case by <see cref="SnakeCaseNames"/>).</summary>
internal sealed class SkuEntityTypeConfiguration : IEntityTypeConfiguration<Sku>
{
    public void Configure(EntityTypeBuilder<Sku> builder)
    {
        builder.ToTable("skus");
        builder.HasIndex(s => new { s.StoreId, s.Code }).IsUnique();
        builder.Property(s => s.Code).HasMaxLength(128);
        builder.Property(s => s.Name).HasMaxLength(400);
        builder.Property(s => s.Category).HasMaxLength(200);
        builder.HasOne<Store>().WithMany().HasForeignKey(s => s.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
