namespace Westphalia.Conflict;

/// <summary>
/// The sparse rival matrix k_ij of an N-state Richardson arms race (Richardson 1960, <i>Arms and Insecurity</i>,
/// ch. on "more than two nations"): row i lists the rivals j whose arms x_j state i reacts to, with the defence
/// weight k_ij (arms per unit of time per unit of x_j). Stored in compressed sparse rows, rivals of a row sorted by
/// index, so <see cref="RichardsonNetwork"/> can walk it without allocating. Self-rivalry (i = j) is not allowed:
/// a state's reaction to its own arms is its fatigue a_i. Immutable.
/// </summary>
public sealed class RichardsonRivalMatrix
{
    private readonly int[] _rowStart;
    private readonly int[] _rival;
    private readonly double[] _weight;

    private RichardsonRivalMatrix(int[] rowStart, int[] rival, double[] weight)
    {
        _rowStart = rowStart;
        _rival = rival;
        _weight = weight;
    }

    /// <summary>The number of states N.</summary>
    public int StateCount => _rowStart.Length - 1;

    /// <summary>The number of stored (state, rival) pairs.</summary>
    public int Count => _rival.Length;

    /// <summary>
    /// Builds the matrix from (state, rival, weight) triplets in any order: k[state[n], rival[n]] = weight[n].
    /// Duplicated pairs and self-rivalry are rejected; weights must be finite (negative weights, Richardson's
    /// "submissiveness", are allowed).
    /// </summary>
    public static RichardsonRivalMatrix FromTriplets(
        int stateCount, ReadOnlySpan<int> state, ReadOnlySpan<int> rival, ReadOnlySpan<double> weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(stateCount);
        if (rival.Length != state.Length || weight.Length != state.Length)
        {
            throw new ArgumentException("state, rival and weight must have the same length");
        }

        var rowStart = new int[stateCount + 1];
        for (var n = 0; n < state.Length; n++)
        {
            var i = state[n];
            var j = rival[n];
            if ((uint)i >= (uint)stateCount || (uint)j >= (uint)stateCount)
            {
                throw new ArgumentOutOfRangeException(nameof(state), $"pair {n} ({i}, {j}) is outside 0..{stateCount - 1}");
            }

            if (i == j)
            {
                throw new ArgumentException($"pair {n}: a state cannot be its own rival (use its fatigue)", nameof(rival));
            }

            if (!double.IsFinite(weight[n]))
            {
                throw new ArgumentOutOfRangeException(nameof(weight), weight[n], $"weight {n} must be finite");
            }

            rowStart[i + 1]++;
        }

        for (var i = 0; i < stateCount; i++)
        {
            rowStart[i + 1] += rowStart[i];
        }

        var next = rowStart[..^1];
        var rivals = new int[state.Length];
        var weights = new double[state.Length];
        for (var n = 0; n < state.Length; n++)
        {
            var slot = next[state[n]]++;
            rivals[slot] = rival[n];
            weights[slot] = weight[n];
        }

        for (var i = 0; i < stateCount; i++)
        {
            var start = rowStart[i];
            var length = rowStart[i + 1] - start;
            rivals.AsSpan(start, length).Sort(weights.AsSpan(start, length));
            for (var s = start + 1; s < start + length; s++)
            {
                if (rivals[s] == rivals[s - 1])
                {
                    throw new ArgumentException($"state {i} lists rival {rivals[s]} twice", nameof(rival));
                }
            }
        }

        return new RichardsonRivalMatrix(rowStart, rivals, weights);
    }

    /// <summary>The rivals j of state i, in increasing order.</summary>
    public ReadOnlySpan<int> RivalsOf(int state) => _rival.AsSpan(_rowStart[state], _rowStart[state + 1] - _rowStart[state]);

    /// <summary>The weights k_ij of state i's rivals, aligned with <see cref="RivalsOf"/>.</summary>
    public ReadOnlySpan<double> WeightsOf(int state) => _weight.AsSpan(_rowStart[state], _rowStart[state + 1] - _rowStart[state]);

    /// <summary>k_ij, zero when j is not a rival of i.</summary>
    public double Weight(int state, int rival)
    {
        var rivals = RivalsOf(state);
        var at = rivals.BinarySearch(rival);
        return at >= 0 ? WeightsOf(state)[at] : 0;
    }
}
