using Parquet;
using Parquet.Schema;

namespace Westphalia.Metrics;

/// <summary>Writes a table as one Parquet row group with typed, non-nullable columns.</summary>
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
                case ColumnKind.Int: await group.WriteAsync<int>(field, column.Ints.ToArray(), cancellationToken: cancellation).ConfigureAwait(false); break;
                case ColumnKind.Long: await group.WriteAsync<long>(field, column.Longs.ToArray(), cancellationToken: cancellation).ConfigureAwait(false); break;
                case ColumnKind.Double: await group.WriteAsync<double>(field, column.Doubles.ToArray(), cancellationToken: cancellation).ConfigureAwait(false); break;
                case ColumnKind.Bool: await group.WriteAsync<bool>(field, column.Bools.ToArray(), cancellationToken: cancellation).ConfigureAwait(false); break;
                case ColumnKind.Text: await group.WriteAsync(field, column.Texts).ConfigureAwait(false); break;
            }
        }
    }

    private static DataField Field(Column column) => column.Kind switch
    {
        ColumnKind.Int => new DataField<int>(column.Name, false),
        ColumnKind.Long => new DataField<long>(column.Name, false),
        ColumnKind.Double => new DataField<double>(column.Name, false),
        ColumnKind.Bool => new DataField<bool>(column.Name, false),
        _ => new DataField<string>(column.Name, false),
    };
}
