namespace Westphalia.Metrics;

/// <summary>
/// What a column of an output table holds: its meaning, its unit where it has one, and the type its documentation
/// gives (<c>int</c>, <c>double or null</c>, ...; null where none is given).
/// </summary>
public sealed record ColumnDocumentation(string Description, string? Unit = null, string? Type = null);
