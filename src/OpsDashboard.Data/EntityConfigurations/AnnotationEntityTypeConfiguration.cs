using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The Annotation table: its name, keys, indexes, lengths and relations (columns are snake_case by <see cref="SnakeCaseNames"/>).</summary>
internal sealed class AnnotationEntityTypeConfiguration : IEntityTypeConfiguration<Annotation>
{
    public void Configure(EntityTypeBuilder<Annotation> builder)
    {
        builder.ToTable("annotations");
        builder.HasIndex(a => new { a.StoreId, a.Date });
        builder.Property(a => a.Text).HasMaxLength(500);
        builder.HasOne<Store>().WithMany().HasForeignKey(a => a.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
