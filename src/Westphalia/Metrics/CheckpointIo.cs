using System.Runtime.InteropServices;
using System.Reflection;

namespace Westphalia.Metrics;

/// <summary>Binary reading and writing of arrays, tables and struct-of-arrays tables for checkpoints.</summary>
internal static class CheckpointIo
{
    /// <summary>Writes the length and the raw little-endian bytes of an array of numbers or booleans.</summary>
    public static void Write<T>(BinaryWriter w, T[] a)
        where T : unmanaged
    {
        w.Write(a.Length);
        w.Write(MemoryMarshal.AsBytes(a.AsSpan()));
    }

    public static void Write(BinaryWriter w, string[] a)
    {
        w.Write(a.Length);
        foreach (var x in a)
        {
            w.Write(x ?? "");
        }
    }

    /// <summary>Reads an array written by <see cref="Write{T}(BinaryWriter, T[])"/> into one of the same length.</summary>
    public static void Read<T>(BinaryReader r, T[] a)
        where T : unmanaged
    {
        Expect(r, a.Length);
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(a.AsSpan()));
    }

    public static void Read(BinaryReader r, string[] a)
    {
        Expect(r, a.Length);
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = r.ReadString();
        }
    }

    /// <summary>Writes every array property of a struct-of-arrays table, in name order.</summary>
    public static void WriteArrays(BinaryWriter w, object table)
    {
        foreach (var p in ArrayProperties(table.GetType()))
        {
            switch (p.GetValue(table))
            {
                case double[] d: Write(w, d); break;
                case long[] l: Write(w, l); break;
                case int[] i: Write(w, i); break;
                case bool[] b: Write(w, b); break;
                case string[] s: Write(w, s); break;
            }
        }
    }

    public static void ReadArrays(BinaryReader r, object table)
    {
        foreach (var p in ArrayProperties(table.GetType()))
        {
            switch (p.GetValue(table))
            {
                case double[] d: Read(r, d); break;
                case long[] l: Read(r, l); break;
                case int[] i: Read(r, i); break;
                case bool[] b: Read(r, b); break;
                case string[] s: Read(r, s); break;
            }
        }
    }

    private static IEnumerable<PropertyInfo> ArrayProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsArray && p.CanRead && !p.CanWrite)
            .OrderBy(p => p.Name, StringComparer.Ordinal);

    /// <summary>The rows of a table whose columns the reader knows (an observer's), with their nulls.</summary>
    public static void Write(BinaryWriter w, Table table)
    {
        w.Write(table.Columns.Count);
        w.Write(table.RowCount);
        foreach (var c in table.Columns)
        {
            w.Write(c.Name);
            TableCodec.WriteValues(w, c);
        }
    }

    public static void Read(BinaryReader r, Table table)
    {
        Expect(r, table.Columns.Count);
        var rows = r.ReadInt32();
        if (rows < 0)
        {
            throw new InvalidDataException($"checkpoint table '{table.Name}' has {rows} rows");
        }

        foreach (var c in table.Columns)
        {
            var name = r.ReadString();
            if (name != c.Name)
            {
                throw new InvalidDataException($"checkpoint column '{name}' where '{c.Name}' was expected");
            }

            c.Clear();
            TableCodec.ReadValues(r, c, rows);
        }
    }

    private static void Expect(BinaryReader r, int length)
    {
        var actual = r.ReadInt32();
        if (actual != length)
        {
            throw new InvalidDataException($"checkpoint holds {actual} values where the world has {length}");
        }
    }
}
