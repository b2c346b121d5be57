using Westphalia.Laboratory;
using Westphalia.Metrics;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Laboratory;

public class SweepFileTests
{
    private static SweepDesign Parse(string text) => SweepFile.Parse(text, "sweep.yaml", ".");

    [Fact]
    public void A_full_factorial_runs_every_combination_with_the_first_factor_slowest()
    {
        var design = Parse("""
            scenario: default
            years: 2
            replications: 3
            design: full-factorial
            set: ["parameters.united_nations.enabled=false"]
            factors:
              parameters.economy.convergence: [0.01, 0.02, 0.03]
              doctrines.default: [realist, human-security]
              parameters.united_nations.enabled: [true, false]
            """);
        Assert.Equal(12, design.Points.Count);
        Assert.Equal(36, design.RunCount);
        Assert.Equal([ColumnKind.Double, ColumnKind.Text, ColumnKind.Bool], design.Factors.Select(f => f.Kind));
        Assert.Equal(["0.01", "realist", "true"], design.Points[0].Select(v => v.Text));
        Assert.Equal(["0.01", "realist", "false"], design.Points[1].Select(v => v.Text));
        Assert.Equal(["0.01", "human-security", "true"], design.Points[2].Select(v => v.Text));
        Assert.Equal(["0.02", "realist", "true"], design.Points[4].Select(v => v.Text));
        Assert.Equal(["0.03", "human-security", "false"], design.Points[11].Select(v => v.Text));

        // Run id = point × replications + (replication − 1); the replication is the seed.
        Assert.Equal((3, 2), (design.PointOf(10), design.ReplicationOf(10)));
        var scenario = design.ScenarioOf(6); // point 2: 0.01, human-security, true; replication 1
        Assert.Equal(1UL, scenario.Seed);
        Assert.Equal(2, scenario.Years);
        Assert.Equal("human-security", scenario.Doctrines.Default);
        Assert.True(scenario.Parameters.UnitedNations.Enabled); // the factor's value comes after the common change
        Assert.Equal(64, design.Hash.Length);
    }

    [Fact]
    public void The_design_hash_changes_with_the_design_and_not_otherwise()
    {
        const string text = "design: full-factorial\nfactors:\n  doctrines.default: [realist, human-security]\n";
        Assert.Equal(Parse(text).Hash, Parse("# a comment\n" + text).Hash);
        Assert.NotEqual(Parse(text).Hash, Parse(text + "replications: 2\n").Hash);
        Assert.NotEqual(Parse(text).Hash, Parse(text + "years: 3\n").Hash);
    }

