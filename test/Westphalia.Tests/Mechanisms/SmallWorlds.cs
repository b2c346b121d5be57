using Westphalia.Randomness;
using Westphalia.Tests.Doctrines;

namespace Westphalia.Tests.Mechanisms;

using World = Westphalia.World;

/// <summary>Worlds built by hand, on which a mechanism is constructed and stepped alone, and the contexts to step it with.</summary>
internal static class SmallWorlds
{
    /// <summary>The context of tick <paramref name="tick"/> of a run that starts in January 2000 (tick 0, 12, … are Januaries).</summary>
    public static TickContext Tick(int tick, ulong seed = 1, int threads = 1) =>
        new(tick, 2000 + (tick / 12), (tick % 12) + 1, new CounterRng(seed), threads);

    /// <summary>A width × height grid of regions (4-neighbourhood), region r owned by <paramref name="owner"/>(r); every state alive.</summary>
    public static World Grid(int width, int height, int states, Func<int, int> owner) =>
        StateGraphTests.GridWorld(width, height, states, [.. Enumerable.Range(0, width * height).Select(owner)]);

    /// <summary>Regions joined by exactly the given edges, region r owned by <paramref name="owners"/>[r]; every state alive.</summary>
    public static World Graph(int[] owners, int states, params (int A, int B)[] edges)
    {
        var regions = new RegionTable(owners.Length);
        owners.AsSpan().CopyTo(regions.Owner);
        var table = new StateTable(states);
        Array.Fill(table.Alive, true);
        return new World(regions, Adjacency.FromEdges(owners.Length, edges), table);
    }
}
