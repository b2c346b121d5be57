namespace Westphalia;

/// <summary>
/// The borders between states, kept up to date incrementally: for every ordered pair of distinct owners (s, t), the
/// directed region edges (r, q) with r owned by s and q by t (q a neighbour of r in <see cref="World.Adjacency"/>),
/// sorted by r and then q. Interstate war draws its battle sites from these cells, and <see cref="StateGraph"/> reads
/// which pairs exist.
/// </summary>
/// <remarks>
/// <para>
/// <b>Keeping up with the world.</b> Like <see cref="StateGraph"/>, the index keeps a copy of the region owners as they
/// were when it last caught up, because <see cref="RegionTable.Owner"/> is a public array that can be written directly.
/// <see cref="Refresh"/> finds the regions whose owner differs from the copy (a vectorised common-prefix scan, about as
/// cheap as comparing the arrays) and, for each in ascending order, moves the edges to and from it from the pairs of its
/// old owner to those of its new one: a change costs the region's degree times the length of the borders it touches,
/// not a pass over the map. When more than an eighth of the regions changed (a restored checkpoint), it rebuilds from
/// scratch instead.
/// </para>
/// <para>
/// The result depends only on the owners and the adjacency, never on the order of the changes, so it is the same as a
/// rebuild from scratch (a property the tests check after random changes of ownership). Not thread-safe; the
/// mechanisms that refresh it run sequentially.
/// </para>
/// </remarks>
public sealed class BorderIndex
{
    private readonly int[] _ownerSeen;
    private readonly Adjacency _adjacency;
    private readonly int[] _owner;
    private readonly Dictionary<long, List<long>> _cells = [];
    private readonly Stack<List<long>> _spare = new();
    private readonly List<int> _changed = [];
    private long[] _keys = [];
    private bool _keysStale = true;

    public BorderIndex(World world)
    {
        ArgumentNullException.ThrowIfNull(world);
        _adjacency = world.Adjacency;
        _owner = world.Regions.Owner;
        _ownerSeen = new int[_owner.Length];
        Rebuild();
    }

    /// <summary>Counts the changes the index has taken in (a rebuild or a refresh that found a change), for caches built on it.</summary>
    public int Version { get; private set; }

    /// <summary>How many times the index was built from scratch (1 after construction); for tests and diagnostics.</summary>
    public int Builds { get; private set; }

    /// <summary>The key of the ordered owner pair (from, to): from in the high half, so keys sort by from, then to.</summary>
    public static long Key(int from, int to) => ((long)from << 32) | (uint)to;

    /// <summary>The owner pair of a key.</summary>
    public static (int From, int To) Split(long key) => ((int)(key >> 32), (int)(key & 0xFFFFFFFF));

    /// <summary>A border cell packed as its region in the high half and the neighbouring region in the low half.</summary>
    public static (int Region, int Neighbour) Cell(long packed) => Split(packed);

    /// <summary>The keys of every owner pair with a border, ascending (by from, then to).</summary>
    public ReadOnlySpan<long> Keys
    {
        get
        {
            if (_keysStale)
            {
                if (_keys.Length != _cells.Count)
                {
                    _keys = new long[_cells.Count];
                }

                _cells.Keys.CopyTo(_keys, 0);
                Array.Sort(_keys);
                _keysStale = false;
            }

            return _keys;
        }
    }

    /// <summary>The border cells of the owner pair <paramref name="key"/>, packed (see <see cref="Cell"/>), ascending; empty if none.</summary>
    public ReadOnlySpan<long> Cells(long key) =>
        _cells.TryGetValue(key, out var list) ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : [];

    /// <summary>Brings the index up to the owners now; returns whether any region changed owner since the last call.</summary>
    public bool Refresh()
    {
        var owner = _owner.AsSpan();
        var seen = _ownerSeen.AsSpan();
        var first = owner.CommonPrefixLength(seen);
        if (first == owner.Length)
        {
            return false;
        }

        // One scan for the regions that changed; many changes at once (a restored checkpoint, a test that redraws the
        // map) are cheaper to take in by a rebuild.
        var changed = _changed;
        changed.Clear();
        for (var r = first; r < owner.Length; r++)
        {
            r += owner[r..].CommonPrefixLength(seen[r..]);
            if (r < owner.Length)
            {
                if (changed.Count >= owner.Length / 8)
                {
                    Rebuild();
                    return true;
                }

                changed.Add(r);
            }
        }

        foreach (var r in changed)
        {
            Move(r, owner[r]);
        }

        Version++;
        return true;
    }

    /// <summary>Moves region <paramref name="region"/> from its recorded owner to <paramref name="to"/>, edge by edge.</summary>
    private void Move(int region, int to)
    {
        var from = _ownerSeen[region];
        foreach (var n in _adjacency.Of(region))
        {
            var other = _ownerSeen[n];
            if (other != from)
            {
                Remove(Key(from, other), Pack(region, n));
                Remove(Key(other, from), Pack(n, region));
            }

            if (other != to)
            {
                Insert(Key(to, other), Pack(region, n));
                Insert(Key(other, to), Pack(n, region));
            }
        }

        _ownerSeen[region] = to;
    }

    /// <summary>A border cell, packed as a key is: cells sort by region, then neighbour.</summary>
    private static long Pack(int region, int neighbour) => Key(region, neighbour);

    private void Insert(long key, long cell)
    {
        if (!_cells.TryGetValue(key, out var list))
        {
            list = _spare.Count > 0 ? _spare.Pop() : [];
            _cells[key] = list;
            _keysStale = true;
        }

        var at = list.BinarySearch(cell);
        list.Insert(at < 0 ? ~at : at, cell);
    }

    private void Remove(long key, long cell)
    {
        var list = _cells[key];
        list.RemoveAt(list.BinarySearch(cell));
        if (list.Count == 0)
        {
            _cells.Remove(key);
            _spare.Push(list);
            _keysStale = true;
        }
    }

    /// <summary>Builds the index from the owners now: regions and their (ascending) neighbours in order, so each list is sorted.</summary>
    public void Rebuild()
    {
        foreach (var list in _cells.Values)
        {
            list.Clear();
            _spare.Push(list);
        }

        _cells.Clear();
        _owner.AsSpan().CopyTo(_ownerSeen);
        var owner = _ownerSeen;
        for (var r = 0; r < owner.Length; r++)
        {
            var o = owner[r];
            foreach (var n in _adjacency.Of(r))
            {
                if (owner[n] != o)
                {
                    var key = Key(o, owner[n]);
                    if (!_cells.TryGetValue(key, out var list))
                    {
                        list = _spare.Count > 0 ? _spare.Pop() : [];
                        _cells[key] = list;
                    }

                    list.Add(Pack(r, n));
                }
            }
        }

        _keysStale = true;
        Builds++;
        Version++;
    }
}
