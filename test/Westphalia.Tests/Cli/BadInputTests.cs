namespace Westphalia.Tests.Cli;

/// <summary>Bad input gets one clear message, exit code 2, no stack trace and no run folder that looks complete.</summary>
public class BadInputTests
{
    private static void AssertRefused((int Code, string Out, string Err) result, string expected, string outFolder)
    {
        Assert.Equal(2, result.Code);
        Assert.Contains(expected, result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outFolder, "manifest.json")));
        Assert.False(File.Exists(Path.Combine(outFolder, "states.csv")));
    }

    private static (string Scenario, string Out) Case(string yaml)
    {
        var folder = TestWorlds.TempFolder();
        var scenario = Path.Combine(folder, "scenario.yaml");
        File.WriteAllText(scenario, yaml);
        return (scenario, Path.Combine(folder, "run"));
    }

    [Fact]
    public void A_wrong_type_is_refused()
    {
        var (scenario, output) = Case("name: bad\nyears: ten\n");
        AssertRefused(CliHarness.Run("run", scenario, "--out", output, "--quiet"), "scenario.yaml:2:8: years: 'ten' is not a whole number", output);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_script_naming_an_unknown_state_is_refused_and_leaves_no_folder()
    {
        var (scenario, output) = Case("name: bad\nyears: 3\nworld: { generator: { width: 8, height: 6, states: 3 } }\nscript:\n  - { year: 2001, civil_war: Atlantis }\n");
        AssertRefused(CliHarness.Run("run", scenario, "--out", output, "--quiet"), "script[0].civil_war: no state is named 'Atlantis'", output);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void An_unknown_field_is_refused()
    {
        var (scenario, output) = Case("name: bad\nyeers: 10\n");
        AssertRefused(CliHarness.Run("run", scenario, "--out", output), "scenario.yaml:2:1: yeers: unknown field 'yeers'; did you mean 'years'?", output);
    }

    [Fact]
    public void A_negative_population_is_refused()
    {
        var (scenario, output) = Case("name: bad\nworld:\n  regions:\n    - { name: A, owner: S, population: -100 }\n  states:\n    - { name: S, capital: A }\n");
        AssertRefused(CliHarness.Run("run", scenario, "--out", output), "world.regions[0].population: -100 is out of range", output);
    }

    [Fact]
    public void Malformed_yaml_is_refused()
    {
        var (scenario, output) = Case("name: bad\nworld: {generator: [\n");
        AssertRefused(CliHarness.Run("run", scenario, "--out", output), "malformed YAML", output);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var (scenario, output) = Case("");
        AssertRefused(CliHarness.Run("run", scenario, "--out", output), "the file is empty", output);
    }

    [Fact]
    public void A_missing_file_is_refused()
    {
        var folder = TestWorlds.TempFolder();
        var output = Path.Combine(folder, "run");
        AssertRefused(CliHarness.Run("run", Path.Combine(folder, "nope.yaml"), "--out", output), "no such scenario file", output);
    }

    [Fact]
    public void An_unwritable_output_folder_is_refused()
    {
        // A folder inside a regular file cannot be created, whatever the user's rights (CI runs as root).
        var folder = TestWorlds.TempFolder();
        var file = Path.Combine(folder, "a-file");
        File.WriteAllText(file, "");
        var output = Path.Combine(file, "run");
        AssertRefused(CliHarness.Run("run", "default", "--years", "1", "--out", output), "cannot write there", output);
    }

    [Fact]
    public void An_unknown_set_path_is_refused()
    {
        var output = Path.Combine(TestWorlds.TempFolder(), "run");
        AssertRefused(CliHarness.Run("run", "default", "--set", "parameters.economy.sped=1", "--out", output), "--set parameters.economy.sped=1: parameters.economy.sped: unknown field 'sped'", output);
    }

    [Fact]
    public void A_bad_command_line_is_refused()
    {
        var output = Path.Combine(TestWorlds.TempFolder(), "run");
        AssertRefused(CliHarness.Run("run", "default", "--threads", "zero", "--out", output), "zero", output);
        AssertRefused(CliHarness.Run("run", "default", "--threads", "0", "--out", output), "--threads 0: give a whole number from 1 to 1024", output);
        AssertRefused(CliHarness.Run("frobnicate"), "frobnicate", output);
    }

    [Fact]
    public void An_output_folder_holding_a_run_is_not_overwritten()
    {
        var output = Path.Combine(TestWorlds.TempFolder(), "run");
        Assert.Equal(0, CliHarness.Run("run", "default", "--years", "1", "--set", "world.generator.width=8", "--set", "world.generator.height=8", "--set", "world.generator.states=3", "--out", output, "--quiet").Code);
        var manifest = File.ReadAllBytes(Path.Combine(output, "manifest.json"));
        var again = CliHarness.Run("run", "default", "--years", "2", "--out", output, "--quiet");
        Assert.Equal(2, again.Code);
        Assert.Contains("already holds a complete run", again.Err, StringComparison.Ordinal);
        Assert.Equal(manifest, File.ReadAllBytes(Path.Combine(output, "manifest.json")));
    }

    public static TheoryData<string, string> RefusedByBoth => new()
    {
        { "name: bad\nyears: 3\nworld: { generator: { width: 8, height: 6, states: 3 } }\nscript:\n  - { year: 2001, civil_war: Atlantis }\n", "scenario.yaml:5:30: script[0].civil_war: no state is named 'Atlantis'" },
        { "name: bad\nworld: { generator: { width: 8, height: 6, states: 3 } }\ndoctrines: { assignments: { Mordor: realist } }\n", "scenario.yaml:3:37: doctrines.assignments.Mordor: no state is named 'Mordor'" },
        { "name: bad\nworld:\n  generator: { width: 8, height: 6, states: 3 }\n  alliances: [ { name: a, members: [State 1, State 7] } ]\n", "scenario.yaml:4:46: world.alliances[0].members[1]: no state is named 'State 7'" },
        { "name: bad\nstart_year: 9990\nyears: 20\n", "scenario.yaml:3:8: years: a run of 20 years from start_year 9990 would end in 10009" },
    };

    [Theory]
    [MemberData(nameof(RefusedByBoth))]
    public void Scenario_validate_refuses_what_run_refuses_with_the_same_message(string yaml, string message)
    {
        var (scenario, output) = Case(yaml);
        var validate = CliHarness.Run("scenario", "validate", scenario);
        var run = CliHarness.Run("run", scenario, "--out", output, "--quiet");
        AssertRefused(validate, message, output);
        AssertRefused(run, message, output);
        Assert.Equal(validate.Err, run.Err);
        Assert.False(Directory.Exists(output));
    }
}
