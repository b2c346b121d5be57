using System.Globalization;

namespace Westphalia.Statistics;

/// <summary>
/// Maximum-likelihood logistic regression (the logit model), P(y = 1 | x) = 1 / (1 + exp(−(β₀ + Σ βⱼ xⱼ))), as
/// Fearon &amp; Laitin 2003 ("Ethnicity, insurgency, and civil war", APSR 97(1):75–90, Table 1) use for civil-war
/// onset on country-years. Estimated by Newton–Raphson on the log-likelihood (equivalently iteratively reweighted
/// least squares; McCullagh &amp; Nelder 1989, "Generalized Linear Models", 2nd ed., §4.4), with step halving,
/// and with standard errors from the inverse of the observed information matrix.
/// </summary>
/// <remarks>
/// Deterministic: every sum runs over the observations in order on one thread, and nothing is random, so the same
/// data give bit-identical results (on one platform: Math.Exp and Math.Log come from the runtime's math library).
/// Cost: O(n p²) per iteration for n observations and p parameters, plus O(p³) for the Newton system.
/// </remarks>
public static class LogisticRegression
{
    /// <summary>The name the estimator gives the constant (intercept) it adds as the first parameter.</summary>
    public const string ConstantName = "constant";

    /// <summary>The most times a Newton step is halved to find a higher log-likelihood.</summary>
    private const int MaxHalvings = 40;

    /// <summary>
    /// The smallest pivot accepted in the Cholesky factor of the information matrix scaled to a unit diagonal: a
    /// smaller one means some column is, to about 12 digits, a combination of the others.
    /// </summary>
    private const double PivotThreshold = 1e-12;

    /// <summary>
    /// A fitted probability this close to the observed outcome (0 or 1) counts as perfectly predicted when a fit
    /// that failed is diagnosed for separation.
    /// </summary>
    private const double PerfectPrediction = 1e-10;

    /// <summary>1/√π.</summary>
    private const double InverseSqrtPi = 0.5641895835477563;

