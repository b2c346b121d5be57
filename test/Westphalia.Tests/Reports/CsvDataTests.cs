using Westphalia.Reports;

namespace Westphalia.Tests.Reports;

public class CsvDataTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_empty_fields_read_as_missing()
    {
        var path = Path.Combine(TestWorlds.TempFolder(), "t.csv");
        File.WriteAllText(path, "name,value,flag\n\"War of A, B\",12.5,true\n\"say \"\"no\"\"\",,false\n\"two\nlines\",-3,x\n");

        var table = CsvData.Read(path);

        Assert.Equal(3, table.Count);
        Assert.Equal(["War of A, B", "say \"no\"", "two\nlines"], table.Texts("name"));
        var values = table.Numbers("value");
        Assert.Equal(12.5, values[0]);
        Assert.True(double.IsNaN(values[1]));
        Assert.Equal(-3, values[2]);
        Assert.Equal(1, table.Numbers("flag")[0]);
        Assert.Equal(0, table.Numbers("flag")[1]);
        var missing = Assert.Throws<ReportException>(() => table.Numbers("nothing"));
        Assert.Contains("no column 'nothing'", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_with_the_wrong_number_of_fields_is_named()
    {
        var path = Path.Combine(TestWorlds.TempFolder(), "t.csv");
        File.WriteAllText(path, "a,b\n1,2\n3\n");

        var e = Assert.Throws<ReportException>(() => CsvData.Read(path));

        Assert.Contains("record 3", e.Message, StringComparison.Ordinal);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }
}
