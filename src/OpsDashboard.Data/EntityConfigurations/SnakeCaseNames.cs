using Microsoft.EntityFrameworkCore;

namespace OpsDashboard.Data.EntityConfigurations;

/// <summary>
/// snake_case names for every column, key, index and foreign key of the model, applied after the
/// entity configurations: they keep the hand-written upsert SQL identical on both providers.
/// </summary>
internal static class SnakeCaseNames
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(OpsDbContext.ToSnakeCase(property.Name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(OpsDbContext.ToSnakeCase(key.GetName() ?? string.Empty));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(OpsDbContext.ToSnakeCase(index.GetDatabaseName() ?? string.Empty));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(OpsDbContext.ToSnakeCase(foreignKey.GetConstraintName() ?? string.Empty));
            }
        }
    }
}
