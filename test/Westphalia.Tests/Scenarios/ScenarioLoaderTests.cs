using Westphalia.Scenarios;

namespace Westphalia.Tests.Scenarios;

public class ScenarioLoaderTests
{
    private static ScenarioException Fails(string yaml, params string[] overrides) =>
        Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(yaml, "test.yaml", overrides));

    [Fact]
    public void The_default_scenario_loads_with_documented_defaults()
    {
        var scenario = ScenarioLoader.Load("default");
        Assert.Equal("default", scenario.Name);
        Assert.Equal(0.02, scenario.Parameters.Economy.Convergence);
        Assert.NotNull(scenario.World.Generator);
        Assert.Equal(100, scenario.Years);
    }

    [Fact]
    public void Every_built_in_scenario_loads_and_builds_its_world()
    {
        Assert.Contains("default", ScenarioCatalog.Names);
        foreach (var name in ScenarioCatalog.Names)
        {
            var world = WorldFactory.Create(ScenarioLoader.Load(name));
            Assert.True(world.Regions.Count > 0, name);
        }
    }

    [Fact]
    public void An_unknown_field_is_named_with_its_line_column_and_a_suggestion()
    {
        var e = Fails("name: x\nyears: 3\nparameters:\n  economy:\n    convergnce: 0.1\n");
        var error = Assert.Single(e.Errors);
        Assert.Equal(5, error.Line);
        Assert.Equal(5, error.Column);
        Assert.Equal("parameters.economy.convergnce", error.Path);
        Assert.Contains("did you mean 'convergence'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("test.yaml:5:5: parameters.economy.convergnce:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_type_names_the_expected_type()
    {
        var error = Assert.Single(Fails("name: x\nyears: many\n").Errors);
        Assert.Equal((2, "years"), (error.Line, error.Path));
        Assert.Contains("'many' is not a whole number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_position_beyond_a_billion_is_out_of_range_with_its_line_and_column()
    {
        var error = Assert.Single(Fails("name: x\nworld:\n  regions:\n    - name: A\n      owner: S\n      x: 0\n      y: -1e308\n  states:\n    - { name: S, capital: A }\n").Errors);
        Assert.Equal(("world.regions[0].y", 7, 10), (error.Path, error.Line, error.Column));
        Assert.Contains("out of range; allowed: -1000000000 to 1000000000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_out_of_range_says_what_is_allowed()
    {
        var error = Assert.Single(Fails("name: x\nworld:\n  regions:\n    - { name: A, owner: S, population: -5 }\n  states:\n    - { name: S, capital: A }\n").Errors);
        Assert.Equal("world.regions[0].population", error.Path);
        Assert.Contains("out of range", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Malformed_yaml_gives_its_position()
    {
        var error = Assert.Single(Fails("name: x\nyears: [1, 2\nseed: 3\n").Errors);
        Assert.True(error.Line >= 2);
        Assert.Contains("malformed YAML", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    public void An_empty_file_is_refused(string text)
    {
        var error = Assert.Single(Fails(text).Errors);
        Assert.Contains("empty", error.Message + error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Several_errors_are_all_reported()
    {
        var e = Fails("name: x\nyears: -1\nseed: abc\nbogus: 1\n");
        Assert.Equal(3, e.Errors.Count);
    }

    [Fact]
    public void Set_overrides_any_field_and_is_validated_like_the_file()
    {
        var scenario = ScenarioLoader.Load("default", ["parameters.economy.convergence=0.03", "world.generator.topology=square", "years=7"]);
        Assert.Equal(0.03, scenario.Parameters.Economy.Convergence);
        Assert.Equal(Topology.Square, scenario.World.Generator!.Topology);
        Assert.Equal(7, scenario.Years);

        var unknown = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("default", ["parameters.economy.speed=1"])).Errors);
        Assert.Equal("--set parameters.economy.speed=1", unknown.Source);
        Assert.Contains("unknown field 'speed'", unknown.Message, StringComparison.Ordinal);

        var badValue = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("default", ["years=0"])).Errors);
        Assert.Equal("--set years=0", badValue.Source);
        Assert.Contains("out of range", badValue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_shares_must_sum_to_one()
    {
        var error = Assert.Single(Fails("name: x\ndoctrines:\n  balanced:\n    military: 0.9\n").Errors);
        Assert.Equal("doctrines.balanced", error.Path);
        Assert.Contains("sum to 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_doctrine_lists_the_known_ones()
    {
        var error = Assert.Single(Fails("name: x\ndoctrines:\n  default: pacifist\n").Errors);
        Assert.Contains("known: balanced", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_worlds_check_their_references()
    {
        var e = Fails("""
            name: x
            world:
              regions:
                - { name: A, owner: S, neighbours: [B, Z] }
                - { name: B, owner: T }
              states:
                - { name: S, capital: B }
            """);
        var messages = string.Join("\n", e.Errors);
        Assert.Contains("no state is named 'T'", messages, StringComparison.Ordinal);
        Assert.Contains("no region is named 'Z'", messages, StringComparison.Ordinal);
        Assert.Contains("is owned by 'T', not by 'S'", messages, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shown_scenario_loads_back_to_the_same_scenario()
    {
        foreach (var name in ScenarioCatalog.Names)
        {
            var scenario = ScenarioLoader.Load(name);
            var yaml = ScenarioWriter.ToYaml(scenario);
            Assert.Contains("# Rate of conditional convergence", yaml, StringComparison.Ordinal);
            var again = ScenarioLoader.LoadText(yaml, "shown.yaml");
            Assert.Equal(ScenarioWriter.Hash(scenario), ScenarioWriter.Hash(again));
        }
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        var error = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("no/such/file.yaml")).Errors);
        Assert.Equal("no/such/file.yaml", error.Source);
        Assert.Contains("no such scenario file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_without_a_world_reads_back_the_same_from_its_written_form()
    {
        // Resuming reads the run folder's scenario.yaml and checks its hash against the checkpoint's.
        var scenario = ScenarioLoader.LoadText("name: x\nyears: 2\n", "x.yaml");
        var again = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(scenario), "scenario.yaml");
        Assert.Equal(ScenarioWriter.Hash(scenario), ScenarioWriter.Hash(again));
    }
}
