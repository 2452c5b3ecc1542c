using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The SourceAlias table: its name, keys, indexes, lengths and relations (columns are snake_case by <see cref="SnakeCaseNames"/>).</summary>
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
