using System.Globalization;
using Westphalia.Randomness;

namespace Westphalia.Statistics;

/// <summary>
/// Fits and tests power-law tails by the method of Clauset, Shalizi &amp; Newman 2009, "Power-law distributions in
/// empirical data", SIAM Review 51(4):661–703 (CSN): α by maximum likelihood, x_min by the smallest
/// Kolmogorov–Smirnov distance, uncertainty by the nonparametric bootstrap, and plausibility by the semi-parametric
/// bootstrap goodness-of-fit test.
/// </summary>
/// <remarks>
/// Random numbers come from <see cref="CounterRng"/> on <see cref="RngStream.Statistics"/>, keyed by
/// <see cref="PowerLawOptions.Seed"/>, with the replicate as the tick and the sample index as the entity. Every
/// replicate is therefore a pure function of (seed, replicate, data), and results are identical for any number of
/// threads (on one platform: Math.Exp, Math.Log and Math.Pow come from the runtime's math library). Cost: a fit is O(n log n) to sort plus, per candidate x_min, O(1) (continuous) or one Brent search
/// (discrete) for α and at most O(n_tail) for the KS distance; candidates are capped at
/// <see cref="PowerLawOptions.MaxCandidates"/>. Bootstrap and goodness of fit cost one fit per replicate.
/// </remarks>
public static class PowerLaw
{
    /// <summary>The index word of bootstrap resampling draws.</summary>
    private const uint BootstrapSlot = 0;

    /// <summary>The index word of the goodness-of-fit draw that picks the tail or the body.</summary>
    private const uint ChoiceSlot = 1;

    /// <summary>The index word of the goodness-of-fit draw that gives the value.</summary>
    private const uint ValueSlot = 2;

    /// <summary>The index word of <see cref="Sample"/>.</summary>
    private const uint SampleSlot = 3;

    /// <summary>Beyond 2^52 doubles no longer resolve every integer, so discrete inversion stops refining there.</summary>
    private const double IntegerResolution = 4503599627370496.0;

    /// <summary>
    /// Fits a power law to the tail of <paramref name="data"/> (CSN §3): for every candidate x_min (each distinct
    /// data value leaving at least <see cref="PowerLawOptions.MinTail"/> points at or above it), α̂ by maximum
    /// likelihood — α̂ = 1 + n / Σ ln(x_i/x_min) for continuous data (CSN eq. 3.1), the maximiser of
    /// −n ln ζ(α, x_min) − α Σ ln x_i for discrete data (CSN eq. 3.5) — and the KS distance between the tail and the
    /// fitted law; the candidate with the smallest distance is returned (CSN §3.3).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The data are empty, hold a non-positive or non-finite value (or a non-integer when discrete), are fewer than
    /// <see cref="PowerLawOptions.MinTail"/>, or leave no tail with distinct values.
    /// </exception>
    public static PowerLawFit Fit(ReadOnlySpan<double> data, PowerLawOptions? options = null)
    {
        options ??= PowerLawOptions.Default;
        var sorted = Prepare(data, options);
        return FitPrepared(sorted, new PowerLawFitter(sorted.Length), options);
    }

