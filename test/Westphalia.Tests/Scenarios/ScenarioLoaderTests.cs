using Westphalia.Scenarios;
using YamlDotNet.RepresentationModel;

namespace Westphalia.Tests.Scenarios;

public class ScenarioLoaderTests
{
    private static ScenarioException Fails(string yaml, params string[] overrides) =>
        Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(yaml, "test.yaml", overrides));

    /// <summary>The scalar values a scenario file sets, by their dotted YAML paths (lists are not listed).</summary>
    private static Dictionary<string, string> SetInFile(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var set = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(stream.Documents[0].RootNode, "");
        return set;

        void Walk(YamlNode node, string path)
        {
            if (node is YamlMappingNode mapping)
            {
                foreach (var (key, value) in mapping.Children)
                {
                    Walk(value, path.Length == 0 ? ((YamlScalarNode)key).Value! : $"{path}.{((YamlScalarNode)key).Value}");
                }
            }
            else if (node is YamlScalarNode scalar)
            {
                set[path] = scalar.Value!;
            }
        }
    }

    [Fact]
    public void The_default_scenario_loads_with_documented_defaults()
    {
        // Setting a field to the value it already has leaves the scenario's hash unchanged. So every field the default
        // scenario's file sets holds the file's value, and every parameter docs/ODD.md documents with a default that the
        // file leaves out holds the documented default (the code's defaults are checked against the document itself).
        var scenario = ScenarioLoader.Load("default");
        var hash = ScenarioWriter.Hash(scenario);
        bool Hold(IEnumerable<(string Path, string Value)> fields) =>
            ScenarioWriter.Hash(ScenarioLoader.Load("default", [.. fields.Select(f => $"{f.Path}={f.Value}")])) == hash;
        Assert.False(Hold([("parameters.economy.convergence", "0.03")]), "a different value changes the scenario");

        var file = SetInFile(ScenarioCatalog.GetText("default"));
        Assert.Equal(file["name"], scenario.Name);
        Assert.Equal(int.Parse(file["years"], System.Globalization.CultureInfo.InvariantCulture), scenario.Years);
        Assert.Equal(int.Parse(file["world.generator.width"], System.Globalization.CultureInfo.InvariantCulture), scenario.World.Generator!.Width);
        Assert.True(Hold(file.Where(f => f.Key != "description").Select(f => (f.Key, f.Value))), "the scenario holds what its file sets");

        var documented = OddDocument.ParameterDefaults().Where(d => !file.ContainsKey(d.Path)).ToList();
        Assert.True(documented.Count >= 180, $"only {documented.Count} documented defaults were read from docs/ODD.md");
        Assert.Contains(documented, d => d.Path == "parameters.economy.convergence" && d.Default == "0.02");
        if (!Hold(documented.Select(d => (d.Path, d.Default))))
        {
            // Name the parameters whose code default is not the documented one.
            var differing = documented.Where(d => !Hold([(d.Path, d.Default)])).Select(d => $"{d.Path} = {d.Default} (docs/ODD.md line {d.Line})");
            Assert.Fail($"defaults differ from docs/ODD.md: {string.Join("; ", differing)}");
        }
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
