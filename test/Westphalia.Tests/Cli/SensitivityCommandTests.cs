using System.Globalization;
using System.Text.Json;

namespace Westphalia.Tests.Cli;

/// <summary>
/// <c>westphalia sensitivity</c> end to end on tiny designs: the files and their shapes, the same indices byte for byte
/// whatever the number of runs at a time, and bad designs refused with their place before anything runs.
/// </summary>
public class SensitivityCommandTests
{
    private const string Morris = """
        scenario: default
        years: 2
        method: morris
        trajectories: 3
        replications: 2
        outcomes: [hsi, battle_deaths, life_expectancy]
        factors:
          parameters.economy.convergence: { min: 0.01, max: 0.05 }
          parameters.health_and_food.preston_slope: { min: 4, max: 6 }
        """;

    private static string WriteDesign(string folder, string text)
    {
        var file = Path.Combine(folder, "design.yaml");
        File.WriteAllText(file, text);
        return file;
    }

    private static string Analyse(string design, string output, string threads)
    {
        var result = CliHarness.Run("sensitivity", design, "--out", output, "--threads", threads);
        Assert.True(result.Code == 0, result.Err);
        return result.Out;
    }

    [Fact]
    public void A_morris_analysis_writes_every_run_and_every_index_and_prints_the_ranking_the_same_for_any_threads()
    {
        var folder = TestWorlds.TempFolder();
        var design = WriteDesign(folder, Morris);
        var one = Path.Combine(folder, "one");
        var printed = Analyse(design, one, "1");
        var two = Path.Combine(folder, "two");
        Analyse(design, two, "2");

        foreach (var file in new[] { "runs.csv", "runs.parquet", "indices.csv", "indices.parquet", "report.md", "sensitivity.json", "datapackage.json", "design.yaml", "report.html" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(one, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(two, file))), $"{file} differs between --threads 1 and 2");
        }

        // The report ranks the factors for each outcome, with the μ* chart and the σ-against-μ* chart of each.
        var html = File.ReadAllText(Path.Combine(one, "report.html"));
        Assert.Contains(">What drives Human Security Index</h2>", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(one, "charts", "morris-hsi.png")) && File.Exists(Path.Combine(one, "charts", "morris-sigma-battle-deaths.svg")));

        // 3 trajectories × (2 factors + 1) points × 2 replications = 18 runs.
        var runs = File.ReadAllLines(Path.Combine(one, "runs.csv"));
        Assert.Equal(["run", "point", "replication", "seed", "parameters.economy.convergence", "parameters.health_and_food.preston_slope", "hsi", "battle_deaths", "life_expectancy"], runs[0].Split(','));
        Assert.Equal(1 + 18, runs.Length);
        Assert.Equal(["5", "2", "2", "2"], runs[6].Split(',').Take(4)); // run 5 = point 2, replication 2, seed 2

        var indices = File.ReadAllLines(Path.Combine(one, "indices.csv"));
        Assert.Equal(["outcome", "factor", "method", "rank", "mu", "mu_star", "mu_star_ci_low", "mu_star_ci_high", "sigma", "negligible"], indices[0].Split(','));
        Assert.Equal(1 + (3 * 2), indices.Length);
        var rows = indices.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["hsi", "hsi", "battle_deaths", "battle_deaths", "life_expectancy", "life_expectancy"], rows.Select(r => r[0]));
        Assert.All(rows.Chunk(2), pair => Assert.Equal(["1", "2"], pair.Select(r => r[3])));
        Assert.All(rows.Chunk(2), pair => Assert.True(Number(pair[0][5]) >= Number(pair[1][5]), "ranked by mu_star"));
        // The Preston curve's slope moves life expectancy at once; with two years, more than the convergence rate does.
        Assert.Equal("parameters.health_and_food.preston_slope", rows[4][1]);

        Assert.Contains("life expectancy (years, last year)", printed, StringComparison.Ordinal);
        Assert.Contains("parameters.health_and_food.preston_slope drives life expectancy most", Flat(printed), StringComparison.Ordinal);
        Assert.Contains("parameters.health_and_food.preston_slope drives life expectancy most", File.ReadAllText(Path.Combine(one, "report.md")), StringComparison.Ordinal);

        using var description = JsonDocument.Parse(File.ReadAllText(Path.Combine(one, "sensitivity.json")));
        Assert.Equal("morris", description.RootElement.GetProperty("method").GetString());
        Assert.Equal(18, description.RootElement.GetProperty("runs").GetInt32());
        Assert.Equal(64, description.RootElement.GetProperty("design_sha256").GetString()!.Length);

        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(one, "datapackage.json")));
        foreach (var resource in package.RootElement.GetProperty("resources").EnumerateArray())
        {
            var path = resource.GetProperty("path").GetString()!;
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(File.ReadLines(Path.Combine(one, path)).First().Split(','), fields.Select(f => f.GetProperty("name").GetString()));
            Assert.All(fields, f => Assert.True(f.TryGetProperty("description", out _), $"{path}: {f.GetProperty("name").GetString()} has no description"));
        }
    }

    [Fact]
    public void A_sobol_analysis_writes_first_and_total_order_indices_for_each_factor()
    {
        var folder = TestWorlds.TempFolder();
        var design = WriteDesign(folder, """
            years: 1
            method: sobol
            samples: 4
            outcomes: [life_expectancy]
            factors:
              parameters.health_and_food.preston_slope: { min: 4, max: 6 }
              parameters.health_and_food.preston_intercept: { min: 20, max: 25 }
            """);
        var output = Path.Combine(folder, "sobol");
        Analyse(design, output, "2");
        Assert.Equal(1 + (4 * 4), File.ReadAllLines(Path.Combine(output, "runs.csv")).Length);
        var indices = File.ReadAllLines(Path.Combine(output, "indices.csv"));
        Assert.Equal(["outcome", "factor", "method", "rank", "s1", "s1_ci_low", "s1_ci_high", "st", "st_ci_low", "st_ci_high", "negligible"], indices[0].Split(','));
        Assert.Equal(3, indices.Length);
        Assert.All(indices.Skip(1), l => Assert.Equal("sobol", l.Split(',')[2]));
    }

    [Theory]
    [InlineData("outcomes: [hsi, battle_deaths, life_expectancy]", "outcomes: [hsi, happiness]", "design.yaml:6:17: outcomes: unknown outcome 'happiness'")]
    [InlineData("{ min: 4, max: 6 }", "{ min: 6, max: 4 }", "design.yaml:9:45: factors.parameters.health_and_food.preston_slope: min must be below max")]
    [InlineData("method: morris", "method: guesswork", "design.yaml:3:9: method: morris or sobol")]
    public void A_bad_design_is_refused_with_its_place_before_anything_runs(string from, string to, string message)
    {
        var folder = TestWorlds.TempFolder();
        var design = WriteDesign(folder, Morris.Replace(from, to, StringComparison.Ordinal));
        var output = Path.Combine(folder, "out");
        var result = CliHarness.Run("sensitivity", design, "--out", output);
        Assert.Equal(2, result.Code);
        Assert.Contains(message, result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_missing_design_file_is_refused()
    {
        var result = CliHarness.Run("sensitivity", Path.Combine(TestWorlds.TempFolder(), "none.yaml"));
        Assert.Equal(2, result.Code);
        Assert.Contains("none.yaml", result.Err, StringComparison.Ordinal);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>The console wraps long lines: compare text with every run of white space as one space.</summary>
    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
