using Westphalia.Observers;
using Westphalia.Metrics;

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
    public void The_mechanisms_run_in_the_documented_order()
    {
        // The schedule of docs/ODD.md §3.1, read from the document: phase and group of every row but Observation, which
        // is the Recorder's and no mechanism. Without the domestic mechanisms, the phases of the domestic group are left out.
        var phases = OddDocument.Table("3.1 Order of the phases in a tick").Select(row => (Name: row[1], Group: row[2])).Where(p => p.Name != "Observation").ToList();
        Assert.True(phases.Count >= 16, $"{phases.Count} phases read from docs/ODD.md");
        Assert.Equal(phases.Select(p => p.Name), new Simulation(TestWorlds.Grid()).Mechanisms.Select(m => m.Name));
        Assert.Equal(
            phases.Where(p => p.Group != "domestic").Select(p => p.Name),
            new Simulation(TestWorlds.Grid(extra: "mechanisms.domestic=false")).Mechanisms.Select(m => m.Name));
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
