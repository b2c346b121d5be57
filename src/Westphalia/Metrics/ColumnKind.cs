namespace Westphalia.Metrics;

/// <summary>The type of a <see cref="Column"/>'s values (the byte is part of <see cref="TableCodec"/> records).</summary>
public enum ColumnKind : byte
{
    Int,
    Long,
    Double,
    Text,
    Bool,

    /// <summary>A calendar date: <c>YYYY-MM-DD</c> in CSV, a DATE in Parquet, <c>date</c> in the data package.</summary>
    Date,
}
