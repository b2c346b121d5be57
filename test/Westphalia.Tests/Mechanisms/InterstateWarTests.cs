using CsCheck;
using Westphalia.Observers;
using Westphalia.Metrics;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Mechanisms;

public class InterstateWarTests
{
    /// <summary>
    /// A small GeoSim world made warlike: frequent unprovoked attacks and thresholds of 1.5 instead of 3, so wars and
    /// conquests happen within a test.
    /// </summary>
    private static Scenario SmallWar(int width, int height, int states, ulong seed, int years, params string[] extra) =>
        ScenarioLoader.Load("geosim-2003", [
            $"world.generator.width={width}", $"world.generator.height={height}", $"world.generator.states={states}",
            $"seed={seed}", $"years={years}", "parameters.interstate_war.attack_probability=0.2",
            "parameters.interstate_war.superiority_threshold=1.5", "parameters.interstate_war.victory_threshold=1.5", .. extra]);

    [Fact]
    public void Capital_capture_ends_the_state()
    {
        // A larger state next to a one-region state. Its force ratio on the front is about 2.4, so with thresholds of
        // 1.5 it attacks as soon as it considers (attack probability one) and soon takes the capital, which is the small
        // state's only region.
        var yaml = """
            name: capital
            years: 5
            mechanisms: { domestic: false }
            parameters: { interstate_war: { enabled: true, attack_probability: 1, superiority_threshold: 1.5, victory_threshold: 1.5 } }
            world:
              regions:
                - { name: A0, owner: Big, x: 0, y: 0, neighbours: [A1, A2] }
                - { name: A1, owner: Big, x: 1, y: 0, neighbours: [A0, S] }
                - { name: A2, owner: Big, x: 0, y: 1, neighbours: [A0, S] }
                - { name: S, owner: Small, x: 1, y: 1, neighbours: [A1, A2] }
              states:
                - { name: Big, capital: A0 }
                - { name: Small, capital: S }
            """;
        var sim = new Simulation(ScenarioLoader.LoadText(yaml, "capital.yaml"));
        while (!sim.IsFinished && sim.World.States.Alive[1])
        {
            sim.Step();
        }

        var states = sim.World.States;
        Assert.False(states.Alive[1]);
        Assert.Equal((int)StateDeathCause.Conquest, states.DeathCause[1]);
        Assert.Equal(0, states.Conqueror[1]);
        Assert.Equal(0, sim.World.Regions.Owner[3]);
        Assert.Equal(4, states.RegionCount[0]);
        Assert.Contains(sim.Observer<EventLogObserver>().Events, e => e.Type == "state_died" && e.State == 1);
    }

    [Fact]
    public void Territory_stays_a_partition_through_conquest()
    {
        // Some small worlds stay at peace for ten years; the property is checked on every world, and conquest must have
        // happened in some of them for the check to mean anything.
        var conquests = 0;
        var worlds = 0;
        Gen.Select(Gen.Int[6, 14], Gen.Int[6, 14], Gen.Int[3, 12], Gen.ULong).Sample((w, h, n, seed) =>
        {
            var sim = new Simulation(SmallWar(w, h, n, seed, 10));
            var world = sim.World;
            Interlocked.Increment(ref worlds);
            while (!sim.IsFinished)
            {
                var before = (int[])world.Regions.Owner.Clone();
                sim.Step();
                Interlocked.Add(ref conquests, before.Zip(world.Regions.Owner).Count(p => p.First != p.Second));
                var seen = new int[world.Regions.Count];
                for (var s = 0; s < world.States.Count; s++)
                {
                    if (!world.States.Alive[s])
                    {
                        Assert.Equal(0, world.States.RegionCount[s]);
                        continue;
                    }

                    Assert.Equal(s, world.Regions.Owner[world.States.Capital[s]]);
                    foreach (var r in world.States.RegionsOf(s))
                    {
                        seen[r]++;
                    }
                }

                // Every region belongs to exactly one living state.
                Assert.All(seen, count => Assert.Equal(1, count));
            }

        }, iter: 12);
        Assert.True(conquests > 0, $"no region changed hands in {worlds} worlds; they are too quiet to test conquest");
    }

    [Fact]
    public void Every_state_is_connected_to_its_capital()
    {
        var sim = new Simulation(SmallWar(20, 20, 15, 3, 40));
        sim.Run();
        var world = sim.World;
        for (var s = 0; s < world.States.Count; s++)
        {
            if (!world.States.Alive[s])
            {
                continue;
            }

            var reached = new HashSet<int> { world.States.Capital[s] };
            var queue = new Queue<int>(reached);
            while (queue.Count > 0)
            {
                foreach (var n in world.Adjacency.Of(queue.Dequeue()))
                {
                    if (world.Regions.Owner[n] == s && reached.Add(n))
                    {
                        queue.Enqueue(n);
                    }
                }
            }

            Assert.Equal(world.States.RegionCount[s], reached.Count);
        }
    }

    [Fact]
    public void A_war_run_restored_from_a_checkpoint_continues_exactly()
    {
        var scenario = SmallWar(16, 16, 12, 8, 20);
        var whole = new Simulation(scenario);
        whole.Run();
        Assert.NotEmpty(whole.War.Wars.Wars);

        var second = TestWorlds.RestoredAfter(scenario, 97);
        second.Run();
        Assert.Equal(whole.World.Regions.Owner, second.World.Regions.Owner);
        Assert.Equal(TestWorlds.Csv(whole.Observer<StatesObserver>().Table), TestWorlds.Csv(second.Observer<StatesObserver>().Table));
        Assert.Equal(whole.Observer<EventLogObserver>().Events, second.Observer<EventLogObserver>().Events);
        Assert.Equal(whole.War.Wars.Wars.Select(w => (w.Id, w.StartTick, w.EndTick, w.BattleDeaths)), second.War.Wars.Wars.Select(w => (w.Id, w.StartTick, w.EndTick, w.BattleDeaths)));
    }

    [Fact]
    public void The_gradient_falls_from_one_at_the_capital_to_the_offset_far_away()
    {
        var sim = new Simulation(SmallWar(6, 6, 3, 1, 1));
        Assert.Equal(1.0, sim.War.Gradient(0, 2), 12);
        Assert.Equal(0.1 + (0.9 / 2), sim.War.Gradient(2, 2), 12);
        Assert.Equal(0.1 + (0.9 / 9), sim.War.Gradient(4, 2), 12);
        Assert.True(sim.War.Gradient(4, 10) > sim.War.Gradient(4, 2), "better technology extracts more at a distance");
    }
}
