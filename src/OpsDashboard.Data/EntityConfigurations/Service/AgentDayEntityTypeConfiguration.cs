using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;
using OpsDashboard.Data.Import;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The agent_days table: one row per store, agent and day.</summary>
internal sealed class AgentDayEntityTypeConfiguration : IEntityTypeConfiguration<AgentDay>
{
    public void Configure(EntityTypeBuilder<AgentDay> builder)
    {
        builder.ToTable("agent_days");
        builder.HasKey(d => new { d.StoreId, d.Agent, d.Date });
        builder.Property(d => d.Agent).HasMaxLength(ServiceBounds.NameLength);
        builder.HasIndex(d => new { d.StoreId, d.Date });
        builder.HasOne<Store>().WithMany().HasForeignKey(d => d.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
