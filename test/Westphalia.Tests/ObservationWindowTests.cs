using Westphalia.Observers;

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
}
