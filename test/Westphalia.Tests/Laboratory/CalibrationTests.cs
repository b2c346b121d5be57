using System.Text.Json;
using Westphalia.Laboratory;
using Westphalia.Metrics;
using Westphalia.Parameters;
using Westphalia.Scenarios;
using Westphalia.Tests.Cli;

namespace Westphalia.Tests.Laboratory;

public class CalibrationTests
{
    [Theory]
    [InlineData("value(population, 2000)", "value", "population", 2000, 2000)]
    [InlineData("mean( hsi , 2000 , 2010 )", "mean", "hsi", 2000, 2010)]
    [InlineData("growth(population, 2000, 2019)", "growth", "population", 2000, 2019)]
    [InlineData("change(life_expectancy, 2020, 2099)", "change", "life_expectancy", 2020, 2099)]
    public void Measures_parse(string text, string function, string column, int from, int to)
    {
        Assert.True(CalibrationMeasure.TryParse(text, out var m));
        Assert.Equal(new CalibrationMeasure(function, column, from, to), m);
    }

    [Theory]
    [InlineData("value(population)")]
    [InlineData("value(population, 2000, 2010)")]
    [InlineData("mean(hsi, 2010, 2000)")]
    [InlineData("growth(population, 2000, 2000)")]
    [InlineData("median(hsi, 2000, 2010)")]
    [InlineData("value(Population, 2000)")]
    [InlineData("civil_war(deaths)")]
    [InlineData("civil_war(duration, 2000)")]
    public void Malformed_measures_are_refused(string text) => Assert.False(CalibrationMeasure.TryParse(text, out _));

    [Fact]
    public void Civil_war_measures_read_the_runs_wars_and_a_faster_victory_shortens_them()
    {
        Assert.True(CalibrationMeasure.TryParse(" civil_war( duration ) ", out var duration));
        Assert.Equal("civil_war(duration)", duration!.ToString());
        Assert.False(duration.OfWorldTable);
        Assert.True(CalibrationMeasure.TryParse("civil_war(relapse)", out var relapse));
        Assert.True(CalibrationMeasure.TryParse("civil_war(onset_rate)", out var onsetRate));

        Simulation Run(double victory) => Westphalia.Validation.Replications.Run(ScenarioCatalog.DefaultName, 3, ["years=40", $"parameters.civil_war.victory={victory.ToString(System.Globalization.CultureInfo.InvariantCulture)}"], CancellationToken.None);
        var slow = Run(0.002);
        var fast = Run(0.05);

        // The figures, counted here from the run's own records.
        var ended = slow.CivilWar.Conflicts.Where(w => !w.IsOngoing).ToList();
        Assert.NotEmpty(ended);
        Assert.Equal(ended.Average(w => (w.EndTick - w.StartTick + 1) / 12.0), duration.Of(slow), 12);
        var byCountry = slow.CivilWar.Conflicts.GroupBy(w => (w.State, w.StateName)).ToList();
        Assert.Equal((double)byCountry.Count(g => g.Count() > 1) / byCountry.Count, relapse!.Of(slow), 12);
        var atPeace = slow.Observer<Westphalia.Observers.CountryYearsObserver>().Rows.Where(r => r.AtRisk).ToList();
        Assert.Equal((double)atPeace.Count(r => r.Onset) / atPeace.Count, onsetRate!.Of(slow), 12);

        Assert.True(duration.Of(fast) < duration.Of(slow) / 2, $"victory 0.05: {duration.Of(fast):F2} years; 0.002: {duration.Of(slow):F2}");
    }

    [Fact]
    public void Measures_read_the_last_row_of_each_year()
    {
        var world = new Table("world", [("year", ColumnKind.Int), ("population", ColumnKind.Long)]);
        foreach (var (year, people) in new[] { (2000, 90L), (2000, 100L), (2001, 110L), (2002, 121L) })
        {
            world["year"].Ints.Add(year);
            world["population"].Longs.Add(people);
        }

        double Of(string text) => CalibrationMeasure.TryParse(text, out var m) ? m!.Of(world) : double.NaN;
        Assert.Equal(100, Of("value(population, 2000)"));
        Assert.Equal(331.0 / 3, Of("mean(population, 2000, 2002)"), 12);
        Assert.Equal(21, Of("change(population, 2000, 2002)"));
        Assert.Equal(0.1, Of("growth(population, 2000, 2002)"), 12);
        Assert.Equal(1.1, Of("ratio(population, population, 2001)") + 0.1, 12);
        Assert.True(CalibrationMeasure.TryParse("ratio(births, population, 2019)", out var ratio));
        Assert.Equal(new CalibrationMeasure("ratio", "births", 2019, 2019, "population"), ratio);
        Assert.Equal("ratio(births, population, 2019)", ratio!.ToString());
        Assert.True(double.IsNaN(Of("value(population, 1999)")));
    }