    /// <summary>
    /// Nonparametric bootstrap of the fit, as CSN use for the uncertainties they quote (Efron &amp; Tibshirani 1993,
    /// "An Introduction to the Bootstrap", ch. 13): <see cref="PowerLawOptions.Replicates"/> data sets of n values
    /// drawn with replacement from the data, each refitted in full (x_min and α). Returns the percentile interval for α at
    /// <see cref="PowerLawOptions.Confidence"/> (quantiles interpolated as Hyndman &amp; Fan 1996 type 7), the
    /// standard deviation of α̂, and the mean and standard deviation of x̂_min.
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="Fit"/>.</exception>
    public static PowerLawUncertainty Bootstrap(ReadOnlySpan<double> data, PowerLawOptions? options = null)
    {
        options ??= PowerLawOptions.Default;
        var sorted = Prepare(data, options);
        var n = sorted.Length;
        var fit = FitPrepared(sorted, new PowerLawFitter(n), options);
        var rng = new CounterRng(options.Seed);
        var replicates = options.Replicates;
        var alphas = new double[replicates];
        var xMins = new double[replicates];
        RunReplicates(options, n, (replicate, workspace) =>
        {
            // Drawing indices into the sorted data and expanding the counts gives the resample already sorted.
            var counts = workspace.Counts;
            Array.Clear(counts, 0, n);
            for (var i = 0; i < n; i++)
            {
                counts[rng.Below(n, replicate, RngStream.Statistics, i, BootstrapSlot)]++;
            }

            var sample = workspace.Sample;
            var k = 0;
            for (var j = 0; j < n; j++)
            {
                for (var c = counts[j]; c > 0; c--)
                {
                    sample[k++] = sorted[j];
                }
            }

            var refit = workspace.Fitter.Fit(sample.AsSpan(0, n), options.Discrete, options.MinTail, options.MaxCandidates);
            alphas[replicate] = refit?.Alpha ?? double.NaN;
            xMins[replicate] = refit?.XMin ?? double.NaN;
        });

        var validAlphas = alphas.Where(double.IsFinite).ToArray();
        var validXMins = xMins.Where(double.IsFinite).ToArray();
        Array.Sort(validAlphas);
        var tailShare = (1.0 - options.Confidence) / 2.0;
        return new PowerLawUncertainty(
            fit,
            Quantile(validAlphas, tailShare),
            Quantile(validAlphas, 1.0 - tailShare),
            StandardDeviation(validAlphas),
            validXMins.Length > 0 ? validXMins.Average() : double.NaN,
            StandardDeviation(validXMins),
            options.Confidence,
            validAlphas.Length,
            alphas,
            xMins);
    }

    /// <summary>
    /// The semi-parametric bootstrap goodness-of-fit test of CSN §4.1. After fitting the data (x̂_min, α̂, n_tail,
    /// KS distance D), each of <see cref="PowerLawOptions.Replicates"/> synthetic data sets of n values takes each
    /// value, with probability n_tail/n, from the fitted power law above x̂_min (by inversion, exact for discrete
    /// data) and otherwise uniformly from the observed values below x̂_min; it is refitted in full (x_min included)
    /// and its KS distance compared with D. The p-value is the share of synthetic distances ≥ D; CSN rule the power
    /// law out when p ≤ 0.1.
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="Fit"/>.</exception>
    public static PowerLawGoodnessOfFit GoodnessOfFit(ReadOnlySpan<double> data, PowerLawOptions? options = null)
    {
        options ??= PowerLawOptions.Default;
        var sorted = Prepare(data, options);
        var n = sorted.Length;
        var fit = FitPrepared(sorted, new PowerLawFitter(n), options);
        var rng = new CounterRng(options.Seed);
        var bodyCount = n - fit.TailCount;
        var tailShare = (double)fit.TailCount / n;
        var distances = new double[options.Replicates];
        RunReplicates(options, n, (replicate, workspace) =>
        {
            var sample = workspace.Sample;
            for (var i = 0; i < n; i++)
            {
                var choice = rng.Uniform(replicate, RngStream.Statistics, i, ChoiceSlot);
                var u = rng.Uniform(replicate, RngStream.Statistics, i, ValueSlot);
                sample[i] = choice < tailShare
                    ? options.Discrete ? DiscreteQuantile(fit.Alpha, fit.XMin, u) : ContinuousQuantile(fit.Alpha, fit.XMin, u)
                    : sorted[(int)(u * bodyCount)];
            }

            Array.Sort(sample, 0, n);
            var refit = workspace.Fitter.Fit(sample.AsSpan(0, n), options.Discrete, options.MinTail, options.MaxCandidates);
            distances[replicate] = refit?.KsDistance ?? double.NaN;
        });

        var valid = 0;
        var atLeastAsFar = 0;
        foreach (var distance in distances)
        {
            if (double.IsFinite(distance))
            {
                valid++;
                if (distance >= fit.KsDistance)
                {
                    atLeastAsFar++;
                }
            }
        }

        return new PowerLawGoodnessOfFit(fit, valid > 0 ? (double)atLeastAsFar / valid : double.NaN, atLeastAsFar, valid);
    }

