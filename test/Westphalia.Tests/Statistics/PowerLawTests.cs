using Westphalia.Statistics;

namespace Westphalia.Tests.Statistics;

/// <summary>
/// The Clauset–Shalizi–Newman estimator on synthetic data with known parameters. Every data set and every bootstrap
/// is seeded, so these tests are deterministic; the sample sizes are chosen so the checks hold with a wide margin
/// for almost every seed, not only the one used.
/// </summary>
public class PowerLawTests
{
    private static readonly PowerLawOptions Quick = new() { Replicates = 200, Seed = 12 };

    [Theory]
    [InlineData(2.5)]
    [InlineData(1.5)]
    public void Recovers_alpha_of_a_continuous_power_law_within_its_bootstrap_interval(double alpha)
    {
        // 5,000 draws above x_min = 1: the standard error of α̂ is (α − 1)/√5000 ≤ 0.021, so ±0.1 is ≥ 4.7 standard
        // errors; the 95% percentile interval from 200 replicates should cover the true α.
        var data = PowerLaw.Sample(5_000, alpha, 1.0, discrete: false, seed: 1);

        var uncertainty = PowerLaw.Bootstrap(data, Quick);

        var fit = uncertainty.Fit;
        Assert.InRange(fit.Alpha, alpha - 0.1, alpha + 0.1);
        Assert.InRange(alpha, uncertainty.AlphaLower, uncertainty.AlphaUpper);
        Assert.InRange(fit.Alpha, uncertainty.AlphaLower, uncertainty.AlphaUpper);
        Assert.Equal(200, uncertainty.Replicates);
        Assert.InRange(fit.XMin, 1.0, 2.0);
        Assert.Equal((fit.Alpha - 1.0) / Math.Sqrt(fit.TailCount), fit.StandardError, 12);

        // The bootstrap spread of α̂ and the asymptotic standard error agree to within a factor of two.
        Assert.InRange(uncertainty.AlphaStandardDeviation, fit.StandardError / 2.0, fit.StandardError * 2.0);
    }

    [Fact]
    public void Recovers_alpha_and_x_min_of_a_discrete_power_law_above_a_lognormal_body()
    {
        // 3,000 draws from the discrete power law with α = 2 above x_min = 5 and 2,000 from a rounded lognormal body
        // on 1..4 that puts far less mass at 4 than the power law would (about 0.15 of the body against 0.22): the KS
        // distance rules out x_min ≤ 4, and the discrete MLE should find α within ±0.1 (its standard error is 0.02).
        var data = PowerLawTestData.DiscreteWithLognormalBody(3_000, 2_000, seed: 4);

        var uncertainty = PowerLaw.Bootstrap(data, Quick with { Discrete = true });

        var fit = uncertainty.Fit;
        Assert.True(fit.Discrete);
        Assert.InRange(fit.XMin, 5.0, 7.0);
        Assert.InRange(fit.Alpha, 1.9, 2.1);
        Assert.InRange(2.0, uncertainty.AlphaLower, uncertainty.AlphaUpper);
        Assert.InRange(uncertainty.XMinMean, 5.0, 10.0);
        Assert.True(uncertainty.XMinStandardDeviation > 0.0);
        Assert.InRange(fit.StandardError, 0.01, 0.03);
    }

    [Fact]
    public void The_goodness_of_fit_test_does_not_reject_power_law_data()
    {
        // Under the null hypothesis the p-value is roughly uniform; for this seed the fitted law is plausible
        // (CSN's threshold is p > 0.1).
        var data = PowerLaw.Sample(2_000, 2.5, 1.0, discrete: false, seed: 11);

        var test = PowerLaw.GoodnessOfFit(data, Quick);

        Assert.True(test.PValue > 0.1, $"p = {test.PValue}");
        Assert.Equal(200, test.Replicates);
        Assert.Equal(test.AtLeastAsFar / 200.0, test.PValue);
    }

