using System.Security.Cryptography;
using System.Text;

namespace Westphalia.Metrics;

/// <summary>
/// A table as a small binary record: a header ("WPTABLE2"), the name, the columns (name, kind, whether nullable, values,
/// null rows) and a SHA-256 of all that, so a record that was cut short or changed is refused when read rather than
/// taken for data. Values are written exactly (doubles bit for bit, dates as day numbers, nulls as their rows), so a
/// table read back writes the same CSV and Parquet bytes. Records of the first format ("WPTABLE1": no dates, no nulls)
/// are still read.
/// </summary>
public static class TableCodec
{
    private static readonly byte[] Magic = "WPTABLE2"u8.ToArray();
    private static readonly byte[] MagicV1 = "WPTABLE1"u8.ToArray();

    public static void Write(Table table, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(stream);
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(table.Name);
            w.Write(table.Columns.Count);
            w.Write(table.RowCount);
            foreach (var c in table.Columns)
            {
                w.Write(c.Name);
                w.Write((byte)c.Kind);
                w.Write(c.Nullable);
                WriteValues(w, c);
            }
        }

        var bytes = body.ToArray();
        stream.Write(bytes);
        stream.Write(SHA256.HashData(bytes));
    }

    /// <summary>Reads a table; throws <see cref="InvalidDataException"/> for anything but a whole record with its checksum.</summary>
    public static Table Read(ReadOnlySpan<byte> record)
    {
        var v1 = record.Length >= MagicV1.Length && record[..MagicV1.Length].SequenceEqual(MagicV1);
        if (record.Length < Magic.Length + 32 || !(v1 || record[..Magic.Length].SequenceEqual(Magic)))
        {
            throw new InvalidDataException("not a table record");
        }

        var body = record[..^32];
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(record[^32..]))
        {
            throw new InvalidDataException("the table record's checksum does not match: it was cut short or changed");
        }

        using var r = new BinaryReader(new MemoryStream(body[Magic.Length..].ToArray()), Encoding.UTF8);
        try
        {
            var name = r.ReadString();
            var columns = r.ReadInt32();
            var rows = r.ReadInt32();
            if (columns is < 0 or > 4096 || rows < 0 || (long)rows > body.Length)
            {
                throw new InvalidDataException("the table record's size is out of range");
            }

            var read = new List<Column>();
            for (var k = 0; k < columns; k++)
            {
                var columnName = r.ReadString();
                var kind = (ColumnKind)r.ReadByte();
                if (!Enum.IsDefined(kind) || (v1 && kind == ColumnKind.Date))
                {
                    throw new InvalidDataException("unknown column kind in a table record");
                }

                var column = new Column(columnName, kind, !v1 && r.ReadBoolean());
                ReadValues(r, column, rows, withNulls: !v1);
                read.Add(column);
            }

            if (read.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != read.Count)
            {
                throw new InvalidDataException("the table record names a column twice");
            }

            var table = Table.Like(name, []);
            read.ForEach(table.Add);
            return table;
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("the table record ends too soon");
        }
    }

    /// <summary>A column's values, then its null rows (a count and the rows in ascending order).</summary>
    internal static void WriteValues(BinaryWriter w, Column c)
    {
        switch (c.Kind)
        {
            case ColumnKind.Int: c.Ints.ForEach(w.Write); break;
            case ColumnKind.Long: c.Longs.ForEach(w.Write); break;
            case ColumnKind.Double: c.Doubles.ForEach(w.Write); break;
            case ColumnKind.Text: c.Texts.ForEach(w.Write); break;
            case ColumnKind.Bool: c.Bools.ForEach(w.Write); break;
            case ColumnKind.Date: c.Dates.ForEach(d => w.Write(d.DayNumber)); break;
        }

        w.Write(c.NullCount);
        foreach (var row in c.NullRows())
        {
            w.Write(row);
        }
    }

    /// <summary>Reads <paramref name="rows"/> values written by <see cref="WriteValues"/> into an empty column.</summary>
    internal static void ReadValues(BinaryReader r, Column column, int rows, bool withNulls = true)
    {
        for (var i = 0; i < rows; i++)
        {
            switch (column.Kind)
            {
                case ColumnKind.Int: column.Ints.Add(r.ReadInt32()); break;
                case ColumnKind.Long: column.Longs.Add(r.ReadInt64()); break;
                case ColumnKind.Double: column.Doubles.Add(r.ReadDouble()); break;
                case ColumnKind.Text: column.Texts.Add(r.ReadString()); break;
                case ColumnKind.Bool: column.Bools.Add(r.ReadBoolean()); break;
                case ColumnKind.Date: column.Dates.Add(DayNumber(r.ReadInt32())); break;
                default: throw new InvalidDataException("unknown column kind in a table record");
            }
        }

        if (!withNulls)
        {
            return;
        }

        var nulls = r.ReadInt32();
        if (nulls < 0 || nulls > rows)
        {
            throw new InvalidDataException($"column '{column.Name}' has {nulls} nulls in {rows} rows");
        }

        for (var i = 0; i < nulls; i++)
        {
            var row = r.ReadInt32();
            if (row < 0 || row >= rows || column.IsNull(row))
            {
                throw new InvalidDataException($"column '{column.Name}' marks row {row} null, which is not one of its {rows} rows or is marked twice");
            }

            column.MarkNull(row);
        }
    }

    private static DateOnly DayNumber(int day) =>
        day >= DateOnly.MinValue.DayNumber && day <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber(day)
            : throw new InvalidDataException($"day number {day} is not a date");
}
