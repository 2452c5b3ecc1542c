using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.EntityConfigurations;

internal sealed class SalesTargetEntityTypeConfiguration : IEntityTypeConfiguration<SalesTarget>
{
    public void Configure(EntityTypeBuilder<SalesTarget> builder)
    {
        builder.ToTable("sales_targets");
        builder.HasIndex(t => new { t.StoreId, t.PeriodKind, t.PeriodStart }).IsUnique();
        builder.Property(t => t.PeriodKind).HasMaxLength(16);
        builder.Property(t => t.Shape).HasMaxLength(16);
        builder.HasOne<Store>().WithMany().HasForeignKey(t => t.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

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
