namespace Westphalia.Mechanisms;

/// <summary>
/// Splits a whole number of dollars by weights so that the parts sum exactly to the total (Hamilton's
/// largest-remainder method; ties go to the lower index).
/// </summary>
public static class Apportionment
{
    public static void Split(long total, ReadOnlySpan<double> weights, Span<long> parts, Span<double> remainders)
    {
        if (parts.Length != weights.Length || remainders.Length < weights.Length)
        {
            throw new ArgumentException("weights, parts and remainders must have the same length");
        }

        var sum = 0.0;
        foreach (var w in weights)
        {
            sum += w > 0 ? w : 0;
        }

        if (sum <= 0 || total <= 0)
        {
            parts.Clear();
            if (total > 0 && parts.Length > 0)
            {
                throw new ArgumentException("cannot split a positive total with no positive weight");
            }

            return;
        }

        long assigned = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = weights[i] > 0 ? total * (weights[i] / sum) : 0;
            var floor = (long)Math.Floor(exact);
            parts[i] = floor;
            remainders[i] = exact - floor;
            assigned += floor;
        }

        var left = total - assigned;
        if (left > 0 && weights.Length > 8)
        {
            // Many parts: hand out the leftover dollars in one pass over the parts sorted by remainder.
            var order = new int[weights.Length];
            var keys = new double[weights.Length];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
                keys[i] = weights[i] > 0 ? -remainders[i] : double.PositiveInfinity;
            }

            Array.Sort(keys, order, Comparer<double>.Default);
            SortTiesByIndex(keys, order);
            for (var k = 0; k < order.Length && left > 0; k++)
            {
                parts[order[k]]++;
                left--;
            }
        }

        while (left > 0)
        {
            var best = -1;
            for (var i = 0; i < weights.Length; i++)
            {
                if (weights[i] > 0 && (best < 0 || remainders[i] > remainders[best]))
                {
                    best = i;
                }
            }

            parts[best]++;
            remainders[best] = -1;
            left--;
        }

        // Rounding of 'exact' can over-assign by a dollar on huge totals; take it back from the largest part.
        while (left < 0)
        {
            var largest = 0;
            for (var i = 1; i < parts.Length; i++)
            {
                if (parts[i] > parts[largest])
                {
                    largest = i;
                }
            }

            parts[largest]--;
            left++;
        }
    }

    /// <summary>Puts runs of equal keys in ascending index order, so ties go to the lower index as in the small case.</summary>
    private static void SortTiesByIndex(double[] keys, int[] order)
    {
        for (var i = 0; i < keys.Length;)
        {
            var j = i + 1;
            while (j < keys.Length && keys[j] == keys[i])
            {
                j++;
            }

            if (j - i > 1)
            {
                Array.Sort(order, i, j - i);
            }

            i = j;
        }
    }
}
