using System.Security.Cryptography;
using System.Text;

namespace Westphalia.Metrics;

/// <summary>
/// A table as a small binary record: a header ("WPTABLE1"), the name, the columns (name, kind, values) and a SHA-256 of
/// all that, so a record that was cut short or changed is refused when read rather than taken for data. Values are
/// written exactly (doubles bit for bit), so a table read back writes the same CSV and Parquet bytes.
/// </summary>
public static class TableCodec
{
    private static readonly byte[] Magic = "WPTABLE1"u8.ToArray();

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
                switch (c.Kind)
                {
                    case ColumnKind.Int: c.Ints.ForEach(w.Write); break;
                    case ColumnKind.Long: c.Longs.ForEach(w.Write); break;
                    case ColumnKind.Double: c.Doubles.ForEach(w.Write); break;
                    case ColumnKind.Text: c.Texts.ForEach(w.Write); break;
                    case ColumnKind.Bool: c.Bools.ForEach(w.Write); break;
                }
            }
        }

        var bytes = body.ToArray();
        stream.Write(bytes);
        stream.Write(SHA256.HashData(bytes));
    }

    /// <summary>Reads a table; throws <see cref="InvalidDataException"/> for anything but a whole record with its checksum.</summary>
    public static Table Read(ReadOnlySpan<byte> record)
    {
        if (record.Length < Magic.Length + 32 || !record[..Magic.Length].SequenceEqual(Magic))
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

            var table = new Table(name, []);
            for (var k = 0; k < columns; k++)
            {
                var column = new Column(r.ReadString(), (ColumnKind)r.ReadByte());
                for (var i = 0; i < rows; i++)
                {
                    switch (column.Kind)
                    {
                        case ColumnKind.Int: column.Ints.Add(r.ReadInt32()); break;
                        case ColumnKind.Long: column.Longs.Add(r.ReadInt64()); break;
                        case ColumnKind.Double: column.Doubles.Add(r.ReadDouble()); break;
                        case ColumnKind.Text: column.Texts.Add(r.ReadString()); break;
                        case ColumnKind.Bool: column.Bools.Add(r.ReadBoolean()); break;
                        default: throw new InvalidDataException("unknown column kind in a table record");
                    }
                }

                table.Columns.Add(column);
            }

            return Rebuild(table);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("the table record ends too soon");
        }
    }

    /// <summary>A table whose columns can be found by name again (the reader adds them one by one).</summary>
    private static Table Rebuild(Table read)
    {
        var table = new Table(read.Name, read.Columns.Select(c => (c.Name, c.Kind)));
        for (var k = 0; k < read.Columns.Count; k++)
        {
            var from = read.Columns[k];
            var to = table.Columns[k];
            to.Ints.AddRange(from.Ints);
            to.Longs.AddRange(from.Longs);
            to.Doubles.AddRange(from.Doubles);
            to.Texts.AddRange(from.Texts);
            to.Bools.AddRange(from.Bools);
        }

        return table;
    }
}
