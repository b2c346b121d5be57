using Parquet;
using Parquet.Schema;
using Westphalia.Metrics;

namespace Westphalia.Tests.Metrics;

/// <summary>
/// Nullable and date columns: a null is an empty CSV field and a real Parquet null, a date is YYYY-MM-DD in CSV and a
/// DATE in Parquet, and the binary table record keeps both.
/// </summary>
public class NullAndDateColumnTests
{
    private static Table Sample()
    {
        var table = new Table("sample", [("n", ColumnKind.Int), ("when", ColumnKind.Date), ("who", ColumnKind.Text), ("x", ColumnKind.Double), ("big", ColumnKind.Long), ("ok", ColumnKind.Bool)], nullable: ["n", "when", "who", "x", "big", "ok"]);
        table["n"].Add(1);
        table["n"].Add((int?)null);
        table["when"].Add(new DateOnly(2003, 2, 28));
        table["when"].Add((DateOnly?)null);
        table["who"].Add("A, B");
        table["who"].Add((string?)null);
        table["x"].Add((double?)null);
        table["x"].Add(0.5);
        table["big"].Add((long?)null);
        table["big"].Add(1L << 40);
        table["ok"].AddNull();
        table["ok"].Bools.Add(true);
        return table;
    }

    [Fact]
    public void A_null_is_an_empty_CSV_field_and_a_date_is_written_year_month_day()
    {
        var csv = System.Text.Encoding.UTF8.GetString(TestWorlds.Csv(Sample()));
        Assert.Equal("n,when,who,x,big,ok\n1,2003-02-28,\"A, B\",,,\n,,,0.5,1099511627776,true\n", csv);
    }

    [Fact]
    public async Task Parquet_holds_real_nulls_in_optional_columns_and_dates_as_dates()
    {
        using var stream = new MemoryStream();
        await ParquetTableWriter.WriteAsync(Sample(), stream);
        stream.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true });
        var fields = reader.Schema.GetDataFields();
        Assert.All(fields, f => Assert.True(f.IsNullable));
        using var group = reader.OpenRowGroupReader(0);
        var n = new int?[2];
        await group.ReadAsync<int>(fields[0], n);
        Assert.Equal([1, null], n);
        var when = new DateOnly?[2];
        await group.ReadAsync<DateOnly>(fields[1], when);
        Assert.Equal([new DateOnly(2003, 2, 28), null], when);
        var who = new string?[2];
        await group.ReadAsync(fields[2], who.AsMemory());
        Assert.Equal("A, B", who[0]);
        Assert.Null(who[1]);
        var x = new double?[2];
        await group.ReadAsync<double>(fields[3], x);
        Assert.Equal([null, 0.5], x);
    }

    [Fact]
    public async Task A_required_column_stays_required_in_Parquet()
    {
        var table = new Table("t", [("a", ColumnKind.Int), ("d", ColumnKind.Date)]);
        table["a"].Ints.Add(3);
        table["d"].Dates.Add(new DateOnly(2000, 1, 1));
        using var stream = new MemoryStream();
        await ParquetTableWriter.WriteAsync(table, stream);
        stream.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true });
        Assert.All(reader.Schema.GetDataFields(), f => Assert.False(f.IsNullable));
        Assert.Equal(typeof(DateOnly), reader.Schema.GetDataFields()[1].ClrType);
    }

    [Fact]
    public void A_table_record_keeps_nulls_and_dates_and_writes_the_same_CSV_back()
    {
        var table = Sample();
        using var stream = new MemoryStream();
        TableCodec.Write(table, stream);
        var read = TableCodec.Read(stream.ToArray());
        Assert.Equal(TestWorlds.Csv(table), TestWorlds.Csv(read));
        Assert.All(read.Columns, c => Assert.True(c.Nullable));
        Assert.Null(read["n"].IntAt(1));
        Assert.Equal(new DateOnly(2003, 2, 28), read["when"].DateAt(0));
        Assert.Null(read["who"].TextAt(1));
    }

    [Fact]
    public void A_record_of_the_first_format_is_still_read()
    {
        // WPTABLE1: name, columns, rows, then each column's name, kind and values; SHA-256 of it all at the end.
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write("WPTABLE1"u8.ToArray());
            w.Write("old");
            w.Write(1);
            w.Write(2);
            w.Write("a");
            w.Write((byte)ColumnKind.Int);
            w.Write(4);
            w.Write(-1);
        }

        var bytes = body.ToArray();
        var table = TableCodec.Read([.. bytes, .. System.Security.Cryptography.SHA256.HashData(bytes)]);
        Assert.Equal([4, -1], table["a"].Ints);
        Assert.False(table["a"].Nullable);
    }

    [Fact]
    public void A_record_marking_a_row_null_twice_or_out_of_range_is_refused()
    {
        var table = new Table("t", [("a", ColumnKind.Int)], nullable: ["a"]);
        table["a"].AddNull();
        using var stream = new MemoryStream();
        TableCodec.Write(table, stream);
        var bytes = stream.ToArray()[..^32];
        bytes[^4] = 7; // the null row: 7 of 1 rows
        var error = Assert.Throws<InvalidDataException>(() => TableCodec.Read([.. bytes, .. System.Security.Cryptography.SHA256.HashData(bytes)]));
        Assert.Contains("row 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_in_a_column_that_does_not_allow_nulls_is_refused()
    {
        var table = new Table("t", [("a", ColumnKind.Int)]);
        Assert.Throws<InvalidOperationException>(() => table["a"].Add((int?)null));
        Assert.Throws<ArgumentException>(() => new Table("t", [("a", ColumnKind.Int)], nullable: ["b"]));
    }

    [Fact]
    public void Appending_a_column_keeps_its_nulls_at_their_rows()
    {
        var a = Sample();
        var all = Table.Like("all", a.Columns);
        foreach (var k in Enumerable.Range(0, 2))
        {
            for (var c = 0; c < a.Columns.Count; c++)
            {
                all.Columns[c].Append(a.Columns[c]);
            }
        }

        Assert.Equal([1, null, 1, null], Enumerable.Range(0, 4).Select(all["n"].IntAt));
        Assert.Equal(4, all["ok"].Count);
    }
}
