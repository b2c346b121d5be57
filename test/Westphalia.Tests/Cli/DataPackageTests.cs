using System.Text.Json;

namespace Westphalia.Tests.Cli;

/// <summary>
/// The datapackage.json of a run folder: one resource per CSV table, its fields the CSV header with the Table Schema
/// types the columns are written with, every one described, the empty field as the missing value.
/// </summary>
public class DataPackageTests
{
    [Fact]
    public void A_run_folder_has_a_data_package_describing_every_CSV_table_column_by_column()
    {
        var output = Path.Combine(TestWorlds.TempFolder(), "run");
        Assert.Equal(0, CliHarness.Run("run", "civil-war", "--years", "12", "--quiet", "--out", output).Code);
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "datapackage.json")));
        var root = package.RootElement;
        Assert.Equal("tabular-data-package", root.GetProperty("profile").GetString());
        var resources = root.GetProperty("resources").EnumerateArray().ToList();
        var csvFiles = Directory.GetFiles(output, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(csvFiles, resources.Select(r => r.GetProperty("path").GetString()).Order(StringComparer.Ordinal));
        foreach (var resource in resources)
        {
            var path = resource.GetProperty("path").GetString()!;
            var schema = resource.GetProperty("schema");
            Assert.Equal([""], schema.GetProperty("missingValues").EnumerateArray().Select(v => v.GetString()));
            var fields = schema.GetProperty("fields").EnumerateArray().ToList();
            var header = File.ReadLines(Path.Combine(output, path)).First().Split(',');
            Assert.Equal(header, fields.Select(f => f.GetProperty("name").GetString()));
            Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString()), $"{path}: {f.GetProperty("name")} has no description"));
            Assert.All(fields, f => Assert.Contains(f.GetProperty("type").GetString(), new[] { "integer", "number", "string", "boolean", "date" }));
        }

        string Type(string table, string column) =>
            resources.Single(r => r.GetProperty("path").GetString() == table).GetProperty("schema").GetProperty("fields").EnumerateArray()
                .Single(f => f.GetProperty("name").GetString() == column).GetProperty("type").GetString()!;
        Assert.Equal("date", Type("ged.csv", "date_start"));
        Assert.Equal("date", Type("civil_wars.csv", "end"));
        Assert.Equal("integer", Type("states.csv", "alliance"));
        Assert.Equal("int64", Westphalia.Metrics.OutputDocumentation.Describe("states", "population")!.Type);
        Assert.Contains(resources, r => r.GetProperty("schema").GetProperty("fields").EnumerateArray().Any(f => f.TryGetProperty("unit", out var u) && u.GetString() == "people"));
    }

    [Fact]
    public void Missing_values_are_empty_fields_not_minus_one_and_dates_are_whole_dates()
    {
        var output = Path.Combine(TestWorlds.TempFolder(), "run");
        Assert.Equal(0, CliHarness.Run("run", "civil-war", "--years", "12", "--quiet", "--out", output).Code);
        string[] Column(string file, string name)
        {
            var lines = File.ReadAllLines(Path.Combine(output, file));
            var k = Array.IndexOf(lines[0].Split(','), name);
            return [.. lines.Skip(1).Select(l => l.Split(',')[k])];
        }

        Assert.DoesNotContain("-1", Column("states.csv", "alliance"));
        Assert.Contains("", Column("states.csv", "alliance"));
        Assert.DoesNotContain("-1", Column("regions.csv", "rebels"));
        Assert.DoesNotContain("-1", Column("country_years.csv", "years_since_war"));
        Assert.All(Column("civil_wars.csv", "start"), d => Assert.Matches(@"^\d{4}-\d{2}-01$", d));
        Assert.All(Column("ged.csv", "date_end"), d => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", d));
    }
}
