namespace Westphalia.Statistics;

/// <summary>
/// The Clauset–Shalizi–Newman fit of sorted, validated data (Clauset, Shalizi &amp; Newman 2009, "Power-law
/// distributions in empirical data", SIAM Review 51(4):661–703, §3): for each candidate x_min, α by maximum
/// likelihood and the Kolmogorov–Smirnov distance between the tail and the fitted law; the candidate with the
/// smallest distance wins. Holds the scratch arrays so bootstrap replicates on one thread reuse them.
/// </summary>
/// <remarks>
/// The data are sorted once; suffix sums of ln x make α of each candidate O(1) (continuous) or one Brent
/// minimisation (discrete), and the KS distance O(n_tail). A candidate's KS scan stops as soon as its running
/// maximum reaches the best distance so far: it can no longer win, so the chosen fit is exactly that of a full scan
/// (ties go to the smaller x_min). A coarse first pass over every k-th candidate finds a good distance early, and
/// continuous candidates are first probed where the previous one deviated most; on 10^5 power-law values this
/// evaluates the model CDF about 15 times fewer than a full scan of the same candidates (the tests compare the
/// result with a naive full scan).
/// </remarks>
internal sealed class PowerLawFitter
{
    /// <summary>The discrete MLE searches α in [1 + 1e-6, 6].</summary>
    internal const double DiscreteAlphaLow = 1.0 + 1e-6;

    /// <summary>The upper end of the discrete MLE's search interval.</summary>
    internal const double DiscreteAlphaHigh = 6.0;

    /// <summary>Candidates visited by the coarse first pass.</summary>
    private const int CoarseCandidates = 64;

    /// <summary>Tail positions, as fractions of the tail, probed before a candidate's full KS scan.</summary>
    private static readonly double[] ProbeFractions = [0.5, 0.2, 0.8];

    private double[] _logs;
    private double[] _suffix;
    private int[] _candidates;

    public PowerLawFitter(int capacity)
    {
        _logs = new double[capacity];
        _suffix = new double[capacity + 1];
        _candidates = new int[capacity];
    }

    /// <summary>
    /// Fits ascending, finite, positive data (integers when <paramref name="discrete"/>). Returns null when no
    /// candidate x_min leaves a tail of at least <paramref name="minTail"/> points that yields a finite α.
    /// </summary>
    public PowerLawFit? Fit(ReadOnlySpan<double> sorted, bool discrete, int minTail, int maxCandidates)
    {
        var n = sorted.Length;
        if (n < minTail || n == 0)
        {
            return null;
        }

        EnsureCapacity(n);
        var logs = _logs.AsSpan(0, n);
        var suffix = _suffix.AsSpan(0, n + 1);

        // ln(x_i / x_0): all non-negative, which keeps the suffix sums small and Σ ln(x/x_min) free of cancellation.
        var log0 = Math.Log(sorted[0]);
        logs[0] = 0.0;
        for (var i = 1; i < n; i++)
        {
            logs[i] = sorted[i] == sorted[i - 1] ? logs[i - 1] : Math.Log(sorted[i]) - log0;
        }

        suffix[n] = 0.0;
        for (var i = n - 1; i >= 0; i--)
        {
            suffix[i] = suffix[i + 1] + logs[i];
        }

        // Candidates: the first index of each distinct value whose tail has at least minTail points.
        var candidateCount = 0;
        for (var i = 0; i <= n - minTail; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                _candidates[candidateCount++] = i;
            }
        }

