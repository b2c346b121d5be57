using System.ComponentModel.DataAnnotations;
using System.Reflection;
using CsCheck;
using Westphalia.Parameters;
using Westphalia.Scenarios;
using Westphalia.Tests.Cli;

namespace Westphalia.Tests.Scenarios;

/// <summary>
/// Every scenario that validates runs to completion, without overflow: scenarios are drawn over the whole declared range
/// of every parameter (<see cref="RangeScenarios"/>) and run with <see cref="RunInvariants"/> checking every tick.
/// Time: the iteration counts (300 short runs on grids of up to 12×12, 12 runs of 300 years on a tiny world, 5 runs
/// through the command) keep the class at 10 to 20 seconds on two cores shared with other work (Debug build), well
/// under a minute; raise them locally to search harder.
/// A failing case writes its scenario to a file named in the message, to be run again with <c>westphalia run</c>.
/// </summary>
public class ScenarioRangeProperties
{
    /// <summary>Numeric fields documented as taking any number (the draws cover them from −10^308 to 10^308).</summary>
    private static readonly string[] Unbounded = ["HealthAndFoodParameters.PrestonIntercept"];

    [Fact]
    public void Every_numeric_parameter_declares_its_range_or_is_documented_as_any_number()
    {
        Type[] types =
        [
            .. ScenarioBinder.Fields(typeof(ModelParameters)).Select(p => p.PropertyType),
            .. ScenarioBinder.Fields(typeof(DoctrineSettings)).Select(p => p.PropertyType).Where(t => t.IsClass && t != typeof(string) && !t.IsGenericType),
            typeof(GridGeneratorSpec),
        ];
        var missing = types
            .SelectMany(t => ScenarioBinder.Fields(t).Select(p => (Type: t, Property: p)))
            .Where(f => f.Property.PropertyType.IsPrimitive && f.Property.PropertyType != typeof(bool)
                && f.Property.GetCustomAttribute<RangeAttribute>() is null && !Unbounded.Contains($"{f.Type.Name}.{f.Property.Name}"))
            .Select(f => $"{f.Type.Name}.{f.Property.Name}");
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_accepted_scenario_over_the_parameter_ranges_runs_a_few_years_with_its_invariants_intact()
    {
        const int iterations = 300;
        var accepted = 0;
        RangeScenarios.Yaml(1, 5).Sample(yaml =>
        {
            if (RunIfAccepted(yaml))
            {
                Interlocked.Increment(ref accepted);
            }
        }, iter: iterations);

        // The draws keep the documented cross-field rules, so nearly all are accepted; if not, a new rule needs a line
        // in RangeScenarios.KeepCrossFieldRules, or the ranges and the rules disagree.
        Assert.True(accepted >= iterations * 0.95, $"only {accepted} of {iterations} drawn scenarios were accepted");
    }

    [Fact]
    public void Every_accepted_scenario_runs_three_hundred_years_on_a_tiny_world_at_extreme_growth()
    {
        RangeScenarios.LongTinyYaml(300).Sample(yaml => Assert.True(RunIfAccepted(yaml), "refused"), iter: 12);
    }

    [Fact]
    public void Accepted_scenarios_over_the_parameter_ranges_run_through_the_command_and_write_every_file()
    {
        RangeScenarios.Yaml(1, 3, explicitShare: 0.5).Sample(yaml =>
        {
            var folder = TestWorlds.TempFolder();
            var file = Path.Combine(folder, "drawn.yaml");
            File.WriteAllText(file, yaml);
            var output = Path.Combine(folder, "run");
            var (code, _, error) = CliHarness.Run("run", file, "--out", output, "--quiet");
            Assert.True(code is 0 or 2, $"exit {code} for {file}: {error}");
            if (code == 2)
            {
                // Refused: the scenario does not validate (and says why).
                Assert.Contains("drawn.yaml", error, StringComparison.Ordinal);
                return;
            }

            Assert.True(File.Exists(Path.Combine(output, "manifest.json")), $"no manifest for {file}");
            // Every text file (tables, event log, map, manifest, the report's text without its embedded images) holds
            // finite numbers only.
            foreach (var path in Directory.GetFiles(output).Where(f => !f.EndsWith(".parquet", StringComparison.Ordinal)))
            {
                var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(path), "data:image/png;base64,[A-Za-z0-9+/=]*", "");
                Assert.False(text.Contains("NaN", StringComparison.Ordinal) || text.Contains("Infinity", StringComparison.Ordinal)
                    || text.Contains('∞', StringComparison.Ordinal), $"{path} holds a number that is not finite ({file})");
            }
        }, iter: 5, threads: 1);
    }

    /// <summary>Runs the scenario if it validates; returns whether it did. A failure names a file holding the scenario.</summary>
    private static bool RunIfAccepted(string yaml)
    {
        Scenario scenario;
        try
        {
            scenario = ScenarioLoader.LoadText(yaml, "drawn");
        }
        catch (ScenarioException)
        {
            return false;
        }

        try
        {
            RunInvariants.Run(scenario);
            return true;
        }
        catch (Exception e)
        {
            var file = Path.Combine(TestWorlds.TempFolder(), "failing.yaml");
            File.WriteAllText(file, yaml);
            throw new InvalidOperationException($"{e.Message} (scenario written to {file})", e);
        }
    }
}