    /// <summary>
    /// The quantile of the continuous power law with exponent <paramref name="alpha"/> &gt; 1 above
    /// <paramref name="xMin"/> &gt; 0 at u ∈ [0, 1): x = x_min (1 − u)^{−1/(α−1)} (CSN Appendix D).
    /// </summary>
    public static double ContinuousQuantile(double alpha, double xMin, double u)
    {
        CheckLaw(alpha, xMin, u);
        return xMin * Math.Pow(1.0 - u, -1.0 / (alpha - 1.0));
    }

    /// <summary>
    /// CSN's approximate quantile of the discrete power law (CSN Appendix D):
    /// x = ⌊(x_min − 1/2)(1 − u)^{−1/(α−1)} + 1/2⌋, a rounded continuous power law. Its error in the distribution
    /// shrinks as x_min grows but is noticeable at small x_min; <see cref="DiscreteQuantile"/> is exact.
    /// </summary>
    public static double DiscreteQuantileApproximate(double alpha, double xMin, double u)
    {
        CheckLaw(alpha, xMin, u);
        CheckInteger(xMin);
        return Math.Max(xMin, Math.Floor(((xMin - 0.5) * Math.Pow(1.0 - u, -1.0 / (alpha - 1.0))) + 0.5));
    }

    /// <summary>
    /// The exact quantile of the discrete power law p(x) = x^−α / ζ(α, x_min) at u ∈ [0, 1): the largest integer
    /// x ≥ x_min with P(X ≥ x) = ζ(α, x)/ζ(α, x_min) ≥ 1 − u (the inversion of CSN Appendix D, done by
    /// search). The search starts from <see cref="DiscreteQuantileApproximate"/>, brackets by doubling and
    /// bisects, so it needs a few Hurwitz zeta evaluations. Where the quantile lies near or above 2^52 (α near 1 and u
    /// near 1), doubles no longer hold every integer and the result is approximate: the approximation when it lies
    /// above 2^52, otherwise the last point the search reached, whose survival still reaches 1 − u.
    /// </summary>
    public static double DiscreteQuantile(double alpha, double xMin, double u)
    {
        var guess = DiscreteQuantileApproximate(alpha, xMin, u);
        if (guess >= IntegerResolution)
        {
            return guess;
        }

        var target = 1.0 - u;
        var inverseZetaMin = 1.0 / HurwitzZeta.EvaluateUnchecked(alpha, xMin);
        double Survival(double x) => x <= xMin ? 1.0 : HurwitzZeta.EvaluateUnchecked(alpha, x) * inverseZetaMin;

        // Invariant once bracketed: Survival(low) ≥ target > Survival(high).
        double low, high, step = 1.0;
        if (Survival(guess) >= target)
        {
            low = guess;
            high = low + step;
            while (Survival(high) >= target)
            {
                low = high;
                step *= 2.0;
                high = low + step;
                if (high >= IntegerResolution)
                {
                    return low;
                }
            }
        }
        else
        {
            high = guess;
            low = Math.Max(xMin, high - step);
            while (Survival(low) < target)
            {
                high = low;
                step *= 2.0;
                low = Math.Max(xMin, high - step);
            }
        }

        while (high - low > 1.0)
        {
            var middle = Math.Floor(low + ((high - low) / 2.0));
            if (Survival(middle) >= target)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// <paramref name="count"/> independent draws from the continuous (<see cref="ContinuousQuantile"/>) or
    /// discrete (<see cref="DiscreteQuantile"/>) power law, the i-th from the counter (seed, tick =
    /// <paramref name="replicate"/>, <see cref="RngStream.Statistics"/>, entity = i).
    /// </summary>
    public static double[] Sample(int count, double alpha, double xMin, bool discrete, ulong seed, int replicate = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        CheckLaw(alpha, xMin, 0.0);
        if (discrete)
        {
            CheckInteger(xMin);
        }

        var rng = new CounterRng(seed);
        var result = new double[count];
        for (var i = 0; i < count; i++)
        {
            var u = rng.Uniform(replicate, RngStream.Statistics, i, SampleSlot);
            result[i] = discrete ? DiscreteQuantile(alpha, xMin, u) : ContinuousQuantile(alpha, xMin, u);
        }

        return result;
    }

    /// <summary>Checks the options and the data and returns the data sorted ascending.</summary>
    private static double[] Prepare(ReadOnlySpan<double> data, PowerLawOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (data.IsEmpty)
        {
            throw new ArgumentException(Text($"The data are empty: a power-law fit needs at least MinTail = {options.MinTail} positive values."), nameof(data));
        }

        for (var i = 0; i < data.Length; i++)
        {
            var x = data[i];
            if (!double.IsFinite(x) || x <= 0.0)
            {
                throw new ArgumentException(Text($"data[{i}] is {x}: a power law is defined only for finite positive values."), nameof(data));
            }

            if (options.Discrete && x != Math.Floor(x))
            {
                throw new ArgumentException(Text($"data[{i}] is {x}: the discrete power law needs positive integers."), nameof(data));
            }
        }

        if (data.Length < options.MinTail)
        {
            throw new ArgumentException(Text($"There are {data.Length} values, fewer than MinTail = {options.MinTail}: too few for a power-law tail."), nameof(data));
        }

        var sorted = data.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static PowerLawFit FitPrepared(double[] sorted, PowerLawFitter fitter, PowerLawOptions options) =>
        fitter.Fit(sorted, options.Discrete, options.MinTail, options.MaxCandidates)
        ?? throw new ArgumentException(
            Text($"No candidate x_min leaves a tail of at least MinTail = {options.MinTail} values that are not all equal: too few tail points to fit a power law."),
            "data");

    /// <summary>Runs replicates 0..R−1, in parallel when allowed, each on a per-thread workspace.</summary>
    private static void RunReplicates(PowerLawOptions options, int n, Action<int, ReplicateWorkspace> body)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        Parallel.For(
            0,
            options.Replicates,
            parallel,
            () => new ReplicateWorkspace(n),
            (replicate, _, workspace) =>
            {
                body(replicate, workspace);
                return workspace;
            },
            static _ => { });
    }

    /// <summary>The q-quantile of ascending values, interpolated linearly (Hyndman &amp; Fan 1996, type 7).</summary>
    private static double Quantile(double[] ascending, double q)
    {
        if (ascending.Length == 0)
        {
            return double.NaN;
        }

        var position = q * (ascending.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, ascending.Length - 1);
        return ascending[below] + ((position - below) * (ascending[above] - ascending[below]));
    }

    /// <summary>The sample standard deviation (divisor n − 1), summed in order; NaN for fewer than two values.</summary>
    private static double StandardDeviation(double[] values)
    {
        if (values.Length < 2)
        {
            return double.NaN;
        }

        var mean = values.Average();
        var sumSquares = 0.0;
        foreach (var v in values)
        {
            sumSquares += (v - mean) * (v - mean);
        }

        return Math.Sqrt(sumSquares / (values.Length - 1));
    }

    private static void CheckLaw(double alpha, double xMin, double u)
    {
        if (!(alpha > 1.0) || !double.IsFinite(alpha))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "A power law needs a finite exponent alpha > 1.");
        }

        if (!(xMin > 0.0) || !double.IsFinite(xMin))
        {
            throw new ArgumentOutOfRangeException(nameof(xMin), xMin, "A power law needs a finite lower bound xMin > 0.");
        }

        if (!(u >= 0.0 && u < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(u), u, "The probability u must lie in [0, 1).");
        }
    }

    private static void CheckInteger(double xMin)
    {
        if (xMin != Math.Floor(xMin))
        {
            throw new ArgumentOutOfRangeException(nameof(xMin), xMin, "The discrete power law needs an integer xMin.");
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Scratch arrays for replicates run on one thread.</summary>
    private sealed class ReplicateWorkspace(int n)
    {
        public double[] Sample { get; } = new double[n];

        public int[] Counts { get; } = new int[n];

        public PowerLawFitter Fitter { get; } = new(n);
    }
}
