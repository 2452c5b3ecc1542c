using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The SourceDay table: its name, keys, indexes, lengths and relations (columns are snake_case by <see cref="SnakeCaseNames"/>).</summary>
internal sealed class SourceDayEntityTypeConfiguration : IEntityTypeConfiguration<SourceDay>
{
    public void Configure(EntityTypeBuilder<SourceDay> builder)
    {
        builder.ToTable("source_days");
        builder.HasKey(d => new { d.StoreId, d.SourceId, d.Date });
        builder.HasIndex(d => new { d.StoreId, d.Date });
        builder.HasOne<Store>().WithMany().HasForeignKey(d => d.StoreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TrafficSource>().WithMany().HasForeignKey(d => d.SourceId).OnDelete(DeleteBehavior.Cascade);
    }
}
