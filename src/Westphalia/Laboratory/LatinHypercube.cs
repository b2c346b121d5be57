using Westphalia.Randomness;

namespace Westphalia.Laboratory;

/// <summary>
/// A Latin hypercube sample of the unit cube (McKay, Beckman and Conover 1979): each dimension is cut into
/// <c>samples</c> equal strata, each stratum holds exactly one of the samples, and the strata are matched across
/// dimensions by independent random permutations. Within its stratum a value is uniform. Deterministic from the seed:
/// every draw comes from the counter-based generator keyed by (seed, dimension, <see cref="RngStream.LatinHypercube"/>, sample).
/// </summary>
public static class LatinHypercube
{
    /// <summary>The samples: <c>result[i][d]</c> in [0, 1) is sample i's value in dimension d.</summary>
    public static double[][] Sample(int samples, int dimensions, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samples);
        ArgumentOutOfRangeException.ThrowIfNegative(dimensions);
        var rng = new CounterRng(seed);
        var result = new double[samples][];
        for (var i = 0; i < samples; i++)
        {
            result[i] = new double[dimensions];
        }

        var strata = new int[samples];
        for (var d = 0; d < dimensions; d++)
        {
            for (var i = 0; i < samples; i++)
            {
                strata[i] = i;
            }

            // Fisher–Yates: index 0 of the entity's counter shuffles, index 1 places the value within its stratum.
            for (var i = samples - 1; i > 0; i--)
            {
                var j = rng.Below(i + 1, d, RngStream.LatinHypercube, i, 0);
                (strata[i], strata[j]) = (strata[j], strata[i]);
            }

            for (var i = 0; i < samples; i++)
            {
                var u = (strata[i] + rng.Uniform(d, RngStream.LatinHypercube, i, 1)) / samples;
                result[i][d] = Math.Min(u, Math.BitDecrement(1.0));
            }
        }

        return result;
    }
}
