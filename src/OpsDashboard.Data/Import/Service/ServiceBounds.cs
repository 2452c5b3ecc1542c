namespace OpsDashboard.Data.Import;

/// <summary>Text lengths of the service, refund and competitor tables, enforced by the importer (SQLite does not; PostgreSQL would fail the write).</summary>
public static class ServiceBounds
{
    public const int IdLength = 128;
    public const int NameLength = 200;
    public const int TextLength = 400;
    public const int TimeLength = 32;
}
