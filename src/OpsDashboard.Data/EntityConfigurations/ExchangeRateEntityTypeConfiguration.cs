using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>The exchange_rates table: one rate per currency pair and day (columns snake_case by <see cref="SnakeCaseNames"/>).</summary>
internal sealed class ExchangeRateEntityTypeConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    public void Configure(EntityTypeBuilder<ExchangeRate> builder)
    {
        builder.ToTable("exchange_rates");
        builder.HasIndex(r => new { r.FromCurrency, r.ToCurrency, r.RateDate }).IsUnique();
        builder.Property(r => r.FromCurrency).HasMaxLength(3);
        builder.Property(r => r.ToCurrency).HasMaxLength(3);
        builder.Property(r => r.Rate).HasPrecision(18, 8);
        builder.Property(r => r.EnteredBy).HasMaxLength(200);
    }
}
