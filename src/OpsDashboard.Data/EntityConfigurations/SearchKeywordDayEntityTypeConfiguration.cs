using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The SearchKeywordDay table: one row per store, day, keyword and item ("" store-wide).</summary>
internal sealed class SearchKeywordDayEntityTypeConfiguration : IEntityTypeConfiguration<SearchKeywordDay>
{
    public void Configure(EntityTypeBuilder<SearchKeywordDay> builder)
    {
        builder.ToTable("search_keyword_days");
        builder.HasKey(d => new { d.StoreId, d.Date, d.Keyword, d.Item });
        builder.Property(d => d.Keyword).HasMaxLength(AdDayEntityTypeConfiguration.NameLength);
        builder.Property(d => d.Item).HasMaxLength(AdDayEntityTypeConfiguration.ItemLength);
        builder.HasOne<Store>().WithMany().HasForeignKey(d => d.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
