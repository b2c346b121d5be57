using CsCheck;
using Westphalia.Tests.Doctrines;

namespace Westphalia.Tests.World;

using World = Westphalia.World;

public class BorderIndexTests
{
    /// <summary>The borders by definition: every region edge whose ends have different owners, grouped by the owner pair.</summary>
    private static SortedDictionary<(int From, int To), List<(int Region, int Neighbour)>> BruteForce(World world)
    {
        var owner = world.Regions.Owner;
        var result = new SortedDictionary<(int, int), List<(int, int)>>();
        for (var r = 0; r < owner.Length; r++)
        {
            foreach (var n in world.Adjacency.Of(r))
            {
                if (owner[r] != owner[n])
                {
                    if (!result.TryGetValue((owner[r], owner[n]), out var list))
                    {
                        result[(owner[r], owner[n])] = list = [];
                    }

                    list.Add((r, n));
                }
            }
        }

        foreach (var list in result.Values)
        {
            list.Sort();
        }

        return result;
    }

    private static void AssertMatchesBruteForce(World world, BorderIndex index)
    {
        var expected = BruteForce(world);
        var keys = index.Keys.ToArray();
        Assert.Equal(expected.Keys.ToArray(), keys.Select(BorderIndex.Split).ToArray());
        foreach (var key in keys)
        {
            var cells = index.Cells(key).ToArray().Select(BorderIndex.Cell).ToArray();
            Assert.Equal(expected[BorderIndex.Split(key)], cells);
        }
    }

    /// <summary>A grid world, then batches of ownership changes: (region, new owner, by TransferRegion or a direct write).</summary>
    private static readonly Gen<(int Width, int Height, int States, int[] Owners, (int Region, int Owner, bool Direct)[][] Batches)> Worlds =
        from width in Gen.Int[1, 12]
        from height in Gen.Int[1, 12]
        from states in Gen.Int[1, 8]
        from owners in Gen.Int[0, states - 1].Array[width * height]
        from batches in Gen.Select(Gen.Int[0, (width * height) - 1], Gen.Int[0, states - 1], Gen.Bool).Array[0, 6].Array[1, 8]
        select (width, height, states, owners, batches);

    [Fact]
    public void The_incremental_index_equals_a_rebuild_from_scratch_after_random_ownership_changes()
    {
        Worlds.Sample(w =>
        {
            var world = StateGraphTests.GridWorld(w.Width, w.Height, w.States, w.Owners);
            var index = world.Borders;
            AssertMatchesBruteForce(world, index);
            foreach (var batch in w.Batches)
            {
                var version = index.Version;
                var before = (int[])world.Regions.Owner.Clone();
                foreach (var (region, owner, direct) in batch)
                {
                    if (direct)
                    {
                        world.Regions.Owner[region] = owner;
                    }
                    else
                    {
                        world.TransferRegion(region, owner);
                    }
                }

                var changed = !before.AsSpan().SequenceEqual(world.Regions.Owner);
                Assert.Equal(changed, index.Refresh());
                Assert.Equal(version + (changed ? 1 : 0), index.Version);
                Assert.False(index.Refresh());
                AssertMatchesBruteForce(world, index);

                var fresh = new BorderIndex(world);
                Assert.Equal(fresh.Keys.ToArray(), index.Keys.ToArray());
                foreach (var key in fresh.Keys)
                {
                    Assert.Equal(fresh.Cells(key).ToArray(), index.Cells(key).ToArray());
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void A_few_changes_are_taken_in_without_a_rebuild_and_many_with_one()
    {
        // 10 × 10 grid: the left half is state 0, the right half state 1.
        var owners = Enumerable.Range(0, 100).Select(r => r % 10 < 5 ? 0 : 1).ToArray();
        var world = StateGraphTests.GridWorld(10, 10, 3, owners);
        var index = world.Borders;
        Assert.Equal(1, index.Builds);
        Assert.Equal([BorderIndex.Key(0, 1), BorderIndex.Key(1, 0)], index.Keys.ToArray());
        Assert.Equal(10, index.Cells(BorderIndex.Key(0, 1)).Length);

        // Region 4 (on the border) passes to state 1: the edges from 3 and 14 to it now cross, its edge to 5 no longer does.
        world.TransferRegion(4, 1);
        Assert.True(index.Refresh());
        Assert.Equal(1, index.Builds);
        Assert.Equal(
            [(3, 4), (14, 4), (14, 15), (24, 25), (34, 35), (44, 45), (54, 55), (64, 65), (74, 75), (84, 85), (94, 95)],
            index.Cells(BorderIndex.Key(0, 1)).ToArray().Select(BorderIndex.Cell).ToArray());
        AssertMatchesBruteForce(world, index);

        // A new state in region 0, then a third of the map redrawn at once: rebuilt from scratch, same result.
        world.TransferRegion(0, 2);
        Assert.True(index.Refresh());
        Assert.Equal(1, index.Builds);
        Assert.Equal([BorderIndex.Key(0, 1), BorderIndex.Key(0, 2), BorderIndex.Key(1, 0), BorderIndex.Key(2, 0)], index.Keys.ToArray());
        for (var r = 0; r < 30; r++)
        {
            world.Regions.Owner[r] = 2;
        }

        Assert.True(index.Refresh());
        Assert.Equal(2, index.Builds);
        AssertMatchesBruteForce(world, index);
    }
}
