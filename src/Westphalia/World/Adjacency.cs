namespace Westphalia;

/// <summary>
/// The region graph in compressed sparse rows: the neighbours of region <c>i</c> are
/// <c>Neighbours[Offsets[i]..Offsets[i + 1]]</c>, sorted ascending. The graph is undirected.
/// </summary>
public sealed class Adjacency
{
    public Adjacency(int[] offsets, int[] neighbours)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        ArgumentNullException.ThrowIfNull(neighbours);
        if (offsets.Length == 0 || offsets[0] != 0 || offsets[^1] != neighbours.Length)
        {
            throw new ArgumentException("Offsets must start at 0 and end at the number of neighbour entries.", nameof(offsets));
        }

        Offsets = offsets;
        Neighbours = neighbours;
    }

    public int[] Offsets { get; }

    public int[] Neighbours { get; }

    public int RegionCount => Offsets.Length - 1;

    public ReadOnlySpan<int> Of(int region) => Neighbours.AsSpan(Offsets[region], Offsets[region + 1] - Offsets[region]);

    public int Degree(int region) => Offsets[region + 1] - Offsets[region];

    /// <summary>Builds the CSR form from an undirected edge list; duplicate edges and self-loops are dropped.</summary>
    public static Adjacency FromEdges(int regionCount, IEnumerable<(int A, int B)> edges)
    {
        var lists = new List<int>[regionCount];
        for (var i = 0; i < regionCount; i++)
        {
            lists[i] = [];
        }

        foreach (var (a, b) in edges)
        {
            if (a == b)
            {
                continue;
            }

            lists[a].Add(b);
            lists[b].Add(a);
        }

        var offsets = new int[regionCount + 1];
        var all = new List<int>();
        for (var i = 0; i < regionCount; i++)
        {
            lists[i].Sort();
            var previous = -1;
            foreach (var n in lists[i])
            {
                if (n != previous)
                {
                    all.Add(n);
                }

                previous = n;
            }

            offsets[i + 1] = all.Count;
        }

        return new Adjacency(offsets, [.. all]);
    }
}
