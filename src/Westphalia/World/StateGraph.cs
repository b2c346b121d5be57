
namespace Westphalia;

/// <summary>
/// Which states border which: states <c>s</c> and <c>t</c> are neighbours when both are alive, <c>s ≠ t</c>, and some
/// region of <c>s</c> is adjacent (in <see cref="World.Adjacency"/>) to some region of <c>t</c>. Kept in compressed
/// sparse rows: the neighbours of <c>s</c> are <see cref="Neighbours"/>(s), sorted ascending, empty for a dead state.
/// The relation is symmetric.
/// </summary>
/// <remarks>
/// <para>
/// <b>Keeping up with the world.</b> <see cref="World"/> has no version counter, so the graph keeps a copy of the
/// region owners (<see cref="RegionTable.Owner"/>) and of <see cref="StateTable.Alive"/> as they were when it was
/// built, and <see cref="Refresh"/> compares the live arrays with the copies (a vectorised
/// span <c>SequenceEqual</c>: well under a microsecond for a few thousand regions). A copy rather than a hash because the comparison is exact (a hash can collide and would cost a
/// pass over the owners all the same), and rather than watching <see cref="World.MembershipChanged"/> or the identity
/// of the membership index because <see cref="RegionTable.Owner"/> is a public array that can be written directly
/// (tests do), the flag is cleared by whoever rebuilds the index, and the index's allocation is an implementation
/// detail of <see cref="World.RebuildMembership"/>. The graph reads the owners directly, never the membership index,
/// so it is right even while <see cref="World.MembershipChanged"/> is set.
/// </para>
/// <para>
/// <b>Cost.</b> Building is O(regions + region edges) plus sorting each state's (short) list. Every buffer is
/// allocated once, at construction, with the largest size it can need (a state pair is found along at least one
/// region edge, so there are at most as many neighbour entries as region-adjacency entries); rebuilding allocates
/// nothing. The result depends only on the owners, the adjacency and which states are alive, so it is deterministic.
/// </para>
/// <para>
/// Not thread-safe: <see cref="Refresh"/> rewrites the buffers that <see cref="Neighbours"/> spans point into. The
/// policy phase, its only caller in the tick, runs sequentially.
/// </para>
/// </remarks>
public sealed class StateGraph
{
    private readonly int[] _ownerSeen;
    private readonly bool[] _aliveSeen;
    private readonly int[] _offsets;
    private readonly int[] _neighbours;

    // Scratch: the regions of each state by counting sort, and the last state that listed each state.
    private readonly int[] _regionOffsets;
    private readonly int[] _regionsByOwner;
    private readonly int[] _listedBy;

    public StateGraph(World world)
    {
        ArgumentNullException.ThrowIfNull(world);
        World = world;
        var states = world.States.Count;
        var regions = world.Regions.Count;
        _ownerSeen = new int[regions];
        _aliveSeen = new bool[states];
        _offsets = new int[states + 1];
        _neighbours = new int[world.Adjacency.Neighbours.Length];
        _regionOffsets = new int[states + 1];
        _regionsByOwner = new int[regions];
        _listedBy = new int[states];
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
        var owner = World.Regions.Owner;
        var alive = World.States.Alive;
        if (owner.AsSpan().SequenceEqual(_ownerSeen) && alive.AsSpan().SequenceEqual(_aliveSeen))
        {
            return false;
        }

        Rebuild();
        return true;
    }

    private void Rebuild()
    {
        var owner = World.Regions.Owner;
        var alive = World.States.Alive;
        var adjacency = World.Adjacency;
        owner.AsSpan().CopyTo(_ownerSeen);
        alive.AsSpan().CopyTo(_aliveSeen);
        var n = _offsets.Length - 1;

        // Regions by owner, ascending (counting sort; the owners are read directly, not the membership index).
        Array.Clear(_regionOffsets);
        foreach (var s in owner)
        {
            _regionOffsets[s + 1]++;
        }

        for (var s = 0; s < n; s++)
        {
            _regionOffsets[s + 1] += _regionOffsets[s];
        }

        for (var r = 0; r < owner.Length; r++)
        {
            _regionsByOwner[_regionOffsets[owner[r]]++] = r;
        }

        // The cursor pass moved each start to the next state's start; shift back.
        for (var s = n; s > 0; s--)
        {
            _regionOffsets[s] = _regionOffsets[s - 1];
        }

        _regionOffsets[0] = 0;

        // Each state's distinct living neighbours, deduplicated by remembering who listed them last.
        Array.Fill(_listedBy, -1);
        var count = 0;
        for (var s = 0; s < n; s++)
        {
            _offsets[s] = count;
            if (!alive[s])
            {
                continue;
            }

            for (var k = _regionOffsets[s]; k < _regionOffsets[s + 1]; k++)
            {
                foreach (var q in adjacency.Of(_regionsByOwner[k]))
                {
                    var t = owner[q];
                    if (t != s && alive[t] && _listedBy[t] != s)
                    {
                        _listedBy[t] = s;
                        _neighbours[count++] = t;
                    }
                }
            }

            _neighbours.AsSpan(_offsets[s], count - _offsets[s]).Sort();
        }

        _offsets[n] = count;
        Builds++;
    }
}