    [Fact]
    public void The_goodness_of_fit_test_rejects_exponential_data()
    {
        // 2,000 exponential draws. Far out, an exponential tail is locally indistinguishable from a steep power law,
        // so with x_min free and tails of only 10 points the test has little power here (p < 0.1 for about 40% of
        // seeds); requiring the tail to hold a quarter of the data, it rejects for every seed tried (p ≤ 0.04).
        var data = PowerLawTestData.Exponential(2_000, seed: 5);

        var test = PowerLaw.GoodnessOfFit(data, Quick with { MinTail = 500 });

        Assert.True(test.PValue < 0.1, $"p = {test.PValue}");
    }

    [Fact]
    public void The_goodness_of_fit_test_does_not_reject_discrete_power_law_data_with_a_body()
    {
        // The semi-parametric test resamples the body below x_min and draws the tail exactly from the fitted law.
        var data = PowerLawTestData.DiscreteWithLognormalBody(600, 400, seed: 8);

        var test = PowerLaw.GoodnessOfFit(data, Quick with { Discrete = true, Replicates = 100 });

        Assert.True(test.PValue > 0.1, $"p = {test.PValue}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_results_on_any_number_of_threads()
    {
        // Replicates draw from counters (seed, replicate, sample), so thread scheduling cannot change them.
        var data = PowerLaw.Sample(1_000, 2.2, 3.0, discrete: false, seed: 21);
        var options = new PowerLawOptions { Replicates = 40, Seed = 99 };

        var bootstraps = new[] { 1, 2, 4 }.Select(t => PowerLaw.Bootstrap(data, options with { MaxDegreeOfParallelism = t })).ToArray();
        var tests = new[] { 1, 2, 4 }.Select(t => PowerLaw.GoodnessOfFit(data, options with { MaxDegreeOfParallelism = t })).ToArray();

        foreach (var b in bootstraps[1..])
        {
            Assert.Equal(bootstraps[0].AlphaReplicates, b.AlphaReplicates);
            Assert.Equal(bootstraps[0].XMinReplicates, b.XMinReplicates);
            Assert.Equal(bootstraps[0].AlphaLower, b.AlphaLower);
            Assert.Equal(bootstraps[0].AlphaUpper, b.AlphaUpper);
            Assert.Equal(bootstraps[0].XMinStandardDeviation, b.XMinStandardDeviation);
        }

        Assert.All(tests, t => Assert.Equal(tests[0], t));
        Assert.Equal(bootstraps[0].AlphaReplicates, PowerLaw.Bootstrap(data, options).AlphaReplicates);
    }

    [Fact]
    public void A_different_seed_gives_different_replicates()
    {
        var data = PowerLaw.Sample(500, 2.2, 1.0, discrete: false, seed: 3);
        var options = new PowerLawOptions { Replicates = 20, Seed = 1 };

        var a = PowerLaw.Bootstrap(data, options);
        var b = PowerLaw.Bootstrap(data, options with { Seed = 2 });

        Assert.NotEqual(a.AlphaReplicates, b.AlphaReplicates);
        Assert.Equal(a.Fit, b.Fit);
    }

    [Theory]
    [InlineData(false, 31)]
    [InlineData(true, 32)]
    public void The_pruned_search_finds_the_fit_of_a_full_scan(bool discrete, ulong seed)
    {
        // The estimator stops scoring a candidate x_min as soon as it cannot beat the best so far; a naive scan
        // that scores every candidate in full must choose the same x_min, α and KS distance.
        var data = discrete
            ? PowerLawTestData.DiscreteWithLognormalBody(250, 150, seed)
            : [.. PowerLaw.Sample(250, 2.3, 2.0, discrete: false, seed), .. PowerLawTestData.Exponential(150, seed).Select(x => 1.0 + x)];

        var fit = PowerLaw.Fit(data, new PowerLawOptions { Discrete = discrete });
        var (alpha, xMin, distance) = NaiveFit(data, discrete, minTail: 10);

        // α of the discrete fit comes from two different minimisers (Brent, and grid plus golden section), so it
        // and the distance agree to about 1e-8 rather than to the last digit.
        Assert.Equal(xMin, fit.XMin);
        Assert.Equal(alpha, fit.Alpha, 1e-6);
        Assert.Equal(distance, fit.KsDistance, discrete ? 1e-6 : 1e-12);
    }

    [Fact]
    public void Capping_candidates_scans_an_evenly_spread_subset()
    {
        // With a cap of 50 candidates the chosen x_min is one of 50 data values spread by rank, and the fit is
        // close to the uncapped one on clean power-law data.
        var data = PowerLaw.Sample(3_000, 2.5, 1.0, discrete: false, seed: 41);

        var full = PowerLaw.Fit(data);
        var capped = PowerLaw.Fit(data, new PowerLawOptions { MaxCandidates = 50 });

        Assert.Contains(capped.XMin, data);
        Assert.True(capped.KsDistance >= full.KsDistance);
        Assert.InRange(capped.Alpha, full.Alpha - 0.1, full.Alpha + 0.1);
    }

    /// <summary>CSN §3.3 done the slow way: every candidate, every integer or data point, no early stopping.</summary>
    private static (double Alpha, double XMin, double Distance) NaiveFit(double[] data, bool discrete, int minTail)
    {
        var sorted = data.Order().ToArray();
        var best = (Alpha: double.NaN, XMin: double.NaN, Distance: double.PositiveInfinity);
        foreach (var xMin in sorted.Distinct())
        {
            var tail = sorted.Where(x => x >= xMin).ToArray();
            if (tail.Length < minTail || tail.All(x => x == xMin))
            {
                continue;
            }

            var m = tail.Length;
            double alpha, distance = 0.0;
            if (discrete)
            {
                var meanLog = tail.Average(Math.Log);
                alpha = 1.000001;
                var step = 0.01;
                double Objective(double a) => (a * meanLog) + Math.Log(HurwitzZeta.Evaluate(a, xMin));
                for (var a = 1.000001; a <= 6.0; a += step)
                {
                    if (Objective(a) < Objective(alpha))
                    {
                        alpha = a;
                    }
                }

                // Golden-section refinement around the grid minimum.
                double lo = Math.Max(1.000001, alpha - step), hi = Math.Min(6.0, alpha + step);
                for (var k = 0; k < 100; k++)
                {
                    var m1 = lo + (0.381966 * (hi - lo));
                    var m2 = hi - (0.381966 * (hi - lo));
                    if (Objective(m1) < Objective(m2))
                    {
                        hi = m2;
                    }
                    else
                    {
                        lo = m1;
                    }
                }

                alpha = (lo + hi) / 2.0;
                var zeta = HurwitzZeta.Evaluate(alpha, xMin);
                var model = 0.0;
                var atOrBelow = 0;
                for (var x = xMin; x <= tail[^1]; x++)
                {
                    model += Math.Pow(x, -alpha) / zeta;
                    while (atOrBelow < m && tail[atOrBelow] <= x)
                    {
                        atOrBelow++;
                    }

                    distance = Math.Max(distance, Math.Abs((atOrBelow / (double)m) - model));
                }
            }
            else
            {
                alpha = 1.0 + (m / tail.Sum(x => Math.Log(x / xMin)));
                for (var j = 0; j < m; j++)
                {
                    var model = 1.0 - Math.Pow(tail[j] / xMin, 1.0 - alpha);
                    var below = Array.IndexOf(tail, tail[j]) / (double)m;
                    var atOrBelow = (Array.LastIndexOf(tail, tail[j]) + 1) / (double)m;
                    distance = Math.Max(distance, Math.Max(Math.Abs(model - below), Math.Abs(atOrBelow - model)));
                }
            }

            if (distance < best.Distance)
            {
                best = (alpha, xMin, distance);
            }
        }

        return best;
    }
}
