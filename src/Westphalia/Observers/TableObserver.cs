using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>An observer whose output is one table, written as <c>NAME.csv</c> and then <c>NAME.parquet</c>.</summary>
public abstract class TableObserver : Observer
{
    private Table? _writing;
    private Table? _written;

    /// <summary>The table from what has been collected so far.</summary>
    public Table Table => Build();

    /// <summary>The columns (names, kinds, nullability) of the table, without its rows: those last written, else built now.</summary>
    public Table Schema
    {
        get
        {
            if (_written is not null)
            {
                return _written;
            }

            var table = Build();
            return Table.Like(table.Name, table.Columns);
        }
    }

    protected abstract Table Build();

    /// <summary>Writes the CSV file, then the Parquet file from the same table (built once for both).</summary>
    public override Task WriteAsync(string file, Stream stream, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.EndsWith(".parquet", StringComparison.Ordinal))
        {
            var table = _writing ?? Build();
            _writing = null;
            return ParquetTableWriter.WriteAsync(table, stream, cancellation);
        }

        _writing = Build();
        _written = Table.Like(_writing.Name, _writing.Columns);
        CsvTableWriter.Write(_writing, stream, cancellation);
        return Task.CompletedTask;
    }
}
