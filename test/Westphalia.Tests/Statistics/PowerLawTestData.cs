using Westphalia.Randomness;
using Westphalia.Statistics;

namespace Westphalia.Tests.Statistics;

/// <summary>Seeded synthetic data sets for the power-law tests.</summary>
internal static class PowerLawTestData
{
    /// <summary>
    /// <paramref name="tailCount"/> draws from the discrete power law with α = 2 above x_min = 5, and
    /// <paramref name="bodyCount"/> values below it: a lognormal with median 2.5 and σ = 0.5 rounded to integers,
    /// redrawn when outside 1..4.
    /// </summary>
    public static double[] DiscreteWithLognormalBody(int tailCount, int bodyCount, ulong seed)
    {
        var data = new List<double>(PowerLaw.Sample(tailCount, 2.0, 5.0, discrete: true, seed));
        var rng = new CounterRng(seed);
        for (var k = 0; data.Count < tailCount + bodyCount; k++)
        {
            var x = Math.Round(2.5 * Math.Exp(0.5 * rng.Normal(1, RngStream.Statistics, k)));
            if (x is >= 1.0 and <= 4.0)
            {
                data.Add(x);
            }
        }

        return [.. data];
    }

    /// <summary><paramref name="count"/> draws from the exponential distribution with rate 1.</summary>
    public static double[] Exponential(int count, ulong seed)
    {
        var rng = new CounterRng(seed);
        var data = new double[count];
        for (var i = 0; i < count; i++)
        {
            data[i] = -Math.Log(1.0 - rng.Uniform(2, RngStream.Statistics, i));
        }

        return data;
    }
}
