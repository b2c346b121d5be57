using System.Globalization;
using System.Text;

namespace Westphalia.Metrics;

/// <summary>
/// Writes a table as RFC 4180 CSV with a header row; numbers in invariant culture, shortest round-trip form; dates as
/// <c>YYYY-MM-DD</c>; a null as an empty field.
/// </summary>
public static class CsvTableWriter
{
    /// <summary>Writes the table; cancelling stops it between rows (the caller discards the partial file).</summary>
    public static void Write(Table table, Stream stream, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', table.Columns.Select(c => Escape(c.Name))));
        var inv = CultureInfo.InvariantCulture;
        var line = new StringBuilder();
        for (var row = 0; row < table.RowCount; row++)
        {
            if ((row & 4095) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            line.Clear();
            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (c > 0)
                {
                    line.Append(',');
                }

                var column = table.Columns[c];
                if (column.IsNull(row))
                {
                    continue;
                }

                switch (column.Kind)
                {
                    case ColumnKind.Int: line.Append(column.Ints[row].ToString(inv)); break;
                    case ColumnKind.Long: line.Append(column.Longs[row].ToString(inv)); break;
                    case ColumnKind.Double: line.Append(column.Doubles[row].ToString("R", inv)); break;
                    case ColumnKind.Text: line.Append(Escape(column.Texts[row])); break;
                    case ColumnKind.Bool: line.Append(column.Bools[row] ? "true" : "false"); break;
                    case ColumnKind.Date: line.Append(column.Dates[row].ToString("yyyy-MM-dd", inv)); break;
                }
            }

            writer.WriteLine(line);
        }
    }

    private static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