        // Two passes: a coarse one over every stride-th candidate finds a good distance early, so that most
        // candidates of the fine pass are ruled out after a few probes. The result is that of a single pass.
        var scanned = Math.Min(candidateCount, maxCandidates);
        var stride = Math.Max(1, scanned / CoarseCandidates);
        var best = double.PositiveInfinity;
        var bestIndex = -1;
        var bestAlpha = double.NaN;
        var hint = -1;
        for (var pass = 0; pass < 2; pass++)
        {
            for (var c = 0; c < scanned; c++)
            {
                if ((c % stride == 0) != (pass == 0))
                {
                    continue;
                }

                var i = _candidates[Spread(c, scanned, candidateCount)];
                var m = n - i;
                var sumLogRatio = suffix[i] - (m * logs[i]); // Σ ln(x / x_min) over the tail
                if (!(sumLogRatio > 0.0))
                {
                    continue; // every tail value equals x_min: the likelihood has no maximum
                }

                // Ties go to the smaller x_min, so a candidate below the best is stopped only beyond the best.
                var bound = i < bestIndex ? Math.BitIncrement(best) : best;
                double alpha, distance;
                if (discrete)
                {
                    var xMin = sorted[i];
                    var meanLog = (suffix[i] / m) + log0;
                    var approximate = 1.0 + (m / (suffix[i] + (m * (log0 - Math.Log(xMin - 0.5)))));
                    alpha = DiscreteAlpha(xMin, meanLog, approximate);
                    distance = DiscreteKs(sorted, i, alpha, bound);
                }
                else
                {
                    alpha = 1.0 + (m / sumLogRatio);
                    distance = ContinuousKs(sorted, logs, i, alpha, bound, ref hint);
                }

                if (distance < best || (distance == best && i < bestIndex))
                {
                    best = distance;
                    bestIndex = i;
                    bestAlpha = alpha;
                }
            }
        }

        if (bestIndex < 0)
        {
            return null;
        }

