using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.EntityConfigurations;

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
    }
}

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

internal sealed class SourceAliasEntityTypeConfiguration : IEntityTypeConfiguration<SourceAlias>
{
    public void Configure(EntityTypeBuilder<SourceAlias> builder)
    {
        builder.ToTable("source_aliases");
        builder.HasIndex(a => a.Alias).IsUnique();
        builder.Property(a => a.Alias).HasMaxLength(200);
        builder.Property(a => a.CurrentName).HasMaxLength(200);
        // The platform renames of 2024 (DOMAIN §5).
        builder.HasData(
            new SourceAlias { Id = 1, Alias = "直通车", CurrentName = "关键词推广" },
            new SourceAlias { Id = 2, Alias = "引力魔方", CurrentName = "精准人群推广" },
            new SourceAlias { Id = 3, Alias = "万相台", CurrentName = "智能场景" });
    }
}

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

internal sealed class ImportBatchEntityTypeConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.ToTable("import_batches");
        builder.HasIndex(b => new { b.StoreId, b.Id });
        builder.Property(b => b.Kind).HasMaxLength(32);
        builder.Property(b => b.FileName).HasMaxLength(400);
        builder.HasOne<Store>().WithMany().HasForeignKey(b => b.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
