using System.Text;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Scenarios;

/// <summary>
/// Scenario text is checked within limits before it is turned into a tree or a world: nesting, size, value length,
/// aliases, encoding and the memory a world needs. Every refusal names where the problem was written.
/// </summary>
public class ScenarioLimitsTests
{
    private static ScenarioError Refused(string yaml, IReadOnlyList<string>? overrides = null, ScenarioLimits? limits = null) =>
        Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(yaml, "test.yaml", overrides, limits)).Errors[0];

    public static TheoryData<string> DeepTexts => new()
    {
        "name: x\nworld: " + new string('[', 40_000),
        "name: x\nworld: " + string.Concat(Enumerable.Repeat("{a: ", 20_000)),
        "name: x\nworld: " + string.Concat(Enumerable.Repeat("[{a: ", 10_000)),
        "name: x\nworld:\n" + string.Concat(Enumerable.Range(1, 200).Select(i => new string(' ', i) + "- \n")),
        "name: x\nworld:\n" + string.Concat(Enumerable.Range(1, 200).Select(i => new string(' ', 2 * i) + "a:\n")),
    };

    [Theory]
    [MemberData(nameof(DeepTexts))]
    public void Nesting_deeper_than_the_limit_is_refused_at_its_line_without_exhausting_the_stack(string yaml)
    {
        var error = Refused(yaml);
        Assert.Contains("nest more than 64 deep", error.Message, StringComparison.Ordinal);
        Assert.Equal("test.yaml", error.Source);
        Assert.True(error.Line >= 2, error.ToString());
    }

    [Fact]
    public void Deep_nesting_in_a_set_value_is_refused_and_names_the_set()
    {
        var error = Refused("name: x\n", ["description=" + new string('[', 40_000)]);
        Assert.StartsWith("--set description=[[[", error.Source, StringComparison.Ordinal);
        Assert.True(error.Source.Length < 100, "the value is shortened in the message");
        Assert.Contains("nest more than 64 deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_at_the_limit_is_read()
    {
        // 63 levels of lists under the root mapping: within the limit, refused only for being the wrong type.
        var error = Refused("name: x\ndescription: " + new string('[', 63) + new string(']', 63) + "\n");
        Assert.Contains("description", error.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("nest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_bomb_is_refused_before_it_is_expanded()
    {
        var yaml = new StringBuilder("name: x\nbombs:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level <= 9; level++)
        {
            var refs = string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10)).Replace("*l0", "*a", StringComparison.Ordinal);
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"  l{level}: &l{level} [{refs}]\n");
        }

        var error = Refused(yaml.ToString());
        Assert.Contains("more than 2,000,000 values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_longer_than_the_limit_is_refused_at_its_line()
    {
        var error = Refused("name: x\ndescription: " + new string('a', 70_000) + "\n");
        Assert.Equal(2, error.Line);
        Assert.Contains("70,000 characters is longer than the 65,536 allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_longer_than_its_field_allows_is_refused()
    {
        var error = Refused("name: x\ndescription: " + new string('a', 10_001) + "\n");
        Assert.Equal(("description", 2), (error.Path, error.Line));
        Assert.Contains("at most 10,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_longer_than_a_folder_name_can_hold_are_refused()
    {
        var error = Refused("name: " + new string('n', 300) + "\n");
        Assert.Equal(("name", 1), (error.Path, error.Line));
        Assert.Contains("at most 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_without_reading_it_all()
    {
        var folder = TestWorlds.TempFolder();
        var path = Path.Combine(folder, "big.yaml");
        File.WriteAllText(path, "name: x\n# " + new string('x', 2_000_000) + "\n");
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path, limits: new ScenarioLimits { MaxFileBytes = 1 << 20 }));
        Assert.Contains("larger than 1 MiB", e.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(path, e.Errors[0].Source);
    }

    [Fact]
    public void An_endless_device_is_refused_at_the_size_limit()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile("/dev/zero", limits: new ScenarioLimits { MaxFileBytes = 1 << 20 }));
        Assert.Contains("larger than 1 MiB", e.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_refused_with_the_offset()
    {
        var folder = TestWorlds.TempFolder();
        var path = Path.Combine(folder, "binary.yaml");
        File.WriteAllBytes(path, [.. "name: x\n"u8, 0xFF, 0xFE, 0x00, 0x81]);
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path));
        Assert.Contains("is not UTF-8 text (at byte 8)", e.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_world_larger_than_the_memory_allowed_is_refused_with_the_figure_before_it_is_built()
    {
        var limits = new ScenarioLimits { MemoryBudgetBytes = 1L << 30 };
        var error = Refused("name: x\nyears: 10\nworld:\n  generator: { width: 1000, height: 1000, states: 50, mean_region_population: 10000 }\n", limits: limits);
        Assert.Equal(("world", 4), (error.Path, error.Line));
        Assert.Contains("needs about 2.5 GiB of memory (1,000,000 regions", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 1.0 GiB may be used here", error.Message, StringComparison.Ordinal);

        // The same world fits a larger budget, and a small one fits this budget.
        _ = ScenarioLoader.LoadText("name: x\nyears: 10\nworld:\n  generator: { width: 1000, height: 1000, states: 50, mean_region_population: 10000 }\n", "test.yaml", limits: new ScenarioLimits { MemoryBudgetBytes = 4L << 30 });
        _ = ScenarioLoader.LoadText("name: x\nyears: 10\nworld:\n  generator: { width: 100, height: 100, states: 50, mean_region_population: 10000 }\n", "test.yaml", limits: limits);
    }

    [Fact]
    public void The_memory_estimate_counts_state_slots_and_the_rows_of_long_runs()
    {
        string[] grid = ["world.generator.width=1000", "world.generator.height=1000", "world.generator.mean_region_population=10000"];
        var few = ScenarioLoader.Load("default", [.. grid, "years=10"]);
        var many = ScenarioLoader.Load("default", [.. grid, "years=10", "world.generator.states=100000"]);
        var longer = ScenarioLoader.Load("default", [.. grid, "years=1000"]);
        var monthly = ScenarioLoader.Load("default", [.. grid, "years=1000", "output.cadence=monthly"]);
        Assert.True(WorldFootprint.Estimate(many) > WorldFootprint.Estimate(few) + (100_000L * WorldFootprint.BytesPerStateSlot));
        Assert.True(WorldFootprint.Estimate(longer) > WorldFootprint.Estimate(few));
        Assert.True(WorldFootprint.Estimate(monthly) > 11 * (WorldFootprint.Estimate(longer) - WorldFootprint.Estimate(few)));

        // The observation window's flow sums are one set per thread at work, not one per 4,096-region chunk: a million
        // regions cost no more per state slot than ten thousand do.
        string[] small = ["world.generator.width=100", "world.generator.height=100", "world.generator.mean_region_population=10000", "years=10"];
        var smallFew = ScenarioLoader.Load("default", small);
        var smallMany = ScenarioLoader.Load("default", [.. small, "world.generator.states=5000"]);
        var largeMany = ScenarioLoader.Load("default", [.. grid, "years=10", "world.generator.states=5000"]);
        Assert.Equal(WorldFootprint.Estimate(smallMany) - WorldFootprint.Estimate(smallFew), WorldFootprint.Estimate(largeMany) - WorldFootprint.Estimate(few));
    }

    [Fact]
    public void A_grid_with_more_regions_than_the_model_allows_is_refused_and_the_set_that_made_it_is_named()
    {
        var error = Refused("name: x\n", ["world.generator.width=10000", "world.generator.height=10000", "world.generator.mean_region_population=100"]);
        Assert.Equal("world.generator", error.Path);
        Assert.Contains("100,000,000 regions; at most 16,777,216", error.Message, StringComparison.Ordinal);
        Assert.Contains("with --set world.generator.width=10000, --set world.generator.height=10000, --set world.generator.mean_region_population=100", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("start_year: -500", "start_year", "out of range; allowed: 1 to 9999")]
    [InlineData("start_year: 0", "start_year", "out of range; allowed: 1 to 9999")]
    [InlineData("start_year: 9999\nyears: 2", "years", "would end in 10000")]
    [InlineData("start_year: 9000\nyears: 1000", "years", "would end in 9999")]
    public void Runs_outside_the_years_that_ISO_dates_can_carry_are_refused(string fields, string path, string message)
    {
        if (path == "years" && message.EndsWith("9999", StringComparison.Ordinal))
        {
            // The last year that can be written is accepted.
            Assert.Equal(1000, ScenarioLoader.LoadText("name: x\n" + fields + "\n", "test.yaml").Years);
            return;
        }

        var error = Refused("name: x\n" + fields + "\n");
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void State_names_in_assignments_alliances_and_the_script_are_checked_where_they_are_written()
    {
        var yaml = """
            name: x
            years: 3
            world:
              generator: { width: 8, height: 6, states: 3 }
              alliances:
                - { name: a, members: [State 1, State 9] }
                - { name: b, members: [State 2, State 1] }
            script:
              - { year: 2001, civil_war: Atlantis }
            doctrines:
              assignments:
                Mordor: realist
                State 3: realist
            """;
        var errors = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(yaml, "test.yaml")).Errors;
        Assert.Collection(
            errors.OrderBy(e => e.Line),
            e => Assert.Equal(("world.alliances[0].members[1]", 6, "no state is named 'State 9'; this world's states are named 'State 1' to 'State 3'"), (e.Path, e.Line, e.Message)),
            e => Assert.Equal(("world.alliances[1].members[1]", 7, "'State 1' is already a member of alliance 0 ('a'); a state belongs to one alliance"), (e.Path, e.Line, e.Message)),
            e => Assert.Equal(("script[0].civil_war", 9), (e.Path, e.Line)),
            e => Assert.Equal(("doctrines.assignments.Mordor", 12), (e.Path, e.Line)));
    }

    [Fact]
    public void A_state_name_set_on_the_command_line_is_reported_with_its_set()
    {
        var error = Refused("name: x\nworld: { generator: { states: 3 } }\n", ["doctrines.assignments.Gondor=realist"]);
        Assert.Equal("--set doctrines.assignments.Gondor=realist", error.Source);
        Assert.Contains("no state is named 'Gondor'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_worlds_check_names_against_their_states_list()
    {
        var yaml = "name: x\nyears: 2\nworld:\n  regions:\n    - { name: A, owner: S }\n  states:\n    - { name: S, capital: A }\n  alliances:\n    - { name: a, members: [S, T] }\n";
        var error = Refused(yaml);
        Assert.Equal(("world.alliances[0].members[1]", 9), (error.Path, error.Line));
        Assert.Contains("no state is named 'T'; states are: S", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocs_and_named_alliances_together_are_refused()
    {
        var error = Refused("name: x\nworld:\n  generator: { states: 6, major_powers: 2, blocs: true }\n  alliances: [ { name: a, members: [State 1] } ]\n");
        Assert.Equal("world.alliances", error.Path);
    }

    [Fact]
    public void Thousands_of_mistakes_report_the_first_hundred_and_count_the_rest()
    {
        var yaml = "name: x\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => $"field{i}: 1\n"));
        var errors = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(yaml, "test.yaml")).Errors;
        Assert.Equal(ScenarioBinder.MaxErrors + 1, errors.Count);
        Assert.Equal("and 4,900 more problems", errors[^1].Message);
    }

    [Fact]
    public void The_generated_state_names_round_trip()
    {
        Assert.Equal("State 12", GridWorldGenerator.StateName(11));
        Assert.Equal(11, GridWorldGenerator.StateIndex("State 12", 40));
        Assert.Equal(-1, GridWorldGenerator.StateIndex("State 41", 40));
        Assert.Equal(-1, GridWorldGenerator.StateIndex("State 012", 40));
        Assert.Equal(-1, GridWorldGenerator.StateIndex("State 0", 40));
        Assert.Equal(-1, GridWorldGenerator.StateIndex("state 1", 40));
    }
}
