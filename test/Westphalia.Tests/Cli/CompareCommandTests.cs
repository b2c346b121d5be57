using System.Text.Json;
using Westphalia.Laboratory;

namespace Westphalia.Tests.Cli;

public class CompareCommandTests
{
    [Fact]
    public void Compare_writes_every_run_and_every_arms_intervals_and_prints_both_levels()
    {
        var output = Path.Combine(TestWorlds.TempFolder(), "compare");
        var result = CliHarness.Run("compare", "default", "--arms", "realist,human-security", "--seeds", "3", "--years", "2", "--threads", "2", "--out", output);
        Assert.True(result.Code == 0, result.Err);
        Assert.Contains("state security", result.Out, StringComparison.Ordinal);
        Assert.Contains("(individuals)", result.Out, StringComparison.Ordinal);
        Assert.Contains("Human Security", result.Out, StringComparison.Ordinal);

        var runs = File.ReadAllLines(Path.Combine(output, "runs.csv"));
        Assert.Equal(["arm", "seed", .. Outcomes.All.Select(o => o.Name)], runs[0].Split(','));
        Assert.Equal(["realist,1", "realist,2", "realist,3", "human-security,1", "human-security,2", "human-security,3"],
            runs.Skip(1).Select(l => string.Join(',', l.Split(',').Take(2))));

        var summary = File.ReadAllLines(Path.Combine(output, "comparison.csv"));
        Assert.Equal(1 + (2 * Outcomes.All.Count), summary.Length);
        // The mean in the summary is the mean of the runs' values.
        var hsiColumn = Array.IndexOf(runs[0].Split(','), "hsi");
        var realistHsi = runs.Skip(1).Take(3).Select(l => double.Parse(l.Split(',')[hsiColumn], System.Globalization.CultureInfo.InvariantCulture)).Average();
        var row = summary.Single(l => l.StartsWith("hsi,", StringComparison.Ordinal) && l.Contains(",realist,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(realistHsi, double.Parse(row[^3], System.Globalization.CultureInfo.InvariantCulture), 12);

        using var description = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "compare.json")));
        Assert.Equal(["realist", "human-security"], description.RootElement.GetProperty("arms").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.True(File.Exists(Path.Combine(output, "runs.parquet")) && File.Exists(Path.Combine(output, "comparison.parquet")));

        // The data package describes each CSV file: its columns in order, with types a reader can use, and the outcomes' meaning.
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "datapackage.json")));
        Assert.Equal("tabular-data-package", package.RootElement.GetProperty("profile").GetString());
        foreach (var resource in package.RootElement.GetProperty("resources").EnumerateArray())
        {
            var path = resource.GetProperty("path").GetString()!;
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(File.ReadLines(Path.Combine(output, path)).First().Split(','), fields.Select(f => f.GetProperty("name").GetString()));
            Assert.All(fields, f => Assert.True(f.TryGetProperty("description", out _), $"{path}: {f.GetProperty("name").GetString()} has no description"));
        }

        var runFields = package.RootElement.GetProperty("resources")[0].GetProperty("schema").GetProperty("fields").EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("type").GetString());
        Assert.Equal(("string", "integer", "number"), (runFields["arm"], runFields["seed"], runFields["hsi"]));
    }

    [Theory]
    [InlineData(new[] { "--arms", "pacifist" }, "--arms: 'pacifist' is neither a doctrine")]
    [InlineData(new[] { "--arms", "realist,realist" }, "--arms: a doctrine is named twice")]
    [InlineData(new[] { "--seeds", "1" }, "--seeds 1: give a whole number from 2 to 10000")]
    [InlineData(new[] { "--set", "years=0" }, "years")]
    public void A_bad_comparison_is_refused_before_anything_is_written(string[] args, string message)
    {
        var output = Path.Combine(TestWorlds.TempFolder(), "compare");
        var result = CliHarness.Run(["compare", "default", "--out", output, .. args]);
        Assert.Equal(2, result.Code);
        Assert.Contains(message, result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void An_arm_file_with_a_mistake_is_refused_with_its_line()
    {
        var folder = TestWorlds.TempFolder();
        var file = Path.Combine(folder, "arms.yaml");
        File.WriteAllText(file, "arms:\n  - name: mixed\n    doctrine: realist\n    assignments: { State 1: nobody }\n");
        var result = CliHarness.Run("compare", "default", "--arms", file, "--out", Path.Combine(folder, "out"));
        Assert.Equal(2, result.Code);
        Assert.Contains($"{file}:4:29: arms[0].assignments.State 1: unknown doctrine", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }
}
