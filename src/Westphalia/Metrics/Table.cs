namespace Westphalia.Metrics;

/// <summary>A tidy table held by columns: the form the CSV and Parquet writers read.</summary>
public sealed class Table
{
    private readonly Dictionary<string, Column> _byName = new(StringComparer.Ordinal);
    private readonly List<Column> _columns = [];

    /// <summary>A table with the given columns; those named in <paramref name="nullable"/> may hold nulls.</summary>
    public Table(string name, IEnumerable<(string Name, ColumnKind Kind)> columns, IEnumerable<string>? nullable = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Name = name;
        var optional = new HashSet<string>(nullable ?? [], StringComparer.Ordinal);
        foreach (var (columnName, kind) in columns)
        {
            Add(new Column(columnName, kind, optional.Remove(columnName)));
        }

        if (optional.Count > 0)
        {
            throw new ArgumentException($"nullable column '{optional.First()}' is not a column of table '{name}'", nameof(nullable));
        }
    }

    private Table(string name) => Name = name;

    public string Name { get; }

    public IReadOnlyList<Column> Columns => _columns;

    public int RowCount => _columns.Count == 0 ? 0 : _columns[0].Count;

    public Column this[string name] => _byName[name];

    /// <summary>An empty table named <paramref name="name"/> with columns like <paramref name="columns"/> (names, kinds, nullability).</summary>
    public static Table Like(string name, IEnumerable<Column> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var table = new Table(name);
        foreach (var column in columns)
        {
            table.Add(column.EmptyCopy());
        }

        return table;
    }

    /// <summary>Adds a column (readers of records build tables column by column).</summary>
    internal void Add(Column column)
    {
        _byName.Add(column.Name, column);
        _columns.Add(column);
    }
}
