using Westphalia.Observers;
using Westphalia.Scenarios;
using Westphalia.Tests.Cli;

namespace Westphalia.Tests.Governments;

/// <summary>A human team's orders govern a state of the default scenario; what the orders leave out, the fallback doctrine decides.</summary>
public class ScriptedGovernmentTests
{
    /// <summary>State 11 sits on the Council from its first session in the default scenario (a permanent member).</summary>
    private const string TeamRed = """
        state: State 11
        name: Team Red
        orders:
          - year: 2002
            month: 1
            budget: { tax_rate: 0.25, military: 0.3, welfare: 0.5, police: 0.1, aid: 0.1 }
            council: { default: no }
            war: { attack: false }
          - year: 2005
            month: 1
            budget: { military: 0.05 }
        """;

    private static Scenario Default(int years = 8) =>
        ScenarioLoader.Load("default", [ScenarioOverride.Set($"years={years}")], [new ScenarioAddition("governments", TeamRed, "red.yaml")]);

    [Fact]
    public void A_teams_orders_govern_its_state_from_their_month_and_the_doctrine_decides_the_rest()
    {
        var sim = new Simulation(Default());
        var states = sim.World.States;
        var balanced = sim.Scenario.Doctrines.Balanced;
        const int red = 10;
        Assert.Equal("Team Red", states.Doctrine[red]);
        sim.Run(afterTick: s =>
        {
            var tick = s.Tick - 1;
            if (tick < 24)
            {
                // Before the first orders, the balanced doctrine decides.
                Assert.Equal(balanced.TaxRate, states.TaxRate[red], 12);
                Assert.Equal(balanced.Military, states.MilitaryBudgetShare[red], 12);
            }
            else if (tick < 60)
            {
                Assert.Equal(0.25, states.TaxRate[red], 12);
                Assert.Equal(0.3, states.MilitaryBudgetShare[red], 12);
                Assert.Equal(0.1, states.AidBudgetShare[red], 12);
            }
            else
            {
                // The later orders set the military share alone: the other shares are the doctrine's, and all are scaled to sum to 1.
                Assert.Equal(balanced.TaxRate, states.TaxRate[red], 12);
                Assert.Equal(0.05 / (0.05 + balanced.Welfare + balanced.Police + balanced.Aid), states.MilitaryBudgetShare[red], 12);
            }
        });

        var votes = sim.Observer<EventLogObserver>().Events.Where(e => e.Type == "un_vote" && e.State == red).ToList();
        Assert.Contains(votes, v => v.Tick < 24 && v.Value == 1);
        var ordered = votes.Where(v => v.Tick is >= 24 and < 60).ToList();
        Assert.NotEmpty(ordered);
        Assert.All(ordered, v => Assert.Equal(-1, v.Value));

        // The later orders say nothing of the Council: the doctrine votes again.
        Assert.Contains(votes, v => v.Tick >= 60 && v.Value == 1);
        Assert.DoesNotContain(sim.Observer<EventLogObserver>().Events, e => e.Type is "war_started" or "crisis" && e.State == red && e.Tick is >= 24 and < 60);
        var rows = sim.Observer<StatesObserver>().Table;
        Assert.All(Enumerable.Range(0, rows.RowCount).Where(r => rows["state_id"].Ints[r] == red), r => Assert.Equal("Team Red", rows["doctrine"].Texts[r]));
    }

    [Fact]
    public void A_file_of_orders_is_given_on_the_command_line_and_kept_in_the_run_folder()
    {
        var folder = TestWorlds.TempFolder();
        var file = Path.Combine(folder, "red.yaml");
        File.WriteAllText(file, TeamRed);
        var output = Path.Combine(folder, "run");
        var result = CliHarness.Run("run", "default", "--years", "6", "--orders", file, "--out", output, "--quiet");
        Assert.True(result.Code == 0, result.Err);
        var resolved = ScenarioLoader.LoadFile(Path.Combine(output, "scenario.yaml"));
        Assert.Equal("Team Red", Assert.Single(resolved.Governments).Name);
        Assert.Contains(",State 11,Team Red,", File.ReadAllText(Path.Combine(output, "states.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Mistakes_in_a_file_of_orders_are_reported_against_that_file_and_its_lines()
    {
        var folder = TestWorlds.TempFolder();
        var file = Path.Combine(folder, "blue.yaml");
        File.WriteAllText(file, "state: State 99\nname: Team Blue\norders:\n  - { year: 2003, council: { default: maybe } }\n  - { year: 2001, war: { targets: [Atlantis] } }\n");
        var errors = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("default", [], [ScenarioAddition.Orders(file)])).Errors;
        Assert.Contains(errors, e => e.Source == file && e.Line == 4 && e.Path == "governments[0].orders[0].council.default");

        File.WriteAllText(file, "state: State 99\nname: Team Blue\norders:\n  - { year: 2003 }\n  - { year: 2001, war: { targets: [Atlantis] } }\n");
        errors = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("default", [], [ScenarioAddition.Orders(file)])).Errors;
        Assert.Contains(errors, e => e.Source == file && e.Line == 1 && e.Message.Contains("no state is named 'State 99'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Source == file && e.Line == 5 && e.Path == "governments[0].orders[1].month");
        Assert.Contains(errors, e => e.Source == file && e.Line == 5 && e.Path == "governments[0].orders[1].war.targets[0]");
    }
}