    [Theory]
    [InlineData("seeds: 2", "seeds: 1001", "design.yaml:3:8: seeds: a whole number from 1 to 1,000: the calibration seeds are 1 to 1,000; later seeds are kept for validation")]
    [InlineData("measure: value(population, 2001)", "measure: median(population)", "design.yaml:8:14: targets[0].measure:")]
    [InlineData("scale: 1000000", "scale: 0", "design.yaml:10:12: targets[0].scale: a number above 0")]
    [InlineData("measure: value(population, 2001)", "measure: value(happiness, 2001)", "design.yaml:8:14: targets[0].measure: 'happiness' is not a column of the world table")]
    [InlineData("seeds: 2", "seeds: 2\nhorizon: 3", "design.yaml:4:1: horizon: unknown field")]
    [InlineData("{ min: 0.5, max: 1.2 }", "{ min: 1.2, max: 0.5 }", "design.yaml:6:43: parameters.parameters.demography.death_rate_scale: min must be below max")]
    public void Bad_calibrations_are_refused_with_their_place(string good, string bad, string message)
    {
        var folder = TestWorlds.TempFolder();
        var file = Path.Combine(folder, "design.yaml");
        File.WriteAllText(file, Design.Replace(good, bad, StringComparison.Ordinal));
        var result = CliHarness.Run("calibrate", file, "--out", Path.Combine(folder, "out"));
        Assert.Equal(2, result.Code);
        Assert.Contains(message, result.Err.Replace(folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
    }

    [Fact]
    public void A_path_the_scenario_does_not_have_is_named()
    {
        var folder = TestWorlds.TempFolder();
        var file = Path.Combine(folder, "design.yaml");
        File.WriteAllText(file, Design.Replace("parameters.demography.death_rate_scale", "parameters.demography.no_such_rate", StringComparison.Ordinal));
        var result = CliHarness.Run("calibrate", file);
        Assert.Equal(2, result.Code);
        Assert.Contains("no_such_rate", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calibration_lowers_its_objective_and_gives_the_same_files_on_any_number_of_threads()
    {
        var folder = TestWorlds.TempFolder();
        var file = Path.Combine(folder, "design.yaml");
        File.WriteAllText(file, Design);
        var one = Path.Combine(folder, "one");
        var two = Path.Combine(folder, "two");
        var first = CliHarness.Run("calibrate", file, "--out", one, "--threads", "1");
        Assert.True(first.Code == 0, first.Err);
        Assert.Equal(0, CliHarness.Run("calibrate", file, "--out", two, "--threads", "2", "--quiet").Code);
        foreach (var name in new[] { "calibration.json", "evaluations.csv", "evaluations.parquet", "datapackage.json" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(one, name)), File.ReadAllBytes(Path.Combine(two, name)));
        }

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(one, "calibration.json")));
        var root = json.RootElement;
        Assert.Equal(8, root.GetProperty("evaluations").GetInt32());
        Assert.True(root.GetProperty("objective_fitted").GetDouble() < root.GetProperty("objective_start").GetDouble());
        var parameter = root.GetProperty("parameters")[0];
        Assert.Equal(new DemographyParameters().DeathRateScale, parameter.GetProperty("start").GetDouble()); // the scenario's own value
        Assert.StartsWith("parameters.demography.death_rate_scale=", parameter.GetProperty("set").GetString(), StringComparison.Ordinal);

        // The fitted values reproduce the fitted measure: a run of the scenario with them, on the same seeds, measures the same.
        var fitted = parameter.GetProperty("fitted").GetDouble();
        var measured = root.GetProperty("targets")[0].GetProperty("fitted").GetDouble();
        var again = Enumerable.Range(1, 2).Select(seed =>
        {
            var scenario = ScenarioLoader.Load("two-states", ["years=3", $"parameters.demography.death_rate_scale={fitted.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}", $"seed={seed}"]);
            var simulation = new Simulation(scenario);
            simulation.Run();
            CalibrationMeasure.TryParse("value(population, 2001)", out var m);
            return m!.Of(simulation.Observer<Westphalia.Observers.WorldObserver>().Table);
        }).Average();
        Assert.Equal(measured, again, 9);
    }

    private const string Design = """
        scenario: two-states
        years: 3
        seeds: 2
        evaluations: 8
        parameters:
          parameters.demography.death_rate_scale: { min: 0.5, max: 1.2 }
        targets:
          - measure: value(population, 2001)
            published: 0
            scale: 1000000
            source: a population the two states cannot reach, so that the fit moves
        """;
}
