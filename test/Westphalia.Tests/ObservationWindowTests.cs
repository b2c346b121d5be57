using Westphalia.Observers;
using Westphalia.Scenarios;

namespace Westphalia.Tests;

public class ObservationWindowTests
{
    [Fact]
    public void Each_states_scores_are_its_regions_scores_added_in_ascending_order_on_any_number_of_threads()
    {
        // 80 x 70 = 5,600 regions in 30 states, with war on: more than one parallel chunk, and territory changes hands.
        var scenario = TestWorlds.Grid(80, 70, 30, seed: 5, years: 3);
        var one = new Simulation(scenario, threads: 1);
        var two = new Simulation(scenario, threads: 2);
        var windows = 0;
        while (!one.IsFinished)
        {
            one.Step();
            two.Step();
            if (!one.Window.Closes)
            {
                continue;
            }

            windows++;
            var states = one.World.States;
            var population = one.World.Regions.Population;
            for (var s = 0; s < states.Count; s++)
            {
                var expected = new ScoreSum();
                var previous = -1;
                foreach (var r in states.RegionsOf(s))
                {
                    Assert.True(r > previous);
                    Assert.Equal(s, one.World.Regions.Owner[r]);
                    expected.Add(one.Window.RegionScores(r), population[r]);
                    previous = r;
                }

                Assert.Equal(expected, one.Window.StateScores(s));
                Assert.Equal(expected, two.Window.StateScores(s));
            }
        }

        Assert.Equal(3, windows);
    }

    [Fact]
    public void Regions_scored_in_blocks_have_the_bits_of_regions_scored_one_at_a_time()
    {
        // 1,003 regions: blocks of 256 and a ragged end, in any order; violence and displacement from a year of war.
        var simulation = new Simulation(TestWorlds.Grid(59, 17, 12, seed: 7, years: 2), threads: 1);
        while (!simulation.Window.Closes)
        {
            simulation.Step();
        }

        var count = simulation.World.Regions.Count;
        int[] regions = [.. Enumerable.Range(0, count).Select(r => (r * 389) % count)];
        var scores = new Westphalia.Metrics.HumanSecurityScores[count];
        simulation.Window.RegionScores(regions, scores);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(simulation.Window.RegionScores(regions[i]), scores[i]);
        }

        Assert.Contains(scores, s => s.ViolentDeathRate > 0 || s.DisplacedShare > 0);
    }

    [Fact]
    public void The_window_keeps_a_whole_number_a_region_and_its_flow_sums_by_state_not_a_score_per_region()
    {
        // 200 x 100 = 20,000 regions (five chunks) in 400 states; two years observed on one thread, every December closing.
        var simulation = new Simulation(TestWorlds.Grid(200, 100, 400, seed: 3, years: 3), threads: 1);
        simulation.Step();
        var world = simulation.World;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var window = new ObservationWindow(world, simulation.Scenario);
        for (var t = 0; t < 24; t++)
        {
            window.Observe(simulation.ContextFor(t));
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(window);

        // Violent deaths by region (8 bytes); by state slot its flows (10 whole numbers), score sums (13 doubles) and one
        // thread's flow sums as the footprint budgets them; 64 KiB for the index, the arrays' headers and each tick's delegates.
        var slots = world.States.Count;
        var budget = (world.Regions.Count * 8L) + (slots * ((10 * 8) + (13 * 8) + WorldFootprint.BytesPerStateSlotPerThread)) + (64 << 10);
        Assert.InRange(allocated, world.Regions.Count * 8L, budget);
    }
}
