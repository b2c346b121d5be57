namespace Westphalia;

/// <summary>
/// The people displaced by organised violence, by the region they fled and the region that hosts them (docs/ODD.md
/// §7.6): War damage and displacement moves them; civil war counts the refugees each state hosts in its onset hazard.
/// </summary>
public sealed class DisplacementRegistry
{
    /// <summary>Displaced people by (origin region, host region), key origin &lt;&lt; 32 | host, in key order.</summary>
    public SortedDictionary<long, long> ByPair { get; private set; } = [];

    /// <summary>Takes the records read from a checkpoint as the displaced now.</summary>
    internal void Restore(SortedDictionary<long, long> byPair) => ByPair = byPair;

    public static long Key(int origin, int host) => ((long)origin << 32) | (uint)host;

    public static (int Origin, int Host) Split(long key) => ((int)(key >> 32), (int)(key & 0xFFFFFFFF));

    /// <summary>People displaced now: (origin region, host region, people), in key order.</summary>
    public IEnumerable<(int Origin, int Host, long People)> Records =>
        ByPair.Select(kv => ((int)(kv.Key >> 32), (int)(kv.Key & 0xFFFFFFFF), kv.Value));

    /// <summary>Refugees each state hosts now: displaced people in its regions who come from another state's, by the owners of the regions now.</summary>
    public void RefugeesHosted(Span<long> perState, ReadOnlySpan<int> owner)
    {
        perState.Clear();
        foreach (var (key, people) in ByPair)
        {
            var (origin, host) = Split(key);
            if (owner[origin] != owner[host])
            {
                perState[owner[host]] += people;
            }
        }
    }
}
