namespace Westphalia.Metrics;

public enum ColumnKind : byte
{
    Int,
    Long,
    Double,
    Text,
    Bool,
}
