namespace OpsDashboard.Data;

/// <summary>The "Database" configuration section (DOMAIN §6: Database__Provider, ConnectionStrings__OpsDashboard).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "OpsDashboard";
    public const string ReadConnectionStringName = "OpsDashboardRead";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Where the SQLite file lives when no connection string is given (git-ignored).</summary>
    public string DataFolder { get; set; } = "data";

    public string? ConnectionString { get; set; }

    /// <summary>
    /// A PostgreSQL streaming standby the dashboards read from (ConnectionStrings__OpsDashboardRead); null reads the
    /// primary. See docs/scaling.md and Replication/ReadRouting.
    /// </summary>
    public string? ReadConnectionString { get; set; }

    /// <summary>How long reads wait on the primary for the standby to replay this instance's last write (Database__ReplicaMaxLagSeconds).</summary>
    public int ReplicaMaxLagSeconds { get; set; } = 30;

    /// <summary>Rows per INSERT … ON CONFLICT statement in imports.</summary>
    public int UpsertBatchSize { get; set; } = 500;

    /// <summary>
    /// How many rows of figures the read cache keeps (Database__ReadCacheRows; 0 turns it off): each cached read costs
    /// its row count, the least used go first. See docs/scaling.md.
    /// </summary>
    public long ReadCacheRows { get; set; } = 1_000_000;

    public string ResolveConnectionString(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        if (Provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException(
                "Database__Provider is Postgres but ConnectionStrings__OpsDashboard is not set. " +
                "Example: Host=localhost;Database=opsdashboard;Username=ops;Password=…");
        }

        var folder = Path.IsPathRooted(DataFolder) ? DataFolder : Path.Combine(contentRoot, DataFolder);
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "opsdashboard.db")};Default Timeout=60";
    }
}
