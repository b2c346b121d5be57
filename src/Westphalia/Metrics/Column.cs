namespace Westphalia.Metrics;

/// <summary>One named, typed column of a <see cref="Table"/>; values are kept in a typed list.</summary>
public sealed class Column(string name, ColumnKind kind)
{
    public string Name { get; } = name;

    public ColumnKind Kind { get; } = kind;

    public List<int> Ints { get; } = [];

    public List<long> Longs { get; } = [];

    public List<double> Doubles { get; } = [];

    public List<string> Texts { get; } = [];

    public List<bool> Bools { get; } = [];

    public int Count => Kind switch
    {
        ColumnKind.Int => Ints.Count,
        ColumnKind.Long => Longs.Count,
        ColumnKind.Double => Doubles.Count,
        ColumnKind.Text => Texts.Count,
        _ => Bools.Count,
    };
}
