
namespace Westphalia;

/// <summary>
/// Which states border which: states <c>s</c> and <c>t</c> are neighbours when both are alive, <c>s ≠ t</c>, and some
/// region of <c>s</c> is adjacent (in <see cref="World.Adjacency"/>) to some region of <c>t</c>. Kept in compressed
/// sparse rows: the neighbours of <c>s</c> are <see cref="Neighbours"/>(s), sorted ascending, empty for a dead state.
/// The relation is symmetric.
/// </summary>
/// <remarks>
/// <para>
/// <b>Keeping up with the world.</b> The graph is read off the world's <see cref="BorderIndex"/> (<see cref="World.Borders"/>),
/// which keeps the border cells between every pair of owners up to date as regions change hands (it compares the live
/// owners with a copy, because <see cref="RegionTable.Owner"/> is a public array that can be written directly).
/// <see cref="Refresh"/> brings the index up to date and rebuilds the graph when the index changed since the graph was
/// built (whoever refreshed it) or the set of living states did (a copy of <see cref="StateTable.Alive"/> is compared).
/// The graph reads the owners, never the membership index, so it is right even while
/// <see cref="World.MembershipChanged"/> is set.
/// </para>
/// <para>
/// <b>Cost.</b> Building walks the index's owner pairs once, in ascending order (a few per state), not the regions.
/// Every buffer is allocated once, at construction, with the largest size it can need (a state pair is found along at
/// least one region edge, so there are at most as many neighbour entries as region-adjacency entries); rebuilding
/// allocates nothing. The result depends only on the owners, the adjacency and which states are alive, so it is
/// deterministic.
/// </para>
/// <para>
/// Not thread-safe: <see cref="Refresh"/> rewrites the buffers that <see cref="Neighbours"/> spans point into. The
/// policy phase, its only caller in the tick, runs sequentially.
/// </para>
/// </remarks>
public sealed class StateGraph
{
    private readonly bool[] _aliveSeen;
    private readonly int[] _offsets;
    private readonly int[] _neighbours;
    private int _bordersSeen;

    public StateGraph(World world)
    {
        ArgumentNullException.ThrowIfNull(world);
        World = world;
        var states = world.States.Count;
        _aliveSeen = new bool[states];
        _offsets = new int[states + 1];
        _neighbours = new int[world.Adjacency.Neighbours.Length];
        world.Borders.Refresh();
        Rebuild();
    }

    /// <summary>The world this graph describes.</summary>
    public World World { get; }

    /// <summary>Number of state ids (living or dead).</summary>
    public int StateCount => _offsets.Length - 1;

    /// <summary>How many times the graph has been built (1 after construction); for tests and diagnostics.</summary>
    public int Builds { get; private set; }

    /// <summary>
    /// The graph of <paramref name="world"/> (<see cref="World.Graph"/>), brought up to date: rebuilt only when ownership
    /// or the set of living states changed since it was last built.
    /// </summary>
    public static StateGraph Of(World world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var graph = world.Graph;
        graph.Refresh();
        return graph;
    }

    /// <summary>
    /// The graph of <paramref name="world"/> as last brought up to date (built on first use, not refreshed): for readers
    /// that run after a phase has refreshed it, such as doctrines deciding in the Policy phase.
    /// </summary>
    public static StateGraph Current(World world)
    {
        ArgumentNullException.ThrowIfNull(world);
        return world.Graph;
    }

    /// <summary>The neighbours of <paramref name="state"/>, ascending; empty for a dead state.</summary>
    public ReadOnlySpan<int> Neighbours(int state) =>
        _neighbours.AsSpan(_offsets[state], _offsets[state + 1] - _offsets[state]);

    /// <summary>The number of neighbours of <paramref name="state"/>.</summary>
    public int Degree(int state) => _offsets[state + 1] - _offsets[state];

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are neighbours (binary search).</summary>
    public bool AreNeighbours(int a, int b) => Neighbours(a).BinarySearch(b) >= 0;

    /// <summary>
    /// Rebuilds the graph if region ownership or the set of living states changed since it was last built; returns
    /// whether it did.
    /// </summary>
    public bool Refresh()
    {
        var borders = World.Borders;
        borders.Refresh();
        if (borders.Version == _bordersSeen && World.States.Alive.AsSpan().SequenceEqual(_aliveSeen))
        {
            return false;
        }

        Rebuild();
        return true;
    }

    private void Rebuild()
    {
        var alive = World.States.Alive;
        var borders = World.Borders;
        alive.AsSpan().CopyTo(_aliveSeen);
        _bordersSeen = borders.Version;
        var n = _offsets.Length - 1;

        // The owner pairs with a border, ascending by state and then by neighbour: each state's living neighbours in order.
        var keys = borders.Keys;
        var k = 0;
        var count = 0;
        for (var s = 0; s < n; s++)
        {
            _offsets[s] = count;
            for (; k < keys.Length && BorderIndex.Split(keys[k]).From <= s; k++)
            {
                var (from, t) = BorderIndex.Split(keys[k]);
                if (from == s && alive[s] && alive[t])
                {
                    _neighbours[count++] = t;
                }
            }
        }

        _offsets[n] = count;
        Builds++;
    }
}