    /// <summary>
    /// Fits the logit of <paramref name="y"/> on a constant and the columns of <paramref name="x"/> by maximum
    /// likelihood. Newton–Raphson starts from the null model (every slope 0, the constant at logit(ȳ)); each step
    /// solves I(β) δ = U(β) for the score U = Σ (yᵢ − pᵢ) xᵢ and the information I = Σ pᵢ(1 − pᵢ) xᵢ xᵢᵀ by Cholesky,
    /// and is halved until the log-likelihood does not fall. The fit has converged when the Newton decrement
    /// Uᵀ I⁻¹ U (about twice the log-likelihood still to gain) is at most <paramref name="tolerance"/> and the step
    /// moves no coefficient by more than √<paramref name="tolerance"/> relative to 1 + |βⱼ| (both measured with
    /// the covariate scaled by its largest absolute value); one last full Newton step is then taken.
    /// </summary>
    /// <remarks>
    /// When the maximum-likelihood estimate does not exist the fit is returned with
    /// <see cref="LogitFit.Converged"/> false and a <see cref="LogitFit.Message"/> that says why, rather than an
    /// exception: under complete or quasi-complete separation (Albert &amp; Anderson 1984, Biometrika 71(1):1–10)
    /// the log-likelihood keeps rising as some coefficients go to ±∞, so the Newton steps stop shrinking; the
    /// message then counts the observations whose outcome is perfectly predicted. Collinear covariates make the
    /// information matrix singular. The numbers of a fit that has not converged are those of the last iterate and
    /// should not be interpreted; its standard errors are NaN when the information matrix there is singular.
    /// </remarks>
    /// <param name="x">
    /// The covariates, one row per observation and one column per covariate, without a column for the constant.
    /// </param>
    /// <param name="y">The outcome of each observation (true = 1, the event: e.g. the onset of a civil war).</param>
    /// <param name="names">The covariates' names, one per column of <paramref name="x"/>, distinct.</param>
    /// <param name="maxIterations">The most Newton steps taken, at least 1.</param>
    /// <param name="tolerance">The convergence tolerance (see above), positive and below 1.</param>
    /// <exception cref="ArgumentException">
    /// The rows of <paramref name="x"/> and the outcomes differ in number; a covariate value is NaN or infinite; the
    /// outcomes are all 0 or all 1; the names do not match the columns, repeat, are empty or use
    /// <see cref="ConstantName"/>; or <paramref name="maxIterations"/> or <paramref name="tolerance"/> is out of range.
    /// </exception>
    public static LogitFit Fit(double[,] x, ReadOnlySpan<bool> y, IReadOnlyList<string> names, int maxIterations = 50, double tolerance = 1e-10)
    {
        var (events, scales) = Validate(x, y, names, maxIterations, tolerance);
        var n = y.Length;
        var p = scales.Length;
        var beta = new double[p];
        var trial = new double[p];
        var step = new double[p];
        var row = new double[p];
        var gradient = new double[p];
        var information = new double[p * p];
        var factor = new double[p * p];
        var equilibration = new double[p];
        var stepTolerance = Math.Sqrt(tolerance);

        var nullLogLikelihood = (events * Math.Log((double)events / n)) + ((n - events) * Math.Log((double)(n - events) / n));
        beta[0] = Math.Log((double)events / (n - events));
        var logLikelihood = Evaluate(x, y, beta, row, gradient, information);
        var iterations = 0;
        var converged = false;
        var factored = true;
        string message;
        while (true)
        {
            if (!Factor(information, factor, equilibration, p))
            {
                factored = false;
                converged = false;
                message = iterations == 0
                    ? "The information matrix is singular at the start: a covariate does not vary, or the covariates and the constant are collinear."
                    : Text($"The information matrix became singular at Newton step {iterations}.") + Separation(x, y, beta, row);
                break;
            }

            if (converged)
            {
                message = Text($"Converged (Newton steps: {iterations}).");
                break;
            }

            Solve(factor, equilibration, gradient, step, p);
            var decrement = Dot(gradient, step);
            if (decrement <= tolerance && RelativeStep(beta, step, scales) <= stepTolerance)
            {
                converged = true;
                if (iterations == maxIterations)
                {
                    message = Text($"Converged (Newton steps: {iterations}).");
                    break;
                }

                // Inside the quadratic region: one more full step leaves the score at rounding level.
                for (var j = 0; j < p; j++)
                {
                    beta[j] += step[j];
                }

                logLikelihood = Evaluate(x, y, beta, row, gradient, information);
                iterations++;
                continue;
            }

            if (iterations == maxIterations)
            {
                message = Text($"Did not converge within maxIterations = {maxIterations} Newton steps.") + Separation(x, y, beta, row);
                break;
            }

            // Rounding of a sum of n terms may make an exact maximum look slightly lower; a fall that small is no fall.
            var slack = 1e-12 * (1.0 + Math.Abs(logLikelihood));
            var length = 1.0;
            var improved = false;
            for (var halving = 0; halving <= MaxHalvings; halving++)
            {
                for (var j = 0; j < p; j++)
                {
                    trial[j] = beta[j] + (length * step[j]);
                }

                if (LogLikelihood(x, y, trial, row) >= logLikelihood - slack)
                {
                    improved = true;
                    break;
                }

                length *= 0.5;
            }

            if (!improved)
            {
                message = Text($"The log-likelihood did not rise along Newton step {iterations + 1}, even halved {MaxHalvings} times.")
                    + Separation(x, y, beta, row);
                break;
            }

            Array.Copy(trial, beta, p);
            logLikelihood = Evaluate(x, y, beta, row, gradient, information);
            iterations++;
        }

        var allNames = new string[p];
        allNames[0] = ConstantName;
        var standardErrors = new double[p];
        var zValues = new double[p];
        var pValues = new double[p];
        for (var j = 0; j < p; j++)
        {
            if (j > 0)
            {
                allNames[j] = names[j - 1];
            }

            if (factored)
            {
                Array.Clear(row);
                row[j] = 1.0;
                Solve(factor, equilibration, row, step, p);
                standardErrors[j] = Math.Sqrt(step[j]);
            }
            else
            {
                standardErrors[j] = double.NaN;
            }

            zValues[j] = beta[j] / standardErrors[j];
            pValues[j] = TwoSidedPValue(zValues[j]);
        }

        return new LogitFit(
            Array.AsReadOnly(allNames),
            Array.AsReadOnly(beta),
            Array.AsReadOnly(standardErrors),
            Array.AsReadOnly(zValues),
            Array.AsReadOnly(pValues),
            logLikelihood,
            nullLogLikelihood,
            n,
            events,
            iterations,
            converged,
            message);
    }

