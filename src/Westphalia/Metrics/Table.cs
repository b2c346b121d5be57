namespace Westphalia.Metrics;

/// <summary>A tidy table held by columns: the form the CSV and Parquet writers read.</summary>
public sealed class Table
{
    private readonly Dictionary<string, Column> _byName = new(StringComparer.Ordinal);

    public Table(string name, IEnumerable<(string Name, ColumnKind Kind)> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Name = name;
        foreach (var (columnName, kind) in columns)
        {
            var column = new Column(columnName, kind);
            Columns.Add(column);
            _byName.Add(columnName, column);
        }
    }

    public string Name { get; }

    public List<Column> Columns { get; } = [];

    public int RowCount => Columns.Count == 0 ? 0 : Columns[0].Count;

    public Column this[string name] => _byName[name];
}
