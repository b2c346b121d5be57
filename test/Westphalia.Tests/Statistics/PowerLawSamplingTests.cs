using CsCheck;
using Westphalia.Statistics;

namespace Westphalia.Tests.Statistics;

/// <summary>The samplers used by the goodness-of-fit test and the other tests invert the right distributions.</summary>
public class PowerLawSamplingTests
{
    private const double IntegerResolution = 4503599627370496.0; // 2^52

    [Fact]
    public void The_exact_discrete_quantile_is_the_largest_x_whose_survival_reaches_one_minus_u()
    {
        // P(X ≥ x) = ζ(α, x)/ζ(α, x_min); the quantile at u is the x with P(X ≥ x) ≥ 1 − u > P(X ≥ x + 1).
        Gen.Select(Gen.Double[1.1, 5.0], Gen.Int[1, 40], Gen.Double[0.0, 0.999999]).Sample((alpha, xMin, u) =>
        {
            var x = PowerLaw.DiscreteQuantile(alpha, xMin, u);
            var zetaMin = HurwitzZeta.Evaluate(alpha, xMin);
            Assert.Equal(Math.Floor(x), x);
            Assert.True(x >= xMin);
            Assert.True(x == xMin || HurwitzZeta.Evaluate(alpha, x) / zetaMin >= (1.0 - u) * (1.0 - 1e-12));
            if (x + 1.0 < IntegerResolution)
            {
                // Below 2^52 every integer is a double and the quantile is exact; above it (α near 1, u near 1) the
                // documented contract is a value beyond 2^52 whose survival still reaches 1 − u, checked above.
                Assert.True(HurwitzZeta.Evaluate(alpha, x + 1.0) / zetaMin < (1.0 - u) * (1.0 + 1e-12));
            }
        });
    }

    [Fact]
    public void Discrete_draws_have_the_probabilities_of_the_discrete_power_law()
    {
        // 100,000 draws with α = 2, x_min = 1: P(1) = 6/π² = 0.6079, P(2) = P(1)/4; binomial sd ≤ 0.0016.
        var draws = PowerLaw.Sample(100_000, 2.0, 1.0, discrete: true, seed: 5);
        var p1 = 6.0 / (Math.PI * Math.PI);
        Assert.InRange(draws.Count(x => x == 1.0) / 100_000.0, p1 - 0.006, p1 + 0.006);
        Assert.InRange(draws.Count(x => x == 2.0) / 100_000.0, (p1 / 4) - 0.005, (p1 / 4) + 0.005);
    }

    [Fact]
    public void The_approximate_discrete_quantile_is_close_to_the_exact_one_for_large_x_min()
    {
        // CSN Appendix D: rounding a continuous law shifted by 1/2 is accurate once x_min is moderately large.
        for (var u = 0.0; u < 1.0; u += 0.01)
        {
            var exact = PowerLaw.DiscreteQuantile(2.5, 20.0, u);
            Assert.InRange(PowerLaw.DiscreteQuantileApproximate(2.5, 20.0, u), exact - 1.0, exact + 1.0);
        }
    }

    [Fact]
    public void The_continuous_quantile_inverts_the_power_law_CDF()
    {
        // P(X ≤ x) = 1 − (x/x_min)^{−(α−1)}: the median is x_min · 2^{1/(α−1)}.
        Assert.Equal(3.0 * Math.Pow(2.0, 1.0 / 1.5), PowerLaw.ContinuousQuantile(2.5, 3.0, 0.5), 12);
        Assert.Equal(3.0, PowerLaw.ContinuousQuantile(2.5, 3.0, 0.0));
    }

    [Fact]
    public void The_discrete_standard_error_approaches_the_continuous_one_for_large_x_min()
    {
        // CSN eq. 3.6 tends to eq. 3.2, (α − 1)/√n, as x_min grows.
        var fit = PowerLaw.Fit(PowerLaw.Sample(2_000, 2.5, 1_000.0, discrete: true, seed: 6), new PowerLawOptions { Discrete = true });
        Assert.Equal((fit.Alpha - 1.0) / Math.Sqrt(fit.TailCount), fit.StandardError, 3);
    }
}
