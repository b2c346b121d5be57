using CsCheck;
using Westphalia.Randomness;
using Westphalia.Statistics;

namespace Westphalia.Tests.Statistics;

/// <summary>
/// The maximum-likelihood logit: it recovers known coefficients from simulated data, matches a textbook example
/// computed independently (high-precision Newton in mpmath, the score equations and a finite-difference Hessian),
/// reports separation and collinearity as a fit that has not converged instead of throwing, and refuses bad input.
/// Simulated data come from the counter-based generator with fixed seeds, so these tests are deterministic.
/// </summary>
public class LogisticRegressionTests
{
    /// <summary>Hours studied by 20 students and whether each passed the exam (Wikipedia, "Logistic regression", example).</summary>
    private static readonly double[] Hours =
        [0.50, 0.75, 1.00, 1.25, 1.50, 1.75, 1.75, 2.00, 2.25, 2.50, 2.75, 3.00, 3.25, 3.50, 4.00, 4.25, 4.50, 4.75, 5.00, 5.50];

    private static readonly bool[] Passed =
        [false, false, false, false, false, false, true, false, true, false, true, false, true, false, true, true, true, true, true, true];

    /// <summary>Random small data sets: n observations of k standard-normal covariates, keyed by a seed.</summary>
    private static readonly Gen<(int N, int K, ulong Seed)> SmallDataSets = Gen.Select(Gen.Int[12, 80], Gen.Int[1, 3], Gen.ULong);

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    public void Recovers_known_coefficients_from_a_large_simulated_sample_within_three_standard_errors(ulong seed)
    {
        // 20,000 country-years with a standard-normal covariate and a dummy that is 1 a third of the time, outcomes
        // drawn from the logit with β = (−2, 0.8, −0.5) (about 14% events). The standard errors are about 0.03, so
        // three of them is a tight check; each coefficient misses it with probability 0.0027.
        var truth = new[] { -2.0, 0.8, -0.5 };
        var (x, y) = Simulate(20_000, truth, seed);

        var fit = LogisticRegression.Fit(x, y, ["income", "mountains"]);

        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(new[] { "constant", "income", "mountains" }, fit.Names);
        for (var j = 0; j < truth.Length; j++)
        {
            Assert.InRange(fit.StandardErrors[j], 0.01, 0.06);
            Assert.InRange(fit.Coefficients[j], truth[j] - (3.0 * fit.StandardErrors[j]), truth[j] + (3.0 * fit.StandardErrors[j]));
        }

        Assert.Equal(20_000, fit.Observations);
        Assert.Equal(y.Count(v => v), fit.Events);
        Assert.InRange(fit.Iterations, 3, 10);
        Assert.True(fit.LogLikelihood > fit.NullLogLikelihood);
        Assert.InRange(fit.PseudoRSquared, 0.02, 0.2);
        Assert.True(fit.PValues[1] < 1e-12);
        Assert.Equal(fit.Coefficients[1], fit.Coefficient("income").Estimate);
        Assert.Equal(fit.StandardErrors[2], fit.Coefficient("mountains").StandardError);
    }

    [Fact]
    public void Matches_the_textbook_example_of_hours_studied_and_exams_passed()
    {
        // Reference values from Newton–Raphson in 40-digit arithmetic (mpmath); Wikipedia quotes the same rounded:
        // constant −4.0777 (SE 1.7610, p = 0.0206), hours 1.5046 (SE 0.6287, p = 0.0167).
        var fit = LogisticRegression.Fit(Column(Hours), Passed, ["hours"]);

        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(-4.0777134310876307, fit.Coefficients[0], 1e-9);
        Assert.Equal(1.5046454283733335, fit.Coefficients[1], 1e-9);
        Assert.Equal(1.7609943141564710, fit.StandardErrors[0], 1e-9);
        Assert.Equal(0.62872084594538583, fit.StandardErrors[1], 1e-9);
        Assert.Equal(-2.3155744446800698, fit.ZValues[0], 1e-9);
        Assert.Equal(2.3931852078339316, fit.ZValues[1], 1e-9);
        Assert.Equal(0.020581515512458574, fit.PValues[0], 1e-11);
        Assert.Equal(0.016702807340367926, fit.PValues[1], 1e-11);
        Assert.Equal(-8.0298784643446743, fit.LogLikelihood, 1e-12);
        Assert.Equal(20.0 * Math.Log(0.5), fit.NullLogLikelihood, 1e-12);
        Assert.Equal(1.0 - (fit.LogLikelihood / fit.NullLogLikelihood), fit.PseudoRSquared);
        Assert.Equal(20, fit.Observations);
        Assert.Equal(10, fit.Events);
    }

