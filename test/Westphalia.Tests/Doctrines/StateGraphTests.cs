using CsCheck;

namespace Westphalia.Tests.Doctrines;

using World = Westphalia.World;

public class StateGraphTests
{
    /// <summary>A width × height grid of regions (4-neighbourhood) owned by <paramref name="owners"/>.</summary>
    internal static World GridWorld(int width, int height, int states, int[] owners, bool[]? alive = null)
    {
        var regions = new RegionTable(width * height);
        owners.AsSpan().CopyTo(regions.Owner);
        var edges = new List<(int, int)>();
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var r = (y * width) + x;
                if (x + 1 < width)
                {
                    edges.Add((r, r + 1));
                }

                if (y + 1 < height)
                {
                    edges.Add((r, r + width));
                }
            }
        }

        var table = new StateTable(states);
        for (var s = 0; s < states; s++)
        {
            table.Alive[s] = alive?[s] ?? true;
        }

        return new World(regions, Adjacency.FromEdges(regions.Count, edges), table);
    }

    /// <summary>Neighbours by definition: every pair of living states, checked over every region edge.</summary>
    private static int[] BruteForce(World world, int state)
    {
        var result = new List<int>();
        if (!world.States.Alive[state])
        {
            return [];
        }

        for (var t = 0; t < world.States.Count; t++)
        {
            if (t == state || !world.States.Alive[t])
            {
                continue;
            }

            var borders = false;
            for (var r = 0; r < world.Regions.Count && !borders; r++)
            {
                if (world.Regions.Owner[r] != state)
                {
                    continue;
                }

                foreach (var q in world.Adjacency.Of(r))
                {
                    borders |= world.Regions.Owner[q] == t;
                }
            }

            if (borders)
            {
                result.Add(t);
            }
        }

        return [.. result];
    }

    private static void AssertMatchesBruteForce(World world, StateGraph graph)
    {
        for (var s = 0; s < world.States.Count; s++)
        {
            Assert.Equal(BruteForce(world, s), graph.Neighbours(s).ToArray());
            Assert.Equal(graph.Neighbours(s).Length, graph.Degree(s));
        }
    }

    private static readonly Gen<(int Width, int Height, int States, int[] Owners, bool[] Alive, int[] NewOwners)> Worlds =
        from width in Gen.Int[1, 8]
        from height in Gen.Int[1, 8]
        from states in Gen.Int[1, 7]
        from owners in Gen.Int[0, states - 1].Array[width * height]
        from alive in Gen.Bool.Array[states]
        from newOwners in Gen.Int[0, states - 1].Array[width * height]
        select (width, height, states, owners, alive, newOwners);

    [Fact]
    public void Neighbours_match_a_brute_force_computation_on_random_grid_worlds()
    {
        Worlds.Sample(w =>
        {
            var world = GridWorld(w.Width, w.Height, w.States, w.Owners, w.Alive);
            var graph = new StateGraph(world);
            AssertMatchesBruteForce(world, graph);
            for (var s = 0; s < w.States; s++)
            {
                var list = graph.Neighbours(s);
                for (var i = 1; i < list.Length; i++)
                {
                    Assert.True(list[i - 1] < list[i], "ascending and distinct");
                }

                foreach (var t in list)
                {
                    Assert.True(graph.AreNeighbours(t, s), "symmetric");
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void The_graph_follows_ownership_changes_and_rebuilds_only_then()
    {
        Worlds.Sample(w =>
        {
            var world = GridWorld(w.Width, w.Height, w.States, w.Owners, w.Alive);
            var graph = StateGraph.Of(world);
            Assert.Same(graph, StateGraph.Of(world));
            var builds = graph.Builds;
            Assert.False(graph.Refresh());
            Assert.Equal(builds, graph.Builds);

            w.NewOwners.AsSpan().CopyTo(world.Regions.Owner);
            world.RebuildMembership();
            var changed = !w.NewOwners.AsSpan().SequenceEqual(w.Owners);
            Assert.Same(graph, StateGraph.Of(world));
            Assert.Equal(builds + (changed ? 1 : 0), graph.Builds);
            AssertMatchesBruteForce(world, graph);
        }, iter: 300);
    }

    [Fact]
    public void The_membership_index_rebuilt_in_place_lists_each_states_regions_ascending()
    {
        Worlds.Sample(w =>
        {
            var world = GridWorld(w.Width, w.Height, w.States, w.Owners, w.Alive);
            var index = world.States.Regions;
            for (var r = 0; r < w.NewOwners.Length; r++)
            {
                world.TransferRegion(r, w.NewOwners[r]);
                if (r % 3 == 0)
                {
                    world.RefreshMembership();
                }
            }

            world.RefreshMembership();
            Assert.Same(index, world.States.Regions);
            for (var s = 0; s < w.States; s++)
            {
                var expected = Enumerable.Range(0, w.NewOwners.Length).Where(r => w.NewOwners[r] == s).ToArray();
                Assert.Equal(expected, world.States.RegionsOf(s).ToArray());
                Assert.Equal(expected.Length, world.States.RegionCount[s]);
            }
        }, iter: 300);
    }

    [Fact]
    public void A_state_that_dies_leaves_its_neighbours_lists()
    {
        // Three states in a row: 0 | 1 | 2.
        var world = GridWorld(3, 1, 3, [0, 1, 2]);
        var graph = StateGraph.Of(world);
        Assert.Equal([1], graph.Neighbours(0).ToArray());
        Assert.Equal([0, 2], graph.Neighbours(1).ToArray());

        // State 1 is conquered whole by state 0.
        world.TransferRegion(1, 0);
        world.States.Alive[1] = false;
        world.RefreshMembership();
        graph = StateGraph.Of(world);
        Assert.Equal([2], graph.Neighbours(0).ToArray());
        Assert.Empty(graph.Neighbours(1).ToArray());
        Assert.Equal([0], graph.Neighbours(2).ToArray());
    }

    [Fact]
    public void Ownership_changed_without_rebuilding_the_membership_index_is_seen()
    {
        var world = GridWorld(4, 1, 3, [0, 0, 1, 1]);
        Assert.Empty(StateGraph.Of(world).Neighbours(2).ToArray());
        world.TransferRegion(3, 2);
        Assert.True(world.MembershipChanged);
        Assert.Equal([1], StateGraph.Of(world).Neighbours(2).ToArray());
    }
}