    [Theory]
    [InlineData("design: full-factorial\nfactors: {}\ncolour: red\n", "sweep.yaml:3:1: colour: unknown field")]
    [InlineData("design: full-factorial\nfactors: {}\n", "sweep.yaml:2:10: factors: no factors")]
    [InlineData("design: full-factorial\nfactors:\n  years: []\n", "sweep.yaml:3:10: factors.years: no levels")]
    [InlineData("design: full-factorial\nfactors:\n  years: { min: 1, max: 5 }\n", "sweep.yaml:3:10: factors.years: a full-factorial design takes a list of levels")]
    [InlineData("design: latin-hypercube\nsamples: 5\nfactors:\n  years: [1, 2]\n", "sweep.yaml:4:10: factors.years: a latin-hypercube design samples ranges")]
    [InlineData("design: latin-hypercube\nfactors:\n  years: { min: 1, max: 5, integer: true }\n", "sweep.yaml:1:9: samples: a latin-hypercube design needs 'samples'")]
    [InlineData("design: latin-hypercube\nsamples: 0\nfactors:\n  years: { min: 1, max: 5 }\n", "sweep.yaml:2:10: samples: a whole number from 1 to 100,000")]
    [InlineData("design: latin-hypercube\nsamples: 4\nfactors:\n  years: { min: 5, max: 1 }\n", "sweep.yaml:4:10: factors.years: min must be below max")]
    [InlineData("design: latin-hypercube\nsamples: 4\nfactors:\n  years: { min: 1, max: 5, step: 1 }\n", "sweep.yaml:4:28: factors.years.step: unknown field")]
    [InlineData("design: full-factorial\nsamples: 4\nfactors:\n  years: [1]\n", "sweep.yaml:2:10: samples: only for latin-hypercube")]
    [InlineData("design: full-factorial\nreplications: 0\nfactors:\n  years: [1]\n", "sweep.yaml:2:15: replications: a whole number from 1 to 10,000")]
    [InlineData("design: full-factorial\nfactors:\n  seed: [1, 2]\n", "sweep.yaml:3:3: factors.seed: the seed is not a factor")]
    [InlineData("design: full-factorial\nfactors:\n  years: [1, 1]\n", "sweep.yaml:3:14: factors.years: the level 1 appears twice")]
    [InlineData("design: fractional\nfactors:\n  years: [1]\n", "sweep.yaml:1:9: design: full-factorial or latin-hypercube")]
    [InlineData("factors:\n  years: [1]\n", "sweep.yaml:1:1: design: missing")]
    [InlineData("design: full-factorial\nset: [nothing]\nfactors:\n  years: [1]\n", "sweep.yaml:2:7: set: a change in the --set syntax")]
    [InlineData("design: full-factorial\nreplications: 10000\nfactors:\n  years: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]\n", "sweep.yaml:4:3: factors: 11 design points × 10,000 replications = 110,000 runs; at most 100,000")]
    [InlineData("design: full-factorial\nfactors: [\n", "sweep.yaml:3:1: not valid YAML")]
    [InlineData("- a\n", "sweep.yaml: holds no sweep design")]
    public void A_bad_design_is_refused_with_its_place(string text, string expected)
    {
        var e = Assert.Throws<ScenarioException>(() => Parse(text));
        Assert.StartsWith(expected, e.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_design_is_listed_not_only_the_first()
    {
        var e = Assert.Throws<ScenarioException>(() => Parse("design: full-factorial\nreplications: x\ncolour: red\nfactors:\n  years: []\n  seed: [1]\n"));
        Assert.Equal(4, e.Errors.Count);
    }

    [Fact]
    public void A_design_point_whose_scenario_is_refused_is_reported_with_its_values()
    {
        var e = Assert.Throws<ScenarioException>(() => Parse("design: full-factorial\nfactors:\n  years: [2, 0]\n  doctrines.default: [realist]\n"));
        var message = Assert.Single(e.Errors).ToString();
        Assert.Contains("(design point 1: years=0, doctrines.default=realist; design sweep.yaml)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_file_is_found_beside_the_design_file()
    {
        var folder = TestWorlds.TempFolder();
        File.WriteAllText(Path.Combine(folder, "small.yaml"), ScenarioCatalog.GetText("default"));
        File.WriteAllText(Path.Combine(folder, "sweep.yaml"), "scenario: small.yaml\ndesign: full-factorial\nfactors:\n  years: [2]\n");
        var design = SweepFile.Read(Path.Combine(folder, "sweep.yaml"));
        Assert.Equal(Path.Combine(folder, "small.yaml"), design.Scenario);
        Assert.Equal(2, design.ScenarioOf(0).Years);
    }

    [Fact]
    public void A_latin_hypercube_design_puts_one_point_in_each_stratum_of_every_range_and_repeats_with_its_seed()
    {
        const string text = """
            design: latin-hypercube
            samples: 10
            seed: 7
            factors:
              parameters.economy.convergence: { min: 0.01, max: 0.05 }
              years: { min: 2, max: 11, integer: true }
            """;
        var design = Parse(text);
        Assert.Equal(10, design.Points.Count);
        var convergence = design.Points.Select(p => p[0].Number).ToArray();
        Assert.Equal(Enumerable.Range(0, 10), convergence.Select(x => (int)Math.Floor((x - 0.01) / 0.04 * 10)).Order());
        Assert.Equal(Enumerable.Range(2, 10).Select(y => (double)y), design.Points.Select(p => p[1].Number).Order());
        Assert.Equal(ColumnKind.Long, design.Factors[1].Kind);
        Assert.Equal(design.Hash, Parse(text).Hash);
        Assert.NotEqual(design.Hash, Parse(text.Replace("seed: 7", "seed: 8", StringComparison.Ordinal)).Hash);
    }
}
