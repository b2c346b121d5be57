using Westphalia.Laboratory;
using Westphalia.Observers;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Laboratory;

public class ComparisonTests
{
    private static readonly string[] Short = ["years=3"];

    [Fact]
    public void Every_arm_runs_on_the_same_seeds_with_its_doctrine_for_every_state()
    {
        var arms = new[] { Arm.Paradigm("realist"), Arm.Paradigm("human-security") };
        // The common changes assign a doctrine to one state; an arm puts every state under its own.
        string[] common = ["years=3", "doctrines.assignments.State 1=collective-security"];
        Assert.NotEmpty(ScenarioLoader.Load("cold-war", common).Doctrines.Assignments);
        var scenarios = Comparison.Scenarios("cold-war", arms, [1, 2, 3], common);
        Assert.Equal(6, scenarios.Count);
        Assert.Equal([1UL, 2UL, 3UL, 1UL, 2UL, 3UL], scenarios.Select(s => s.Seed));
        Assert.All(scenarios.Take(3), s => Assert.Equal(("realist", 0), (s.Doctrines.Default, s.Doctrines.Assignments.Count)));
        Assert.All(scenarios.Skip(3), s => Assert.Equal("human-security", s.Doctrines.Default));
        var sim = new Simulation(scenarios[4]);
        Assert.All(Enumerable.Range(0, sim.World.States.Count).Where(s => sim.World.States.Alive[s]), s => Assert.Equal("human-security", sim.Governments[s].Name));
    }

    [Fact]
    public void A_runs_outcomes_are_those_of_the_same_run_alone_whatever_the_number_of_runs_at_a_time()
    {
        var arms = new[] { Arm.Paradigm("realist"), Arm.Paradigm("human-development") };
        var one = Comparison.Run("default", arms, [1, 2], Short, threads: 1);
        var two = Comparison.Run("default", arms, [1, 2], Short, threads: 2);
        Assert.Equal(one.Runs.Select(r => (r.Arm, r.Seed)), two.Runs.Select(r => (r.Arm, r.Seed)));
        Assert.Equal(one.Runs.SelectMany(r => r.Values), two.Runs.SelectMany(r => r.Values));

        var alone = new Simulation(ScenarioLoader.Load("default", ["years=3", .. arms[1].Overrides, "seed=2"]));
        alone.Run();
        Assert.Equal(Outcomes.All.Select(o => o.Measure(alone)), one.Runs[3].Values);
    }

    [Fact]
    public void The_outcomes_read_what_the_run_wrote()
    {
        var sim = new Simulation(ScenarioLoader.Load("default", ["years=5", "seed=4"]));
        sim.Run();
        var world = sim.Observer<WorldObserver>().Table;
        double Value(string name) => Outcomes.Named(name).Measure(sim);
        Assert.Equal(world["hsi"].Doubles[^1], Value("hsi"));
        Assert.Equal(world["life_expectancy"].Doubles[^1], Value("life_expectancy"));
        var events = sim.Observer<EventLogObserver>().Events;
        Assert.Equal(events.Count(e => e.Type == "civil_war_started"), Value("civil_wars"));
        Assert.Equal(sim.CivilWar.Conflicts.Sum(c => (double)c.BattleDeaths) + sim.War.Wars.Wars.Where(w => w.MergedInto < 0).Sum(w => (double)w.BattleDeaths), Value("battle_deaths"));
        var burdens = Enumerable.Range(0, world.RowCount).Select(i => world["military_spending"].Longs[i] / world["output"].Doubles[i]);
        Assert.Equal(burdens.Average(), Value("military_burden"), 12);
        Assert.InRange(Value("survival"), 0, 1);
    }

    [Fact]
    public void A_state_that_loses_its_capital_no_longer_survives_nor_keeps_territory()
    {
        // In cusack-stoll, realist states conquer each other over a century.
        var sim = new Simulation(ScenarioLoader.Load("cusack-stoll", ["seed=3"]));
        var founded = sim.World.States.FoundedTick.Count(t => t == 0);
        sim.Run();
        var states = sim.World.States;
        var survivors = Enumerable.Range(0, founded).Count(s => states.Alive[s] && states.Identity[s] == s);
        Assert.True(survivors < founded, "no state of the initial map died: the test needs a world where one does");
        Assert.Equal((double)survivors / founded, Outcomes.Named("survival").Measure(sim), 12);
        Assert.True(Outcomes.Named("territory_kept").Measure(sim) < 1);
    }

    [Fact]
    public void An_outcome_of_a_subset_of_states_is_the_outcome_of_those_states()
    {
        var sim = new Simulation(ScenarioLoader.Load("cusack-stoll", ["seed=3"]));
        var names = Enumerable.Range(0, sim.World.States.Count).Where(s => sim.World.States.FoundedTick[s] == 0).Select(s => sim.World.States.Name[s]).ToArray();
        sim.Run();
        var all = new SortedSet<string>(names, StringComparer.Ordinal);
        Assert.Equal(Outcomes.Named("survival").Measure(sim), Outcomes.SurvivalOf("all", all).Measure(sim));
        Assert.Equal(Outcomes.Named("territory_kept").Measure(sim), Outcomes.TerritoryKeptOf("all", all).Measure(sim));

        // Half the states: the survivors among them, counted by hand.
        var half = new SortedSet<string>(names.Where((_, i) => i % 2 == 0), StringComparer.Ordinal);
        var states = sim.World.States;
        var alive = Enumerable.Range(0, names.Length).Where(i => i % 2 == 0).Count(i => states.Alive[i] && states.Identity[i] == i);
        Assert.Equal((double)alive / half.Count, Outcomes.SurvivalOf("half", half).Measure(sim), 12);
    }
}
