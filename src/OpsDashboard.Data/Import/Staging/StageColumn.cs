namespace OpsDashboard.Data.Import.Staging;

/// <summary>What a staged column holds, which decides its type in each database and how a value is written.</summary>
internal enum StageValueType
{
    /// <summary>Text (a SKU code).</summary>
    Text,

    /// <summary>A calendar day.</summary>
    Date,

    /// <summary>A 64-bit whole number (counts, money in minor units, levels, rate units, milliseconds).</summary>
    Integer,

    /// <summary>A decimal (DSR scores).</summary>
    Decimal,

    /// <summary>A yes/no flag.</summary>
    Flag,
}

/// <summary>One column of the staging table.</summary>
internal sealed record StageColumn(string Name, StageValueType Type)
{
    public static StageValueType TypeOf(FactValueType type) => type switch
    {
        FactValueType.Score => StageValueType.Decimal,
        FactValueType.Flag => StageValueType.Flag,
        _ => StageValueType.Integer,
    };
}
