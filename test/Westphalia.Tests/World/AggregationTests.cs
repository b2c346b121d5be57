using CsCheck;
using Westphalia.Randomness;
using Westphalia.Tests.Mechanisms;

namespace Westphalia.Tests.World;

/// <summary>States' population and output summed from their regions (docs/ODD.md, Aggregation).</summary>
public class AggregationTests
{
    /// <summary>
    /// Worlds of 8,192 to 40,000 regions, in parts of 1,000 to 50,000 (so that several threads stream in parts, or
    /// one streams all when the world is too small for two), owned by
    /// up to 60 states, some with no region: in runs of regions (compact territories, each reaching into the next
    /// part), with a share of regions given to random states (territories scattered over the whole world, so the
    /// parts would stream too much and the gather by state is used); random people and incomes.
    /// </summary>
    private static readonly Gen<(int[] Owners, int States, long[] People, double[] Income, int Threads, int PartRegions)> Worlds =
        from count in Gen.Int[8_192, 40_000]
        from states in Gen.Int[2, 60]
        from run in Gen.Int[1, 3_000]
        from scattered in Gen.Double[0, 0.3]
        from seed in Gen.ULong
        from threads in Gen.Int[2, 4]
        from partRegions in Gen.Int[1_000, 50_000]
        select Build(count, states, run, scattered, seed, threads, partRegions);

    private static (int[] Owners, int States, long[] People, double[] Income, int Threads, int PartRegions) Build(int count, int states, int run, double scattered, ulong seed, int threads, int partRegions)
    {
        var rng = new CounterRng(seed);
        var owners = new int[count];
        var people = new long[count];
        var income = new double[count];
        for (var r = 0; r < count; r++)
        {
            double U(uint k) => rng.Uniform(0, RngStream.WorldGeneration, r, k);
            owners[r] = U(0) < scattered ? (int)(U(1) * states) : ((r / run) * 7) % (states - 1);
            people[r] = (long)(5_000_000 * U(2));
            income[r] = 100 + (90_000 * U(3));
        }

        return (owners, states, people, income, threads, partRegions);
    }

    [Fact]
    public void On_several_threads_each_state_sums_its_regions_in_ascending_order_to_the_same_bits_as_on_one()
    {
        Worlds.Sample(w =>
        {
            var world = SmallWorlds.Graph(w.Owners, w.States);
            world.AggregationPartRegions = w.PartRegions;
            w.People.CopyTo(world.Regions.Population, 0);
            w.Income.CopyTo(world.Regions.IncomePerCapita, 0);
            var population = new long[w.States];
            var output = new double[w.States];
            for (var r = 0; r < w.Owners.Length; r++)
            {
                population[w.Owners[r]] += w.People[r];
                output[w.Owners[r]] += w.Income[r] * w.People[r];
            }

            world.AggregateStates(w.Threads);
            Assert.Equal(population, world.States.Population);
            Assert.Equal(output.Select(BitConverter.DoubleToInt64Bits), world.States.Output.Select(BitConverter.DoubleToInt64Bits));
            world.AggregateStates(1);
            Assert.Equal(population, world.States.Population);
            Assert.Equal(output.Select(BitConverter.DoubleToInt64Bits), world.States.Output.Select(BitConverter.DoubleToInt64Bits));
        }, iter: 60);
    }
}
