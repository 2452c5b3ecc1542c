using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The StoreDay table: its name, keys, indexes, lengths and relations (columns are snake_case by <see cref="SnakeCaseNames"/>).</summary>
internal sealed class StoreDayEntityTypeConfiguration : IEntityTypeConfiguration<StoreDay>
{
    public void Configure(EntityTypeBuilder<StoreDay> builder)
    {
        builder.ToTable("store_days");
        builder.HasKey(d => new { d.StoreId, d.Date });
        builder.Property(d => d.DsrDescription).HasPrecision(9, 4);
        builder.Property(d => d.DsrService).HasPrecision(9, 4);
        builder.Property(d => d.DsrLogistics).HasPrecision(9, 4);
        builder.HasOne<Store>().WithMany().HasForeignKey(d => d.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