    [Fact]
    public void The_textbook_fit_solves_the_score_equations_and_its_standard_errors_invert_the_numerical_Hessian()
    {
        // Checked without the estimator's own algebra: the score Σ (y − p)(1, x) vanishes at the maximum, and the
        // standard errors are √diag of the inverse of −H, H the Hessian of the log-likelihood by central differences.
        var fit = LogisticRegression.Fit(Column(Hours), Passed, ["hours"]);
        var b0 = fit.Coefficients[0];
        var b1 = fit.Coefficients[1];

        double score0 = 0.0, score1 = 0.0;
        for (var i = 0; i < Hours.Length; i++)
        {
            var residual = (Passed[i] ? 1.0 : 0.0) - (1.0 / (1.0 + Math.Exp(-(b0 + (b1 * Hours[i])))));
            score0 += residual;
            score1 += residual * Hours[i];
        }

        Assert.InRange(Math.Abs(score0), 0.0, 1e-8);
        Assert.InRange(Math.Abs(score1), 0.0, 1e-8);
        Assert.Equal(HoursLogLikelihood(b0, b1), fit.LogLikelihood, 1e-12);

        const double H = 1e-3;
        var h00 = (HoursLogLikelihood(b0 + H, b1) - (2.0 * HoursLogLikelihood(b0, b1)) + HoursLogLikelihood(b0 - H, b1)) / (H * H);
        var h11 = (HoursLogLikelihood(b0, b1 + H) - (2.0 * HoursLogLikelihood(b0, b1)) + HoursLogLikelihood(b0, b1 - H)) / (H * H);
        var h01 = (HoursLogLikelihood(b0 + H, b1 + H) - HoursLogLikelihood(b0 + H, b1 - H) - HoursLogLikelihood(b0 - H, b1 + H) + HoursLogLikelihood(b0 - H, b1 - H)) / (4.0 * H * H);
        var determinant = (h00 * h11) - (h01 * h01);
        Assert.Equal(Math.Sqrt(-h11 / determinant), fit.StandardErrors[0], 1e-5 * fit.StandardErrors[0]);
        Assert.Equal(Math.Sqrt(-h00 / determinant), fit.StandardErrors[1], 1e-5 * fit.StandardErrors[1]);

        // And it is a maximum: every nearby point is lower.
        foreach (var (d0, d1) in new[] { (0.01, 0.0), (-0.01, 0.0), (0.0, 0.01), (0.0, -0.01), (0.01, -0.01) })
        {
            Assert.True(HoursLogLikelihood(b0 + d0, b1 + d1) < fit.LogLikelihood);
        }
    }