        var tail = n - bestIndex;
        var standardError = discrete
            ? DiscreteStandardError(bestAlpha, sorted[bestIndex], tail)
            : (bestAlpha - 1.0) / Math.Sqrt(tail);
        return new PowerLawFit(bestAlpha, sorted[bestIndex], tail, n, best, standardError, discrete);
    }

    /// <summary>
    /// The discrete MLE of CSN eq. 3.5: α minimising −ℓ(α)/n_tail = α·mean(ln x) + ln ζ(α, x_min), by Brent's
    /// method on [1 + 1e-6, 6] started at CSN's approximation α ≈ 1 + n / Σ ln(x/(x_min − 1/2)) (eq. 3.7). The
    /// objective is convex (its second derivative is the model variance of ln x), so the minimum is unique.
    /// </summary>
    internal static double DiscreteAlpha(double xMin, double meanLog, double start)
    {
        return BrentMinimum.Find(
            static (alpha, state) => (alpha * state.MeanLog) + Math.Log(HurwitzZeta.EvaluateUnchecked(alpha, state.XMin)),
            (XMin: xMin, MeanLog: meanLog),
            DiscreteAlphaLow,
            DiscreteAlphaHigh,
            start,
            1e-9);
    }

    /// <summary>
    /// CSN eq. 3.6: σ = 1/√(n · [ζ''/ζ − (ζ'/ζ)²]), where the bracket is d²ln ζ(α, x_min)/dα², taken here by a
    /// central difference (step 1e-3, smaller near α = 1).
    /// </summary>
    internal static double DiscreteStandardError(double alpha, double xMin, int tail)
    {
        var h = Math.Min(1e-3, (alpha - 1.0) / 2.0);
        var center = Math.Log(HurwitzZeta.EvaluateUnchecked(alpha, xMin));
        var up = Math.Log(HurwitzZeta.EvaluateUnchecked(alpha + h, xMin));
        var down = Math.Log(HurwitzZeta.EvaluateUnchecked(alpha - h, xMin));
        var curvature = (up - (2.0 * center) + down) / (h * h);
        return curvature > 0.0 ? 1.0 / Math.Sqrt(tail * curvature) : double.NaN;
    }

    /// <summary>
    /// The KS distance (CSN §3.3) between the empirical CDF of sorted[start..] and the continuous power-law CDF
    /// P(x) = 1 − (x/x_min)^{−(α−1)} (CSN §2). Both sides of each jump of the empirical CDF are compared, so
    /// tied values are handled exactly. Stops early, returning a value ≥ <paramref name="bound"/>, once the
    /// distance reaches it; <paramref name="hint"/> is the index where the previous candidate's largest deviation
    /// was found, and is updated.
    /// </summary>
    /// <remarks>
    /// Before the scan, the deviation is probed at the hint and at a few fixed fractions of the tail: at any tail
    /// index j, |P(x_j) − (j − start)/m| is at most the distance, since (j − start)/m lies between the empirical
    /// CDF's values on either side of x_j even with ties. Neighbouring candidates deviate most at nearly the same
    /// data, so a candidate that cannot win is usually ruled out by one or two probes.
    /// </remarks>
    private static double ContinuousKs(ReadOnlySpan<double> sorted, ReadOnlySpan<double> logs, int start, double alpha, double bound, ref int hint)
    {
        var n = sorted.Length;
        var tail = n - start;
        var inverseTail = 1.0 / tail;
        var exponent = alpha - 1.0;
        var logMin = logs[start];
        for (var p = -1; p < ProbeFractions.Length; p++)
        {
            var j = p < 0 ? hint : start + (int)(ProbeFractions[p] * tail);
            if (j < start || j >= n)
            {
                continue;
            }

            var probe = Math.Abs(1.0 - Math.Exp(-exponent * (logs[j] - logMin)) - ((j - start) * inverseTail));
            if (probe >= bound)
            {
                hint = j;
                return probe;
            }
        }

        var distance = 0.0;
        var at = start;
        var i = start;
        while (i < n)
        {
            var value = sorted[i];
            var k = i + 1;
            while (k < n && sorted[k] == value)
            {
                k++;
            }

            var model = 1.0 - Math.Exp(-exponent * (logs[i] - logMin));
            var gap = Math.Max(Math.Abs(model - ((i - start) * inverseTail)), Math.Abs(((k - start) * inverseTail) - model));
            if (gap > distance)
            {
                distance = gap;
                at = i;
                if (distance >= bound)
                {
                    break;
                }
            }

            i = k;
        }

        hint = at;
        return distance;
    }

    /// <summary>
    /// The KS distance between the empirical CDF of integer data sorted[start..] and the discrete power-law CDF
    /// P(x) = 1 − ζ(α, x+1)/ζ(α, x_min) (CSN §2), taken over all integers x ≥ x_min: between two data values
    /// the empirical CDF is flat and the model's rises, so the supremum is at a data value or just below the next
    /// one. Stops early, like <see cref="ContinuousKs"/>.
    /// </summary>
    private static double DiscreteKs(ReadOnlySpan<double> sorted, int start, double alpha, double bound)
    {
        var n = sorted.Length;
        var inverseTail = 1.0 / (n - start);
        var xMin = sorted[start];
        var inverseZetaMin = 1.0 / HurwitzZeta.EvaluateUnchecked(alpha, xMin);
        var distance = 0.0;
        var previous = 0.0; // the empirical CDF just below the current value
        var j = start;
        while (j < n)
        {
            var value = sorted[j];
            var k = j + 1;
            while (k < n && sorted[k] == value)
            {
                k++;
            }

            // P(X ≥ value); the model CDF at value − 1 is 1 − that, and at value adds P(X = value).
            var survival = j == start ? 1.0 : HurwitzZeta.EvaluateUnchecked(alpha, value) * inverseZetaMin;
            var modelBelow = 1.0 - survival;
            var modelAt = modelBelow + (Math.Pow(value, -alpha) * inverseZetaMin);
            var empirical = (k - start) * inverseTail;
            distance = Math.Max(distance, Math.Max(Math.Abs(previous - modelBelow), Math.Abs(empirical - modelAt)));
            if (distance >= bound)
            {
                return distance;
            }

            previous = empirical;
            j = k;
        }

        return distance;
    }

    /// <summary>The c-th of <paramref name="count"/> indices spread evenly over [0, total), first and last included.</summary>
    private static int Spread(int c, int count, int total) =>
        count >= total ? c : count == 1 ? 0 : (int)((long)c * (total - 1) / (count - 1));

    private void EnsureCapacity(int n)
    {
        if (_logs.Length < n)
        {
            _logs = new double[n];
            _suffix = new double[n + 1];
            _candidates = new int[n];
        }
    }
}
