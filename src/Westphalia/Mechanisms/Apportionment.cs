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
}
