namespace OpsDashboard.Data.Import.Parsing;

/// <summary>A cell's typed value, or the message explaining why the cell is wrong.</summary>
internal readonly record struct CellResult<T>(T Value, ImportMessage? Error)
{
    public bool IsOk => Error is null;
}

internal static class CellResult
{
    public static CellResult<T> Ok<T>(T value) => new(value, null);

    public static CellResult<T> Fail<T>([ResourceKey("ImportMessages")] string key, params object?[] arguments) => new(default!, new ImportMessage(key, arguments));

    public static CellResult<T> Fail<T>(ImportMessage error) => new(default!, error);
}
