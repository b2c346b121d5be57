using Parquet;
using Parquet.Schema;

namespace Westphalia.Metrics;

/// <summary>
/// Writes a table as one Parquet row group with typed columns: required, or optional with real nulls for a nullable
/// column; dates with the DATE logical type.
/// </summary>
public static class ParquetTableWriter
{
    /// <summary>
    /// Zstandard compression: its output does not depend on the processor's vector instructions (Snappy's, the
    /// library's default, does), so the same run gives the same file on every machine. At the balanced level
    /// (<see cref="System.IO.Compression.CompressionLevel.Optimal"/>): the library's default, SmallestSize (level 19),
    /// made writing most of a default run's time for files 10% smaller (docs/PERFORMANCE.md, "Whole runs").
    /// </summary>
    private static readonly ParquetOptions Options = new() { CompressionMethod = CompressionMethod.Zstd, CompressionLevel = System.IO.Compression.CompressionLevel.Optimal };

    public static async Task WriteAsync(Table table, Stream stream, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var fields = table.Columns.Select(Field).ToArray();
        var schema = new ParquetSchema(fields);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, Options, cancellationToken: cancellation).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            var column = table.Columns[i];
            var field = fields[i];
            switch (column.Kind)
            {
                case ColumnKind.Int: await Write(group, field, column, column.Ints, cancellation).ConfigureAwait(false); break;
                case ColumnKind.Long: await Write(group, field, column, column.Longs, cancellation).ConfigureAwait(false); break;
                case ColumnKind.Double: await Write(group, field, column, column.Doubles, cancellation).ConfigureAwait(false); break;
                case ColumnKind.Bool: await Write(group, field, column, column.Bools, cancellation).ConfigureAwait(false); break;
                case ColumnKind.Date: await Write(group, field, column, column.Dates, cancellation).ConfigureAwait(false); break;
                case ColumnKind.Text:
                    // The library's signature says string, but it writes a null entry of an optional column as a null.
                    IReadOnlyCollection<string> texts = column.Nullable ? [.. column.Texts.Select((t, row) => column.IsNull(row) ? null! : t)] : column.Texts;
                    await group.WriteAsync(field, texts).ConfigureAwait(false);
                    break;
            }
        }
    }

    /// <summary>A column of values: as they are when the column is required, with its nulls when it is optional.</summary>
    private static Task Write<T>(ParquetRowGroupWriter group, DataField field, Column column, List<T> values, CancellationToken cancellation)
        where T : struct
    {
        if (!column.Nullable)
        {
            return group.WriteAsync<T>(field, values.ToArray(), cancellationToken: cancellation);
        }

        var optional = new T?[values.Count];
        for (var row = 0; row < optional.Length; row++)
        {
            optional[row] = column.IsNull(row) ? null : values[row];
        }

        return group.WriteAsync<T>(field, optional, cancellationToken: cancellation);
    }

    private static DataField Field(Column column) => column.Kind switch
    {
        ColumnKind.Int => new DataField<int>(column.Name, column.Nullable),
        ColumnKind.Long => new DataField<long>(column.Name, column.Nullable),
        ColumnKind.Double => new DataField<double>(column.Name, column.Nullable),
        ColumnKind.Bool => new DataField<bool>(column.Name, column.Nullable),
        ColumnKind.Date => new DataField<DateOnly>(column.Name, column.Nullable),
        _ => new DataField<string>(column.Name, column.Nullable),
    };
}