    /// <summary>
    /// The logistic probability 1 / (1 + exp(−η)) of the linear predictor η = β₀ + Σⱼ βⱼ xⱼ, where
    /// <paramref name="coefficients"/> holds the constant first and then one coefficient per value of
    /// <paramref name="row"/> (the order of <see cref="LogitFit.Coefficients"/>). Computed without overflow for
    /// any finite η.
    /// </summary>
    /// <exception cref="ArgumentException">The row does not hold one value per coefficient after the constant.</exception>
    public static double Probability(IReadOnlyList<double> coefficients, ReadOnlySpan<double> row)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Count != row.Length + 1)
        {
            throw new ArgumentException(
                Text($"The row holds {row.Length} values but there are {coefficients.Count} coefficients: a row needs one value per coefficient after the constant."),
                nameof(row));
        }

        var eta = coefficients[0];
        for (var j = 0; j < row.Length; j++)
        {
            eta += coefficients[j + 1] * row[j];
        }

        return Logistic(eta);
    }

    /// <summary>
    /// The complementary error function erfc(x) = 1 − erf(x) = (2/√π) ∫ₓ^∞ e^{−t²} dt, to about 1e-13 relative:
    /// for 0 ≤ x &lt; 2 as 1 − erf(x) with erf(x) = (2x/√π) e^{−x²} Σₙ (2x²)ⁿ / (1·3·…·(2n+1)), a series of positive
    /// terms (Abramowitz &amp; Stegun 7.1.6); for x ≥ 2 by Laplace's continued fraction
    /// erfc(x) = (e^{−x²}/√π) / (x + (1/2)/(x + 1/(x + (3/2)/(x + …)))) (A&amp;S 7.1.14, DLMF 7.9.2), evaluated by
    /// the modified Lentz method; erfc(−x) = 2 − erfc(x).
    /// </summary>
    internal static double Erfc(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        if (x < 0.0)
        {
            return 2.0 - Erfc(-x);
        }

        if (x < 2.0)
        {
            var twoXSquared = 2.0 * x * x;
            var sum = 1.0;
            var term = 1.0;
            for (var k = 1; term > 1e-17 * sum; k++)
            {
                term *= twoXSquared / ((2 * k) + 1);
                sum += term;
            }

            return 1.0 - (2.0 * x * InverseSqrtPi * Math.Exp(-x * x) * sum);
        }

        if (x > 27.3)
        {
            return 0.0; // e^{−x²} underflows.
        }

        // Lentz: f = x + a₁/(x + a₂/(x + …)) with aₖ = k/2; C and D never vanish since x > 0 and aₖ > 0.
        var f = x;
        var c = x;
        var d = 0.0;
        for (var k = 1; k < 1_000; k++)
        {
            var a = 0.5 * k;
            d = 1.0 / (x + (a * d));
            c = x + (a / c);
            var delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1.0) < 1e-16)
            {
                break;
            }
        }

        return Math.Exp(-x * x) * InverseSqrtPi / f;
    }

    /// <summary>The two-sided normal p-value P(|Z| ≥ |z|) = erfc(|z|/√2); NaN for NaN.</summary>
    internal static double TwoSidedPValue(double z) => Erfc(Math.Abs(z) / Math.Sqrt(2.0));

    /// <summary>
    /// Checks the arguments and returns the number of events and, per parameter, the scale used to measure steps:
    /// 1 for the constant, the largest absolute value for a covariate (1 if it is all zeros).
    /// </summary>
    private static (int Events, double[] Scales) Validate(double[,] x, ReadOnlySpan<bool> y, IReadOnlyList<string> names, int maxIterations, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        if (!(tolerance > 0.0 && tolerance < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must lie strictly between 0 and 1.");
        }

        var n = x.GetLength(0);
        var columns = x.GetLength(1);
        if (n != y.Length)
        {
            throw new ArgumentException(Text($"x has {n} rows but there are {y.Length} outcomes: each observation needs one row and one outcome."), nameof(y));
        }

        if (names.Count != columns)
        {
            throw new ArgumentException(Text($"x has {columns} columns but there are {names.Count} names: each covariate needs one name."), nameof(names));
        }

        for (var j = 0; j < columns; j++)
        {
            var name = names[j];
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException(Text($"names[{j}] is empty: each covariate needs a name."), nameof(names));
            }

            if (string.Equals(name, ConstantName, StringComparison.Ordinal))
            {
                throw new ArgumentException(Text($"names[{j}] is '{ConstantName}', the name of the constant the estimator adds: leave the constant out of x."), nameof(names));
            }

            for (var k = 0; k < j; k++)
            {
                if (string.Equals(names[k], name, StringComparison.Ordinal))
                {
                    throw new ArgumentException(Text($"names[{k}] and names[{j}] are both '{name}': covariate names must be distinct."), nameof(names));
                }
            }
        }

        var scales = new double[columns + 1];
        scales[0] = 1.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var value = x[i, j];
                if (!double.IsFinite(value))
                {
                    throw new ArgumentException(Text($"x[{i}, {j}] ({names[j]}) is {value}: covariates must be finite."), nameof(x));
                }

                scales[j + 1] = Math.Max(scales[j + 1], Math.Abs(value));
            }
        }

        for (var j = 1; j <= columns; j++)
        {
            if (scales[j] == 0.0)
            {
                scales[j] = 1.0;
            }
        }

        var events = 0;
        foreach (var outcome in y)
        {
            if (outcome)
            {
                events++;
            }
        }

        if (events == 0 || events == n)
        {
            throw new ArgumentException(
                Text($"All {n} outcomes are {(events == 0 ? 0 : 1)}: a logit needs at least one 0 and one 1."),
                nameof(y));
        }

        return (events, scales);
    }

    /// <summary>
    /// The log-likelihood at <paramref name="beta"/>, with the score into <paramref name="gradient"/> and the
    /// information matrix (row-major, p × p) into <paramref name="information"/>.
    /// </summary>
    private static double Evaluate(double[,] x, ReadOnlySpan<bool> y, double[] beta, double[] row, double[] gradient, double[] information)
    {
        var p = beta.Length;
        Array.Clear(gradient);
        Array.Clear(information);
        var logLikelihood = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            var eta = Predictor(x, i, beta, row);
            var e = Math.Exp(-Math.Abs(eta));
            var softplus = Log1P(e); // log(1 + e^{−|η|})
            var inverse = 1.0 / (1.0 + e);
            var high = inverse; // the larger of p and 1 − p
            var low = e * inverse; // the smaller
            double residual;
            if (y[i])
            {
                logLikelihood -= Math.Max(-eta, 0.0) + softplus;
                residual = eta >= 0.0 ? low : high; // 1 − p
            }
            else
            {
                logLikelihood -= Math.Max(eta, 0.0) + softplus;
                residual = eta >= 0.0 ? -high : -low; // −p
            }

            var weight = high * low; // p (1 − p)
            for (var a = 0; a < p; a++)
            {
                gradient[a] += residual * row[a];
                var weighted = weight * row[a];
                for (var b = 0; b <= a; b++)
                {
                    information[(a * p) + b] += weighted * row[b];
                }
            }
        }

        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < a; b++)
            {
                information[(b * p) + a] = information[(a * p) + b];
            }
        }

        return logLikelihood;
    }

    /// <summary>The log-likelihood Σ yᵢ ηᵢ − log(1 + e^{ηᵢ}) at <paramref name="beta"/>, computed without overflow.</summary>
    private static double LogLikelihood(double[,] x, ReadOnlySpan<bool> y, double[] beta, double[] row)
    {
        var logLikelihood = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            var eta = Predictor(x, i, beta, row);
            var softplus = Log1P(Math.Exp(-Math.Abs(eta)));
            logLikelihood -= (y[i] ? Math.Max(-eta, 0.0) : Math.Max(eta, 0.0)) + softplus;
        }

        return logLikelihood;
    }

    /// <summary>Copies observation <paramref name="i"/>, with a leading 1, into <paramref name="row"/> and returns β·row.</summary>
    private static double Predictor(double[,] x, int i, double[] beta, double[] row)
    {
        row[0] = 1.0;
        var eta = beta[0];
        for (var j = 1; j < beta.Length; j++)
        {
            var value = x[i, j - 1];
            row[j] = value;
            eta += beta[j] * value;
        }

        return eta;
    }

    /// <summary>
    /// A sentence for the message of a fit that failed: how many observations the last iterate predicts perfectly,
    /// the mark of separation, or nothing when none.
    /// </summary>
    private static string Separation(double[,] x, ReadOnlySpan<bool> y, double[] beta, double[] row)
    {
        var perfect = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var probability = Logistic(Predictor(x, i, beta, row));
            if ((y[i] ? 1.0 - probability : probability) < PerfectPrediction)
            {
                perfect++;
            }
        }

        return perfect == 0
            ? string.Empty
            : Text($" {perfect} of {y.Length} observations have fitted probabilities within {PerfectPrediction} of their outcome: the outcome is perfectly predicted by a combination of the covariates (complete or quasi-complete separation), so the maximum-likelihood estimate does not exist and some coefficients diverge.");
    }

    /// <summary>
    /// Factors the information matrix as D⁻¹ L Lᵀ D⁻¹, where D = diag(1/√Iⱼⱼ) scales it to a unit diagonal (so the
    /// covariates' units do not matter) and L is the Cholesky factor of D I D, stored in the lower triangle of
    /// <paramref name="factor"/>. Returns false when the matrix is not positive definite to working precision.
    /// </summary>
    private static bool Factor(double[] information, double[] factor, double[] equilibration, int p)
    {
        for (var j = 0; j < p; j++)
        {
            var diagonal = information[(j * p) + j];
            if (!(diagonal > 0.0) || !double.IsFinite(diagonal))
            {
                return false;
            }

            equilibration[j] = 1.0 / Math.Sqrt(diagonal);
        }

        for (var j = 0; j < p; j++)
        {
            for (var i = j; i < p; i++)
            {
                var sum = information[(i * p) + j] * equilibration[i] * equilibration[j];
                for (var k = 0; k < j; k++)
                {
                    sum -= factor[(i * p) + k] * factor[(j * p) + k];
                }

                if (i == j)
                {
                    if (!(sum > PivotThreshold))
                    {
                        return false;
                    }

                    factor[(j * p) + j] = Math.Sqrt(sum);
                }
                else
                {
                    factor[(i * p) + j] = sum / factor[(j * p) + j];
                }
            }
        }

        return true;
    }

    /// <summary>Solves I s = r for s with the factor of <see cref="Factor"/>: s = D (L Lᵀ)⁻¹ D r.</summary>
    private static void Solve(double[] factor, double[] equilibration, double[] rhs, double[] solution, int p)
    {
        for (var i = 0; i < p; i++)
        {
            var sum = equilibration[i] * rhs[i];
            for (var k = 0; k < i; k++)
            {
                sum -= factor[(i * p) + k] * solution[k];
            }

            solution[i] = sum / factor[(i * p) + i];
        }

        for (var i = p - 1; i >= 0; i--)
        {
            var sum = solution[i];
            for (var k = i + 1; k < p; k++)
            {
                sum -= factor[(k * p) + i] * solution[k];
            }

            solution[i] = sum / factor[(i * p) + i];
        }

        for (var i = 0; i < p; i++)
        {
            solution[i] *= equilibration[i];
        }
    }

    /// <summary>max over j of |δⱼ| sⱼ / (1 + |βⱼ| sⱼ), the step relative to the coefficient on the covariate's scale sⱼ.</summary>
    private static double RelativeStep(double[] beta, double[] step, double[] scales)
    {
        var largest = 0.0;
        for (var j = 0; j < beta.Length; j++)
        {
            largest = Math.Max(largest, Math.Abs(step[j]) * scales[j] / (1.0 + (Math.Abs(beta[j]) * scales[j])));
        }

        return largest;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var j = 0; j < a.Length; j++)
        {
            sum += a[j] * b[j];
        }

        return sum;
    }

    /// <summary>1 / (1 + e^{−η}) without overflow.</summary>
    private static double Logistic(double eta)
    {
        if (eta >= 0.0)
        {
            return 1.0 / (1.0 + Math.Exp(-eta));
        }

        var e = Math.Exp(eta);
        return e / (1.0 + e);
    }

    /// <summary>log(1 + v) accurate for small v (Goldberg 1991, "What every computer scientist should know about floating-point arithmetic", Theorem 4).</summary>
    private static double Log1P(double v)
    {
        var u = 1.0 + v;
        return u == 1.0 ? v : Math.Log(u) * v / (u - 1.0);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
