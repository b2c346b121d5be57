using Westphalia.Observers;
using Westphalia.Mechanisms;
using Westphalia.Metrics;
using Westphalia.Randomness;

namespace Westphalia.Tests;

public class SimulationTests
{
    [Fact]
    public void Results_do_not_depend_on_the_number_of_threads()
    {
        // 80 x 70 = 5,600 regions: more than one parallel chunk, so threads really split the work.
        var one = new Simulation(TestWorlds.Grid(80, 70, 30, seed: 5, years: 2), threads: 1);
        var four = new Simulation(TestWorlds.Grid(80, 70, 30, seed: 5, years: 2), threads: 4);
        one.Run();
        four.Run();
        Assert.Equal(TestWorlds.Csv(one.Observer<StatesObserver>().Table), TestWorlds.Csv(four.Observer<StatesObserver>().Table));
        Assert.Equal(one.World.Regions.IncomePerCapita, four.World.Regions.IncomePerCapita);
        Assert.Equal(one.World.Regions.Population, four.World.Regions.Population);
    }

    [Fact]
    public void A_different_seed_gives_a_different_world()
    {
        var a = new Simulation(TestWorlds.Grid(seed: 1));
        var b = new Simulation(TestWorlds.Grid(seed: 2));
        Assert.NotEqual(a.World.Regions.Owner, b.World.Regions.Owner);
    }

    [Fact]
    public void A_restored_checkpoint_continues_exactly_as_an_uninterrupted_run()
    {
        var scenario = TestWorlds.Grid(seed: 9, years: 4);
        var whole = new Simulation(scenario);
        whole.Run();

        var second = TestWorlds.RestoredAfter(scenario, 29);
        Assert.Equal(29, second.Tick);
        second.Run();
        Assert.Equal(TestWorlds.Csv(whole.Observer<StatesObserver>().Table), TestWorlds.Csv(second.Observer<StatesObserver>().Table));
        Assert.Equal(TestWorlds.Csv(whole.Observer<WorldObserver>().Table), TestWorlds.Csv(second.Observer<WorldObserver>().Table));
        Assert.Equal(whole.Observer<EventLogObserver>().Events, second.Observer<EventLogObserver>().Events);
    }

    /// <summary>
    /// A checkpoint restored into the simulation that made it, after that simulation ran on (as an analyst stepping
    /// back, or a benchmark repeating a year, does), continues as the first time: nothing kept beside the checkpointed
    /// state (border lists, fronts, caches of governments or observers) may outlive the restore.
    /// </summary>
    [Theory]
    [InlineData("geosim-2003", 1)]
    [InlineData("geosim-2003", 2)]
    [InlineData("default", 3)]
    public void A_checkpoint_restored_into_a_simulation_that_ran_on_continues_as_the_first_time(string name, int seed)
    {
        var scenario = global::Westphalia.Scenarios.ScenarioLoader.Load(name,
            ["world.generator.width=100", "world.generator.height=100", "world.generator.states=50", $"seed={seed}", "years=8"]);
        var simulation = new Simulation(scenario);
        for (var t = 0; t < 24; t++)
        {
            simulation.Step();
        }

        using var checkpoint = new MemoryStream();
        simulation.Save(checkpoint);
        var first = Continue(simulation, 48);
        checkpoint.Position = 0;
        simulation.Restore(checkpoint);
        var again = Continue(simulation, 48);
        Assert.Equal(first, again);

        static byte[] Continue(Simulation simulation, int ticks)
        {
            for (var t = 0; t < ticks; t++)
            {
                simulation.Step();
            }

            using var after = new MemoryStream();
            simulation.Save(after);
            return after.ToArray();
        }
    }

    [Fact]
    public void A_checkpoint_from_another_scenario_is_refused()
    {
        var sim = new Simulation(TestWorlds.Grid(seed: 1));
        sim.Step();
        using var checkpoint = new MemoryStream();
        sim.Save(checkpoint);
        checkpoint.Position = 0;
        var other = new Simulation(TestWorlds.Grid(seed: 2));
        var e = Assert.Throws<InvalidDataException>(() => other.Restore(checkpoint));
        Assert.Contains("different scenario", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schedule_is_the_one_docs_ODD_md_documents()
    {
        // docs/ODD.md §3.1, read from the document: every phase of a tick with its group, switches and steps, in order
        // (Observation is the observers' and no mechanism); §5.4: the order of initialisation.
        var rows = OddDocument.Table("3.1 Order of the phases in a tick").Where(row => row[1] != "Observation").ToList();
        Assert.True(rows.Count >= 17, $"{rows.Count} phases read from docs/ODD.md");
        var schedule = new Simulation(TestWorlds.Grid()).Schedule;
        static string Switches(Phase p) => p.Switches.Count == 0 ? "–" : string.Join(", ", p.Switches.Select(s => $"`{s}`"));
        Assert.Equal(
            rows.Select(row => (row[1], row[2], row[3], row[4])),
            schedule.Phases.Select(p => (p.Name, p.Group, Switches(p), string.Join(", ", p.Steps))));
        var initialisation = OddDocument.Table("5.4 Balancing before the first tick").Select(row => row[1]);
        Assert.Equal(initialisation, schedule.Initialisation.Select(m => m.Name));
        Assert.All(schedule.Initialisation, m => Assert.True(Phase.Implements(m, nameof(IMechanism.Initialise)), $"{m.Name} has no initialisation step"));
    }

    [Fact]
    public void Each_switch_turns_off_the_phases_that_name_it_and_no_other()
    {
        var all = new Simulation(TestWorlds.Grid()).Schedule;
        Assert.All(all.Phases, p => Assert.True(p.On, $"{p.Name} is off in the test world"));
        foreach (var path in all.Phases.SelectMany(p => p.Switches).Distinct())
        {
            var schedule = new Simulation(TestWorlds.Grid(extra: $"{path}=false")).Schedule;
            Assert.Equal(
                all.Phases.Where(p => !p.Switches.Contains(path)).Select(p => p.Name),
                schedule.Active.Select(m => m.Name));
        }
    }

    [Fact]
    public void A_phase_runs_its_January_and_December_steps_only_in_those_months()
    {
        var log = new List<string>();
        var probe = new Probe(log);
        foreach (var month in new[] { 1, 6, 12 })
        {
            Schedule.Run(probe, new TickContext(month - 1, 2000, month, new CounterRng(1), 1));
        }

        Assert.Equal(["begin 1", "January 1", "monthly 1", "begin 6", "monthly 6", "begin 12", "monthly 12", "December 12"], log);
    }

    /// <summary>A mechanism that logs the steps it is given.</summary>
    private sealed class Probe(List<string> log) : IMechanism
    {
        public string Name => "Probe";

        public void Begin(in TickContext context) => log.Add($"begin {context.Month}");

        public void January(in TickContext context) => log.Add($"January {context.Month}");

        public void Step(in TickContext context) => log.Add($"monthly {context.Month}");

        public void December(in TickContext context) => log.Add($"December {context.Month}");
    }

    [Fact]
    public void Yearly_output_has_one_row_per_state_per_year()
    {
        var sim = new Simulation(TestWorlds.Grid(states: 6, years: 3));
        sim.Run();
        Assert.Equal(18, sim.Observer<StatesObserver>().Table.RowCount);
        Assert.Equal(3, sim.Observer<WorldObserver>().Table.RowCount);
        Assert.Equal([2000, 2001, 2002], sim.Observer<WorldObserver>().Table["year"].Ints);
    }
}
