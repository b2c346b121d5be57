using Westphalia.Randomness;

namespace Westphalia.Laboratory;

/// <summary>
/// Sobol' indices by Saltelli's scheme (Saltelli 2002, "Making best use of model evaluations to compute sensitivity
/// indices", Comput. Phys. Commun. 145, 280–297; Saltelli et al. 2010, "Variance based sensitivity analysis of model
/// output. Design and estimator for the total sensitivity index", Comput. Phys. Commun. 181, 259–270): two base
/// matrices A and B of N points each, and for each factor i the matrix A with column i taken from B. First-order
/// indices by Saltelli et al. (2010)'s estimator, total-order indices by Jansen's (1999). Sampling and analysis are
/// pure functions over the unit cube, apart from the running of any model.
/// </summary>
public static class Saltelli
{
    /// <summary>Bootstrap resamples for the indices' intervals.</summary>
    public const int Resamples = 1000;

    /// <summary>The most factors: A and B take two dimensions of the Sobol' sequence each.</summary>
    public const int MaxFactors = SobolSequence.MaxDimensions / 2;

    /// <summary>The rows per base sample: A, then A with each factor from B, then B.</summary>
    public static int RowsPerSample(int factors) => factors + 2;

    /// <summary>
    /// <c>samples × (factors + 2)</c> points: for base sample j, row <c>j(k + 2)</c> is A_j, row <c>j(k + 2) + 1 + i</c> is
    /// A_j with factor i from B_j, and row <c>j(k + 2) + k + 1</c> is B_j. A_j and B_j are point j of a Sobol' sequence
    /// in 2k dimensions (<see cref="SobolSequence"/>; A the first k, B the last k), from point 0.
    /// </summary>
    public static double[][] Sample(int samples, int factors)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(factors, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(factors, MaxFactors);
        var basePoints = SobolSequence.Points(samples, 2 * factors);
        var rows = new double[samples * RowsPerSample(factors)][];
        for (var j = 0; j < samples; j++)
        {
            var a = basePoints[j][..factors];
            var b = basePoints[j][factors..];
            var first = j * RowsPerSample(factors);
            rows[first] = a;
            for (var i = 0; i < factors; i++)
            {
                var ab = (double[])a.Clone();
                ab[i] = b[i];
                rows[first + 1 + i] = ab;
            }

            rows[first + factors + 1] = b;
        }

        return rows;
    }

    /// <summary>
    /// The indices from the outputs at <see cref="Sample"/>'s points, in its order. With V the variance of the outputs
    /// at A and B together (divisor 2N): <c>S1_i = mean_j f(B)_j (f(A_B^i)_j − f(A)_j) / V</c> and
    /// <c>ST_i = mean_j (f(A)_j − f(A_B^i)_j)² / (2V)</c>. The 95% intervals are percentile intervals from
    /// <see cref="Resamples"/> resamples of the base samples j (V recomputed in each), drawn from the counter-based
    /// generator keyed by (seed, resample, <see cref="RngStream.SensitivityBootstrap"/>, sample). An output that does
    /// not vary has no indices (NaN).
    /// </summary>
    public static SobolIndex[] Analyze(IReadOnlyList<double> y, int samples, int factors, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(y);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(factors, 1);
        var width = RowsPerSample(factors);
        if (y.Count != samples * width)
        {
            throw new ArgumentException($"{y.Count} outputs; {samples} samples of {factors} factors make {samples * width}");
        }

        var all = Enumerable.Range(0, samples).ToArray();
        var rng = new CounterRng(seed);
        var picks = new int[samples];
        var s1 = new double[factors][];
        var st = new double[factors][];
        for (var i = 0; i < factors; i++)
        {
            s1[i] = new double[Resamples];
            st[i] = new double[Resamples];
        }

        for (var r = 0; r < Resamples; r++)
        {
            for (var j = 0; j < samples; j++)
            {
                picks[j] = rng.Below(samples, r, RngStream.SensitivityBootstrap, j);
            }

            var estimate = Estimate(y, picks, factors);
            for (var i = 0; i < factors; i++)
            {
                s1[i][r] = estimate[i].S1;
                st[i][r] = estimate[i].ST;
            }
        }

        var point = Estimate(y, all, factors);
        var result = new SobolIndex[factors];
        for (var i = 0; i < factors; i++)
        {
            var (s1Low, s1High) = Percentiles.Interval95(s1[i]);
            var (stLow, stHigh) = Percentiles.Interval95(st[i]);
            result[i] = new SobolIndex(point[i].S1, s1Low, s1High, point[i].ST, stLow, stHigh);
        }

        return result;
    }

    /// <summary>The estimators over the base samples listed (with repeats, for a resample).</summary>
    private static (double S1, double ST)[] Estimate(IReadOnlyList<double> y, int[] samples, int factors)
    {
        var width = RowsPerSample(factors);
        var n = samples.Length;
        double mean = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var j in samples)
        {
            mean += y[j * width] + y[(j * width) + factors + 1];
            min = Math.Min(min, Math.Min(y[j * width], y[(j * width) + factors + 1]));
            max = Math.Max(max, Math.Max(y[j * width], y[(j * width) + factors + 1]));
        }

        mean /= 2 * n;
        double variance = 0;
        foreach (var j in samples)
        {
            var a = y[j * width] - mean;
            var b = y[(j * width) + factors + 1] - mean;
            variance += (a * a) + (b * b);
        }

        variance /= 2 * n;
        var result = new (double, double)[factors];
        for (var i = 0; i < factors; i++)
        {
            double first = 0, total = 0;
            foreach (var j in samples)
            {
                var fa = y[j * width];
                var fb = y[(j * width) + factors + 1];
                var fab = y[(j * width) + 1 + i];
                first += fb * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }

            result[i] = max > min && variance > 0 ? (first / n / variance, total / (2 * n) / variance) : (double.NaN, double.NaN);
        }

        return result;
    }
}
