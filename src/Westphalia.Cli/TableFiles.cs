using Westphalia.Metrics;

namespace Westphalia.Cli;

/// <summary>Writes a table as <c>NAME.csv</c> and <c>NAME.parquet</c> in a folder, each file atomically.</summary>
internal static class TableFiles
{
    public static async Task WriteAsync(string folder, Table table, CancellationToken cancellation, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var stem = Path.Combine(folder, name ?? table.Name);
        AtomicFile.Write(stem + ".csv", s => CsvTableWriter.Write(table, s, cancellation));
        await AtomicFile.WriteAsync(stem + ".parquet", s => ParquetTableWriter.WriteAsync(table, s, cancellation)).ConfigureAwait(false);
    }
}