    [Fact]
    public void A_converged_fit_solves_the_score_equations_on_random_small_data_sets()
    {
        // Random covariates and coefficients; outcomes from the logit, the first two forced to 1 and 0. Small samples
        // are sometimes separated: such a fit must say it has not converged, and one that says it has must be finite
        // and make the score vanish.
        SmallDataSets.Sample(data =>
        {
            var (x, y) = RandomLogitData(data.N, data.K, data.Seed);

            var fit = LogisticRegression.Fit(x, y, Names(data.K));

            if (fit.Converged)
            {
                Assert.All(fit.Coefficients, b => Assert.True(double.IsFinite(b)));
                Assert.All(fit.StandardErrors, se => Assert.True(se > 0.0 && double.IsFinite(se)));
                var score = Score(x, y, fit.Coefficients);
                for (var j = 0; j <= data.K; j++)
                {
                    Assert.InRange(Math.Abs(score[j]), 0.0, 1e-8 * (1.0 + ColumnAbsSum(x, j)));
                }

                Assert.True(fit.LogLikelihood >= fit.NullLogLikelihood - 1e-12);
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(fit.Message));
            }
        });
    }

    [Fact]
    public void Rescaling_a_covariate_rescales_its_coefficient_and_leaves_the_fit_unchanged()
    {
        // The logit is equivariant: x → c x gives β → β / c with the same z, p and likelihood. Population counted in
        // people rather than millions must not upset the estimator.
        SmallDataSets.Sample(data =>
        {
            var (x, y) = RandomLogitData(data.N, data.K, data.Seed);
            var fit = LogisticRegression.Fit(x, y, Names(data.K));
            if (!fit.Converged)
            {
                return;
            }

            var scaled = (double[,])x.Clone();
            for (var i = 0; i < data.N; i++)
            {
                scaled[i, 0] *= 1e6;
            }

            var refit = LogisticRegression.Fit(scaled, y, Names(data.K));

            Assert.True(refit.Converged, refit.Message);
            Assert.Equal(fit.Coefficients[1], refit.Coefficients[1] * 1e6, 1e-7 * (1.0 + Math.Abs(fit.Coefficients[1])));
            Assert.Equal(fit.StandardErrors[1], refit.StandardErrors[1] * 1e6, 1e-7 * fit.StandardErrors[1]);
            for (var j = 0; j <= data.K; j++)
            {
                Assert.Equal(fit.ZValues[j], refit.ZValues[j], 1e-6 * (1.0 + Math.Abs(fit.ZValues[j])));
            }

            Assert.Equal(fit.LogLikelihood, refit.LogLikelihood, 1e-9 * (1.0 + Math.Abs(fit.LogLikelihood)));
        });
    }

    [Fact]
    public void Without_covariates_the_constant_is_the_log_odds_of_the_event_share()
    {
        // 7 events in 40: β₀ = ln(7/33), SE = 1/√(n p̄ (1 − p̄)), and the model is the null model.
        var y = Enumerable.Range(0, 40).Select(i => i % 6 == 0).ToArray();

        var fit = LogisticRegression.Fit(new double[40, 0], y, []);

        Assert.True(fit.Converged, fit.Message);
        Assert.Equal((40, 7), (fit.Observations, fit.Events));
        Assert.Equal(Math.Log(7.0 / 33.0), fit.Coefficients[0], 1e-12);
        Assert.Equal(1.0 / Math.Sqrt(40.0 * (7.0 / 40.0) * (33.0 / 40.0)), fit.StandardErrors[0], 1e-12);
        Assert.Equal(fit.NullLogLikelihood, fit.LogLikelihood, 1e-12);
        Assert.Equal(0.0, fit.PseudoRSquared, 1e-12);
    }

    [Fact]
    public void Complete_separation_is_reported_as_a_fit_that_has_not_converged()
    {
        // x ≤ 5 never has the event and x ≥ 6 always has it: the likelihood rises towards 1 as the slope goes to ∞.
        var x = Column([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        var y = new[] { false, false, false, false, false, true, true, true, true, true };

        var fit = LogisticRegression.Fit(x, y, ["x"]);

        Assert.False(fit.Converged);
        Assert.Contains("separation", fit.Message, StringComparison.Ordinal);
        Assert.Contains("10 of 10 observations", fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quasi_complete_separation_is_reported_as_a_fit_that_has_not_converged()
    {
        // Two observations at x = 5 with both outcomes; all others separated. The slope still diverges.
        var x = Column([1, 2, 3, 4, 5, 5, 6, 7, 8, 9]);
        var y = new[] { false, false, false, false, false, true, true, true, true, true };

        var fit = LogisticRegression.Fit(x, y, ["x"]);

        Assert.False(fit.Converged);
        Assert.Contains("quasi-complete separation", fit.Message, StringComparison.Ordinal);
        Assert.Contains("8 of 10 observations", fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dummy_that_only_events_have_is_reported_as_separation()
    {
        // As when a rare regime type only ever appears in onset years: among 400 simulated country-years, every one
        // with the dummy set is an event, so its coefficient diverges while the others stay finite.
        var (simulated, y) = Simulate(400, [-1.0, 0.5, 0.0], seed: 3);
        var x = new double[400, 2];
        for (var i = 0; i < 400; i++)
        {
            x[i, 0] = simulated[i, 0];
            x[i, 1] = y[i] && i % 4 == 0 ? 1.0 : 0.0;
        }

        var fit = LogisticRegression.Fit(x, y, ["income", "regime"]);

        Assert.False(fit.Converged);
        Assert.Contains("separation", fit.Message, StringComparison.Ordinal);
        Assert.True(fit.Coefficient("regime").Estimate > 10.0);
    }

    [Fact]
    public void Separated_random_data_never_count_as_converged()
    {
        // Outcomes that a linear rule in the covariates predicts exactly: no maximum-likelihood estimate exists.
        SmallDataSets.Sample(data =>
        {
            var (x, _) = RandomLogitData(data.N, data.K, data.Seed);
            var y = new bool[data.N];
            for (var i = 0; i < data.N; i++)
            {
                var sum = 0.3;
                for (var j = 0; j < data.K; j++)
                {
                    sum += (j + 1) * x[i, j];
                }

                y[i] = sum > 0.0;
            }

            if (y.All(v => v) || !y.Any(v => v))
            {
                return;
            }

            var fit = LogisticRegression.Fit(x, y, Names(data.K));

            Assert.False(fit.Converged, fit.Message);
        });
    }

    [Fact]
    public void Collinear_or_constant_covariates_are_reported_as_a_singular_information_matrix()
    {
        var x = new double[20, 2];
        var constant = new double[20, 1];
        for (var i = 0; i < 20; i++)
        {
            x[i, 0] = Hours[i];
            x[i, 1] = 2.0 * Hours[i];
            constant[i, 0] = 3.0;
        }

        var collinear = LogisticRegression.Fit(x, Passed, ["hours", "minutes"]);
        var fixedValue = LogisticRegression.Fit(constant, Passed, ["three"]);

        foreach (var fit in new[] { collinear, fixedValue })
        {
            Assert.False(fit.Converged);
            Assert.Contains("singular", fit.Message, StringComparison.Ordinal);
            Assert.Contains("collinear", fit.Message, StringComparison.Ordinal);
            Assert.All(fit.StandardErrors, se => Assert.True(double.IsNaN(se)));
        }
    }

    [Fact]
    public void Too_few_iterations_are_reported_as_a_fit_that_has_not_converged()
    {
        var fit = LogisticRegression.Fit(Column(Hours), Passed, ["hours"], maxIterations: 2);

        Assert.False(fit.Converged);
        Assert.Equal(2, fit.Iterations);
        Assert.Contains("maxIterations = 2", fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_data_give_bit_identical_fits()
    {
        var (x, y) = Simulate(5_000, [-2.0, 0.8, -0.5], seed: 7);

        var a = LogisticRegression.Fit(x, y, ["income", "mountains"]);
        var b = LogisticRegression.Fit(x, y, ["income", "mountains"]);

        Assert.Equal(a.Coefficients, b.Coefficients);
        Assert.Equal(a.StandardErrors, b.StandardErrors);
        Assert.Equal(a.LogLikelihood, b.LogLikelihood);
        Assert.Equal(a.Iterations, b.Iterations);
    }

    [Fact]
    public void Probability_is_the_logistic_of_the_linear_predictor_without_overflow()
    {
        double[] coefficients = [-1.0, 2.0, 0.5];

        Assert.Equal(1.0 / (1.0 + Math.Exp(-(-1.0 + (2.0 * 0.3) + (0.5 * -2.0)))), LogisticRegression.Probability(coefficients, [0.3, -2.0]), 15);
        Assert.Equal(0.5, LogisticRegression.Probability(coefficients, [0.5, 0.0]));
        Assert.Equal(0.0, LogisticRegression.Probability(coefficients, [-1e3, 0.0]));
        Assert.Equal(1.0, LogisticRegression.Probability(coefficients, [1e3, 0.0]));
        var e = Assert.Throws<ArgumentException>(() => LogisticRegression.Probability(coefficients, [1.0]));
        Assert.Contains("one value per coefficient", e.Message, StringComparison.Ordinal);

        var fit = LogisticRegression.Fit(Column(Hours), Passed, ["hours"]);
        Assert.Equal(LogisticRegression.Probability(fit.Coefficients, [2.0]), fit.Probability([2.0]));
        Assert.InRange(fit.Probability([2.0]), 0.25, 0.27); // Wikipedia: 0.26 for two hours of study.
    }

    [Fact]
    public void Coefficients_are_looked_up_by_name()
    {
        var fit = LogisticRegression.Fit(Column(Hours), Passed, ["hours"]);

        var hours = fit.Coefficient("hours");
        Assert.Equal(new LogitCoefficient("hours", fit.Coefficients[1], fit.StandardErrors[1], fit.ZValues[1], fit.PValues[1]), hours);
        Assert.Equal(fit.Coefficients[0], fit.Coefficient(LogisticRegression.ConstantName).Estimate);
        var e = Assert.Throws<KeyNotFoundException>(() => fit.Coefficient("Hours"));
        Assert.Contains("constant, hours", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.1, 0.88753708398171511)]
    [InlineData(0.5, 0.47950012218695346)]
    [InlineData(1.0, 0.15729920705028513)]
    [InlineData(1.5, 0.033894853524689273)]
    [InlineData(1.999, 0.0046984433486294900)]
    [InlineData(2.0, 0.0046777349810472658)]
    [InlineData(2.001, 0.0046571092814753480)]
    [InlineData(3.0, 2.2090496998585441e-05)]
    [InlineData(5.0, 1.5374597944280349e-12)]
    [InlineData(10.0, 2.0884875837625448e-45)]
    [InlineData(20.0, 5.3958656116079009e-176)]
    [InlineData(26.0, 5.6631924088561428e-296)]
    public void The_complementary_error_function_matches_40_digit_values(double x, double expected)
    {
        // Reference values from mpmath.erfc at 40 digits; both branches and the switch between them at x = 2.
        Assert.Equal(expected, LogisticRegression.Erfc(x), 1e-13 * expected);
        Assert.Equal(2.0 - expected, LogisticRegression.Erfc(-x), 1e-15);
    }

    [Fact]
    public void Two_sided_p_values_are_those_of_the_standard_normal()
    {
        Assert.Equal(0.05, LogisticRegression.TwoSidedPValue(1.959963984540054), 1e-15);
        Assert.Equal(0.31731050786291410, LogisticRegression.TwoSidedPValue(-1.0), 1e-15);
        Assert.Equal(0.0026997960632601891, LogisticRegression.TwoSidedPValue(3.0), 1e-16);
        Assert.Equal(1.2441921148543568e-15, LogisticRegression.TwoSidedPValue(8.0), 1e-27);
        Assert.Equal(1.0, LogisticRegression.TwoSidedPValue(0.0));
        Assert.Equal(0.0, LogisticRegression.TwoSidedPValue(40.0));
        Assert.True(double.IsNaN(LogisticRegression.TwoSidedPValue(double.NaN)));
    }

    [Fact]
    public void Rows_and_outcomes_of_different_counts_are_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(Column(Hours), Passed[..19], ["hours"]));

        Assert.Contains("20 rows but there are 19 outcomes", e.Message, StringComparison.Ordinal);
        Assert.Equal("y", e.ParamName);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_covariates_are_refused(double bad)
    {
        var x = Column(Hours);
        x[13, 0] = bad;

        var e = Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(x, Passed, ["hours"]));

        Assert.Contains("x[13, 0] (hours)", e.Message, StringComparison.Ordinal);
        Assert.Contains("finite", e.Message, StringComparison.Ordinal);
        Assert.Equal("x", e.ParamName);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Outcomes_that_never_vary_are_refused(bool outcome)
    {
        var y = Enumerable.Repeat(outcome, 20).ToArray();

        var e = Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(Column(Hours), y, ["hours"]));

        Assert.Contains("at least one 0 and one 1", e.Message, StringComparison.Ordinal);
        Assert.Equal("y", e.ParamName);
    }

    [Fact]
    public void Names_that_do_not_match_the_columns_are_refused()
    {
        var x = new double[20, 2];
        for (var i = 0; i < 20; i++)
        {
            x[i, 0] = Hours[i];
            x[i, 1] = i % 3;
        }

        Assert.Contains("2 columns but there are 1 names", Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(x, Passed, ["hours"])).Message, StringComparison.Ordinal);
        Assert.Contains("distinct", Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(x, Passed, ["hours", "hours"])).Message, StringComparison.Ordinal);
        Assert.Contains("leave the constant out", Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(x, Passed, ["hours", "constant"])).Message, StringComparison.Ordinal);
        Assert.Contains("needs a name", Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(x, Passed, ["hours", " "])).Message, StringComparison.Ordinal);
        Assert.ThrowsAny<ArgumentException>(() => LogisticRegression.Fit(x, Passed, null!));
        Assert.ThrowsAny<ArgumentException>(() => LogisticRegression.Fit(null!, Passed, ["hours", "day"]));
    }

    [Fact]
    public void Settings_out_of_range_are_refused()
    {
        var x = Column(Hours);

        Assert.ThrowsAny<ArgumentException>(() => LogisticRegression.Fit(x, Passed, ["hours"], maxIterations: 0));
        Assert.ThrowsAny<ArgumentException>(() => LogisticRegression.Fit(x, Passed, ["hours"], tolerance: 0.0));
        Assert.ThrowsAny<ArgumentException>(() => LogisticRegression.Fit(x, Passed, ["hours"], tolerance: double.NaN));
        Assert.ThrowsAny<ArgumentException>(() => LogisticRegression.Fit(x, Passed, ["hours"], tolerance: 1.0));
    }

    /// <summary>
    /// n observations of a standard-normal covariate and a dummy set with probability 1/3, outcomes drawn from the
    /// logit with coefficients <paramref name="beta"/> (constant first), all on <see cref="RngStream.Statistics"/>.
    /// </summary>
    private static (double[,] X, bool[] Y) Simulate(int n, double[] beta, ulong seed)
    {
        var rng = new CounterRng(seed);
        var x = new double[n, 2];
        var y = new bool[n];
        for (var i = 0; i < n; i++)
        {
            x[i, 0] = rng.Normal(0, RngStream.Statistics, i, 0);
            x[i, 1] = rng.Uniform(0, RngStream.Statistics, i, 1) < 1.0 / 3.0 ? 1.0 : 0.0;
            var eta = beta[0] + (beta[1] * x[i, 0]) + (beta[2] * x[i, 1]);
            y[i] = rng.Uniform(0, RngStream.Statistics, i, 2) < 1.0 / (1.0 + Math.Exp(-eta));
        }

        return (x, y);
    }

    /// <summary>
    /// n observations of k standard-normal covariates, coefficients uniform on [−1.5, 1.5], outcomes from the
    /// logit; the first outcome is forced to 1 and the second to 0 so that both occur.
    /// </summary>
    private static (double[,] X, bool[] Y) RandomLogitData(int n, int k, ulong seed)
    {
        var rng = new CounterRng(seed);
        var beta = new double[k + 1];
        for (var j = 0; j <= k; j++)
        {
            beta[j] = (3.0 * rng.Uniform(1, RngStream.Statistics, j)) - 1.5;
        }

        var x = new double[n, k];
        var y = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var eta = beta[0];
            for (var j = 0; j < k; j++)
            {
                x[i, j] = rng.Normal(0, RngStream.Statistics, i, (uint)j);
                eta += beta[j + 1] * x[i, j];
            }

            y[i] = i switch
            {
                0 => true,
                1 => false,
                _ => rng.Uniform(2, RngStream.Statistics, i) < 1.0 / (1.0 + Math.Exp(-eta)),
            };
        }

        return (x, y);
    }

    private static string[] Names(int k) => [.. Enumerable.Range(1, k).Select(j => $"x{j}")];

    private static double[,] Column(double[] values)
    {
        var x = new double[values.Length, 1];
        for (var i = 0; i < values.Length; i++)
        {
            x[i, 0] = values[i];
        }

        return x;
    }

    /// <summary>The exam example's log-likelihood Σ y ln p + (1 − y) ln(1 − p), written out directly.</summary>
    private static double HoursLogLikelihood(double b0, double b1)
    {
        var sum = 0.0;
        for (var i = 0; i < Hours.Length; i++)
        {
            var p = 1.0 / (1.0 + Math.Exp(-(b0 + (b1 * Hours[i]))));
            sum += Passed[i] ? Math.Log(p) : Math.Log(1.0 - p);
        }

        return sum;
    }

    /// <summary>Σᵢ (yᵢ − pᵢ) xᵢⱼ for the constant (j = 0) and each covariate.</summary>
    private static double[] Score(double[,] x, bool[] y, IReadOnlyList<double> beta)
    {
        var score = new double[beta.Count];
        var row = new double[beta.Count - 1];
        for (var i = 0; i < y.Length; i++)
        {
            for (var j = 0; j < row.Length; j++)
            {
                row[j] = x[i, j];
            }

            var residual = (y[i] ? 1.0 : 0.0) - LogisticRegression.Probability(beta, row);
            score[0] += residual;
            for (var j = 0; j < row.Length; j++)
            {
                score[j + 1] += residual * row[j];
            }
        }

        return score;
    }

    /// <summary>Σᵢ |xᵢⱼ|, with the constant's column (j = 0) all ones.</summary>
    private static double ColumnAbsSum(double[,] x, int j)
    {
        var n = x.GetLength(0);
        if (j == 0)
        {
            return n;
        }

        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += Math.Abs(x[i, j - 1]);
        }

        return sum;
    }
}
