using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The TrafficSource table: its name, keys, indexes, lengths and relations (columns are snake_case by <see cref="SnakeCaseNames"/>).</summary>
internal sealed class TrafficSourceEntityTypeConfiguration : IEntityTypeConfiguration<TrafficSource>
{
    public void Configure(EntityTypeBuilder<TrafficSource> builder)
    {
        builder.ToTable("traffic_sources");
        builder.HasIndex(s => new { s.StoreId, s.Name }).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Kind).HasMaxLength(32);
        builder.HasOne<Store>().WithMany().HasForeignKey(s => s.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
