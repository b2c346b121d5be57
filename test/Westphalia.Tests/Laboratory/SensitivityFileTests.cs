using Westphalia.Laboratory;
using Westphalia.Metrics;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Laboratory;

public class SensitivityFileTests
{
    private const string Morris = """
        scenario: default
        years: 2
        method: morris
        trajectories: 3
        levels: 4
        replications: 2
        seed: 9
        set: ["parameters.united_nations.enabled=false"]
        outcomes: [hsi, survival]
        factors:
          parameters.economy.convergence: { min: 0.01, max: 0.05 }
          parameters.interstate_war.attack_probability: { min: 0.002, max: 0.02 }
          years: { min: 1, max: 3, integer: true }
        """;

    private static string Repository([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

    private static SensitivityDesign Parse(string text) => SensitivityFile.Parse(text, "sensitivity.yaml", ".");

    [Fact]
    public void A_morris_design_runs_its_trajectories_points_on_the_seeds_as_a_sweep_does()
    {
        var design = Parse(Morris);
        Assert.Equal(SensitivityMethod.Morris, design.Method);
        Assert.Equal(3 * 4, design.Runs.Points.Count);
        Assert.Equal(24, design.RunCount);
        Assert.Equal(["hsi", "survival"], design.Outcomes.Select(o => o.Name));
        Assert.Equal([ColumnKind.Double, ColumnKind.Double, ColumnKind.Long], design.Factors.Select(f => f.Kind));
        for (var p = 0; p < design.Runs.Points.Count; p++)
        {
            var convergence = design.Runs.Points[p][0];
            Assert.Equal(0.01 + (design.Unit[p][0] * 0.04), convergence.Number, 12);
            Assert.Contains(design.Runs.Points[p][2].Text, new[] { "1", "2", "3" });
        }

        // Run id = point × replications + (replication − 1); the replication is the seed; the factors' values come last.
        var scenario = design.Runs.ScenarioOf(5);
        Assert.Equal(2UL, scenario.Seed);
        Assert.False(scenario.Parameters.UnitedNations.Enabled);
        Assert.Equal(double.Parse(design.Runs.Points[2][0].Text, System.Globalization.CultureInfo.InvariantCulture), scenario.Parameters.Economy.Convergence);
        Assert.Equal(64, design.Hash.Length);
    }

    [Fact]
    public void A_sobol_design_has_samples_times_factors_plus_two_points_and_all_outcomes_by_default()
    {
        var design = Parse("method: sobol\nsamples: 8\nfactors:\n  parameters.economy.convergence: { min: 0.01, max: 0.05 }\n  parameters.economy.shock_sd: { min: 0.01, max: 0.05 }\n");
        Assert.Equal(8 * 4, design.Runs.Points.Count);
        Assert.Equal(Outcomes.All, design.Outcomes);
        Assert.Equal(Saltelli.Sample(8, 2), design.Unit);
    }

    [Fact]
    public void The_hash_changes_with_the_design_and_not_otherwise()
    {
        Assert.Equal(Parse(Morris).Hash, Parse("# a comment\n" + Morris).Hash);
        Assert.NotEqual(Parse(Morris).Hash, Parse(Morris.Replace("seed: 9", "seed: 10", StringComparison.Ordinal)).Hash);
        Assert.NotEqual(Parse(Morris).Hash, Parse(Morris.Replace("[hsi, survival]", "[hsi]", StringComparison.Ordinal)).Hash);
    }

    private const string Two = "factors:\n  parameters.economy.convergence: { min: 0.01, max: 0.05 }\n  parameters.economy.shock_sd: { min: 0.01, max: 0.05 }\n";

    [Theory]
    [InlineData("method: morris\noutcomes: [hsi, peace]\n" + Two, "sensitivity.yaml:2:17: outcomes: unknown outcome 'peace'; the outcomes are survival, territory_kept")]
    [InlineData("method: morris\noutcomes: [hsi, hsi]\n" + Two, "sensitivity.yaml:2:17: outcomes: the outcome hsi appears twice")]
    [InlineData("method: morris\noutcomes: []\n" + Two, "sensitivity.yaml:2:11: outcomes: a list of outcomes")]
    [InlineData("method: morris\nfactors:\n  parameters.economy.convergence: { min: 0.05, max: 0.01 }\n  years: { min: 1, max: 5 }\n", "sensitivity.yaml:3:35: factors.parameters.economy.convergence: min must be below max")]
    [InlineData("method: morris\nfactors:\n  parameters.economy.convergence: { min: 0.01, max: 0.01 }\n  years: { min: 1, max: 5 }\n", "sensitivity.yaml:3:35: factors.parameters.economy.convergence: min must be below max")]
    [InlineData("method: morris\nfactors:\n  parameters.economy.convergence: { min: 0.01, max: 0.05 }\n", "sensitivity.yaml:3:3: factors: 1 factor; a sensitivity analysis ranks at least 2")]
    [InlineData("method: morris\nfactors:\n  parameters.economy.convergence: [0.01, 0.05]\n  years: { min: 1, max: 5 }\n", "sensitivity.yaml:3:35: factors.parameters.economy.convergence: a range { min: A, max: B }")]
    [InlineData("method: morris\ntrajectories: 20000\nreplications: 2\n" + Two, "sensitivity.yaml:2:15: trajectories: 20,000 trajectories × (2 factors + 1) = 60,000 points × 2 replications = 120,000 runs; at most 100,000")]
    [InlineData("method: sobol\nsamples: 30000\n" + Two, "sensitivity.yaml:2:10: samples: 30,000 samples × (2 factors + 2) = 120,000 points × 1 replications = 120,000 runs; at most 100,000")]
    [InlineData("method: morris\nlevels: 5\n" + Two, "sensitivity.yaml:2:9: levels: an even number of levels")]
    [InlineData("method: morris\ntrajectories: 1\n" + Two, "sensitivity.yaml:2:15: trajectories: a whole number from 2 to 100,000")]
    [InlineData("method: morris\nsamples: 8\n" + Two, "sensitivity.yaml:2:10: samples: only for sobol")]
    [InlineData("method: sobol\nlevels: 4\n" + Two, "sensitivity.yaml:2:9: levels: only for morris")]
    [InlineData("method: fast\n" + Two, "sensitivity.yaml:1:9: method: morris or sobol")]
    [InlineData(Two, "sensitivity.yaml:1:1: method: missing")]
    [InlineData("method: morris\ncolour: red\n" + Two, "sensitivity.yaml:2:1: colour: unknown field")]
    [InlineData("method: morris\nfactors:\n  seed: { min: 1, max: 5 }\n  years: { min: 1, max: 5 }\n", "sensitivity.yaml:3:3: factors.seed: the seed is not a factor")]
    [InlineData("method: morris\noutcomes: [hsi]\nfactors:\n  hsi: { min: 1, max: 5 }\n  years: { min: 1, max: 5 }\n", "sensitivity.yaml:4:3: factors.hsi: an outcome's column has this name")]
    [InlineData("method: morris\nseed: -1\n" + Two, "sensitivity.yaml:2:7: seed: the sampler's seed")]
    [InlineData("method: morris\nfactors: [\n", "sensitivity.yaml:3:1: not valid YAML")]
    [InlineData("- a\n", "sensitivity.yaml: holds no sensitivity analysis")]
    public void A_bad_design_is_refused_with_its_place(string text, string expected)
    {
        var e = Assert.Throws<ScenarioException>(() => Parse(text));
        Assert.StartsWith(expected, e.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_design_is_listed_not_only_the_first()
    {
        var e = Assert.Throws<ScenarioException>(() => Parse("method: morris\nlevels: 3\noutcomes: [peace]\nfactors:\n  a.b: { min: 2, max: 1 }\n  c.d: { min: 0, max: 1 }\n"));
        Assert.Equal(3, e.Errors.Count);
    }

    [Fact]
    public void A_value_the_scenario_refuses_is_reported_with_its_design_point()
    {
        var e = Assert.Throws<ScenarioException>(() => Parse("method: morris\ntrajectories: 2\nfactors:\n  parameters.economy.convergence: { min: -5, max: -1 }\n  parameters.economy.shock_sd: { min: 0.01, max: 0.05 }\n"));
        Assert.Contains("design point 0: parameters.economy.convergence=", e.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_designs_are_valid()
    {
        var examples = Path.Combine(Repository(), "examples", "sensitivity");
        var files = Directory.GetFiles(examples, "*.yaml");
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.True(SensitivityFile.Read(f).RunCount > 0));
    }
}
