using CsCheck;

namespace Westphalia.Tests.World;

/// <summary>Invariants that hold for every world and every tick, checked on random small worlds.</summary>
public class InvariantTests
{
    private static readonly Gen<(int Width, int Height, int States, ulong Seed)> Worlds =
        Gen.Select(Gen.Int[3, 14], Gen.Int[3, 12], Gen.Int[1, 9], Gen.ULong).Select((w, h, s, seed) => (w, h, Math.Min(s, w * h), seed));

    private static Simulation Start((int Width, int Height, int States, ulong Seed) w, params string[] extra) =>
        new(TestWorlds.Grid(w.Width, w.Height, w.States, w.Seed, years: 3, extra));

    [Fact]
    public void Population_changes_only_by_births_deaths_migration_and_displacement()
    {
        Worlds.Sample(w =>
        {
            var sim = Start(w);
            var regions = sim.World.Regions;
            while (!sim.IsFinished)
            {
                var before = (long[])regions.Population.Clone();
                sim.Step();
                long migrantsIn = 0, migrantsOut = 0, displacedIn = 0, displacedOut = 0;
                for (var r = 0; r < regions.Count; r++)
                {
                    var expected = before[r] + regions.Births[r] - regions.Deaths[r] + regions.MigrantsIn[r] - regions.MigrantsOut[r]
                        + regions.DisplacedIn[r] - regions.DisplacedOut[r];
                    Assert.Equal(expected, regions.Population[r]);
                    Assert.True(regions.Population[r] >= 0);
                    Assert.True(regions.ViolentDeaths[r] <= regions.Deaths[r]);
                    migrantsIn += regions.MigrantsIn[r];
                    migrantsOut += regions.MigrantsOut[r];
                    displacedIn += regions.DisplacedIn[r];
                    displacedOut += regions.DisplacedOut[r];
                    Assert.True(regions.Displaced[r] <= regions.Population[r]);
                }

                // Migration, flight and return move people; they neither create nor destroy them.
                Assert.Equal(migrantsOut, migrantsIn);
                Assert.Equal(displacedOut, displacedIn);
            }
        }, iter: 25);
    }

    [Fact]
    public void Every_region_has_exactly_one_owner()
    {
        Worlds.Sample(w =>
        {
            var sim = Start(w);
            sim.Run();
            var world = sim.World;
            var seen = new int[world.Regions.Count];
            for (var s = 0; s < world.States.Count; s++)
            {
                foreach (var r in world.States.RegionsOf(s))
                {
                    Assert.Equal(s, world.Regions.Owner[r]);
                    seen[r]++;
                }
            }

            Assert.All(seen, count => Assert.Equal(1, count));
            for (var s = 0; s < world.States.Count; s++)
            {
                // A living state holds its capital; a conquered one's capital belongs to another living state: the
                // one that took it, or whoever took it from that one in turn (a state that annexed another can
                // itself be conquered or surrender whole). Slots for states that may emerge later hold no state yet.
                if (world.States.FoundedTick[s] < 0)
                {
                    continue;
                }

                var capitalOwner = world.Regions.Owner[world.States.Capital[s]];
                if (world.States.Alive[s])
                {
                    Assert.Equal(s, capitalOwner);
                }
                else
                {
                    Assert.NotEqual(s, capitalOwner);
                }

                Assert.True(world.States.Alive[capitalOwner]);
            }
        }, iter: 40);
    }

    [Fact]
    public void Spending_sums_to_revenue_and_aid_is_conserved()
    {
        Worlds.Sample(w =>
        {
            var sim = Start(w);
            var states = sim.World.States;
            while (!sim.IsFinished)
            {
                // Aid in transit was allocated last tick (or by the budget of the month before the run).
                var inTransit = (long[])states.AidInTransit.Clone();
                sim.Step();
                long received = 0, given = 0, allocated = 0;
                for (var s = 0; s < states.Count; s++)
                {
                    Assert.Equal(states.Revenue(s), states.Spending(s));
                    Assert.True(states.MilitarySpending[s] >= 0 && states.WelfareSpending[s] >= 0 && states.PoliceSpending[s] >= 0 && states.AidGiven[s] >= 0);
                    received += states.AidReceived[s];
                    given += states.AidGiven[s];
                    allocated += states.AidInTransit[s];
                }

                // Aid arrives where it was sent, or is shared out among the recipients if its addressee died: none is
                // lost or made, and none is in transit for more than a month.
                Assert.Equal(inTransit.Sum(), received);
                Assert.Equal(given, allocated);
            }
        }, iter: 25);
    }

    [Fact]
    public void State_aggregates_equal_the_sum_of_their_regions()
    {
        Worlds.Sample(w =>
        {
            var sim = Start(w);
            sim.Run();
            var world = sim.World;
            Assert.Equal(world.Regions.Population.Sum(), world.States.Population.Sum());
            var worldOutput = Enumerable.Range(0, world.Regions.Count).Sum(world.Regions.Output);
            Assert.Equal(worldOutput, world.States.Output.Sum(), worldOutput * 1e-12);
            Assert.Equal(1.0, world.States.Cinc.Sum(), 1e-9);
        }, iter: 25);
    }
}
