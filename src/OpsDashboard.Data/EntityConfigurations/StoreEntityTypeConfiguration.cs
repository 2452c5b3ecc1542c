using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The Store table: its name, keys, indexes, lengths and relations (columns are snake_case by <see cref="SnakeCaseNames"/>).</summary>
internal sealed class StoreEntityTypeConfiguration : IEntityTypeConfiguration<Store>
{
    public void Configure(EntityTypeBuilder<Store> builder)
    {
        builder.ToTable("stores");
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Code).HasMaxLength(64);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Platform).HasMaxLength(64);
        builder.Property(s => s.Currency).HasMaxLength(3);
        builder.Property(s => s.FlagshipSkuCode).HasMaxLength(128);
        builder.Property(s => s.TimeZone).HasMaxLength(64).HasDefaultValue(Store.DefaultTimeZone);
        builder.Property(s => s.VisitorsAreSessions).HasDefaultValue(false);
        builder.Property(s => s.DataVersion).HasDefaultValue(0L);
    }
}
