using Westphalia.Randomness;

namespace Westphalia.Laboratory;

/// <summary>
/// Morris's elementary effects (Morris 1991, "Factorial sampling plans for preliminary computational experiments",
/// Technometrics 33, 161–174), with μ* (Campolongo, Cariboni and Saltelli 2007, "An effective screening design for
/// sensitivity analysis of large models", Environ. Model. Softw. 22, 1509–1518). Sampling and analysis are pure
/// functions over the unit cube, apart from the running of any model.
/// </summary>
public static class Morris
{
    /// <summary>Bootstrap resamples for μ*'s interval.</summary>
    public const int Resamples = 1000;

    /// <summary>The step Δ = p / (2(p − 1)) on a grid of <paramref name="levels"/> levels (p even).</summary>
    public static double Delta(int levels) => levels / (2.0 * (levels - 1));

    /// <summary>
    /// <paramref name="trajectories"/> trajectories of <c>factors + 1</c> points each on the grid {0, 1/(p − 1), …, 1}:
    /// a trajectory starts at a random grid point and moves one factor at a time, in a random order, by ±Δ. Each factor's
    /// lower value is drawn from the p/2 lowest levels, so both values lie on the grid, and the direction of its step is
    /// drawn too. Row <c>t(k + 1) + s</c> is point s of trajectory t. Draws come from the counter-based generator keyed
    /// by (seed, trajectory, <see cref="RngStream.SensitivitySampler"/>, factor).
    /// </summary>
    public static double[][] Sample(int factors, int trajectories, int levels, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factors, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 2);
        if (levels % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(levels), levels, "an even number of levels");
        }

        var rng = new CounterRng(seed);
        var half = levels / 2;
        var rows = new double[trajectories * (factors + 1)][];
        var at = new int[factors];
        var order = new int[factors];
        for (var t = 0; t < trajectories; t++)
        {
            for (var i = 0; i < factors; i++)
            {
                var low = rng.Below(half, t, RngStream.SensitivitySampler, i, 0);
                var up = rng.Uniform(t, RngStream.SensitivitySampler, i, 1) < 0.5;
                at[i] = up ? low : low + half;
                order[i] = i;
            }

            // Fisher–Yates over the factors: the order in which they move.
            for (var i = factors - 1; i > 0; i--)
            {
                var j = rng.Below(i + 1, t, RngStream.SensitivitySampler, i, 2);
                (order[i], order[j]) = (order[j], order[i]);
            }

            var first = t * (factors + 1);
            rows[first] = Grid(at, levels);
            for (var s = 0; s < factors; s++)
            {
                var i = order[s];
                at[i] += at[i] < half ? half : -half;
                rows[first + s + 1] = Grid(at, levels);
            }
        }

        return rows;
    }

    /// <summary>
    /// The elementary effects of each factor, read from trajectories in which consecutive points differ in exactly one
    /// factor: <c>EE = (y(x') − y(x)) / (x'_i − x_i)</c>, in the outcome's units per unit of the factor's whole range.
    /// Per factor: μ (the mean), μ* (the mean absolute value), σ (the standard deviation, divisor r − 1) and a 95%
    /// percentile interval of μ* from <see cref="Resamples"/> resamples of the trajectories (as SALib does), drawn from
    /// the counter-based generator keyed by (seed, resample, <see cref="RngStream.SensitivityBootstrap"/>, trajectory).
    /// </summary>
    public static MorrisIndex[] Analyze(IReadOnlyList<double[]> x, IReadOnlyList<double> y, int trajectories, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 1);
        if (x.Count != y.Count || x.Count % trajectories != 0 || x.Count / trajectories < 2)
        {
            throw new ArgumentException($"{x.Count} points and {y.Count} outputs do not make {trajectories} trajectories");
        }

        var factors = (x.Count / trajectories) - 1;
        var effects = new double[factors, trajectories];
        for (var t = 0; t < trajectories; t++)
        {
            var seen = new bool[factors];
            for (var s = 1; s <= factors; s++)
            {
                var row = (t * (factors + 1)) + s;
                var moved = -1;
                for (var i = 0; i < factors; i++)
                {
                    if (x[row][i] != x[row - 1][i])
                    {
                        moved = moved < 0 ? i : throw new ArgumentException($"point {row} differs from the one before it in more than one factor");
                    }
                }

                if (moved < 0 || seen[moved])
                {
                    throw new ArgumentException($"point {row} does not move a factor of its trajectory for the first time");
                }

                seen[moved] = true;
                effects[moved, t] = (y[row] - y[row - 1]) / (x[row][moved] - x[row - 1][moved]);
            }
        }

        var rng = new CounterRng(seed);
        var picks = new int[Resamples, trajectories];
        for (var b = 0; b < Resamples; b++)
        {
            for (var t = 0; t < trajectories; t++)
            {
                picks[b, t] = rng.Below(trajectories, b, RngStream.SensitivityBootstrap, t);
            }
        }

        var result = new MorrisIndex[factors];
        var resampled = new double[Resamples];
        for (var i = 0; i < factors; i++)
        {
            double sum = 0, absolute = 0;
            for (var t = 0; t < trajectories; t++)
            {
                sum += effects[i, t];
                absolute += Math.Abs(effects[i, t]);
            }

            var mu = sum / trajectories;
            var muStar = absolute / trajectories;
            double squares = 0;
            for (var t = 0; t < trajectories; t++)
            {
                squares += (effects[i, t] - mu) * (effects[i, t] - mu);
            }

            var sigma = trajectories > 1 ? Math.Sqrt(squares / (trajectories - 1)) : double.NaN;
            for (var b = 0; b < Resamples; b++)
            {
                double a = 0;
                for (var t = 0; t < trajectories; t++)
                {
                    a += Math.Abs(effects[i, picks[b, t]]);
                }

                resampled[b] = a / trajectories;
            }

            var (low, high) = Percentiles.Interval95(resampled);
            result[i] = new MorrisIndex(trajectories, mu, muStar, low, high, sigma);
        }

        return result;
    }

    private static double[] Grid(int[] at, int levels)
    {
        var point = new double[at.Length];
        for (var i = 0; i < at.Length; i++)
        {
            point[i] = at[i] / (double)(levels - 1);
        }

        return point;
    }
}
