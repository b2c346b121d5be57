using MathNet.Numerics;

namespace Westphalia.Statistics;

/// <summary>
/// Exact tests of whether a sample comes from the same continuous distribution as a published reference sample of which
/// only the median, minimum and maximum are known — what an article's table of replications gives (Axtell, Axelrod,
/// Epstein &amp; Cohen 1996 call this distributional equivalence). Under the null hypothesis the m + n values are
/// exchangeable, so every arrangement of the two samples' ranks is equally likely, and the number of the sample's values
/// beyond the reference's order statistics has a known distribution (Gibbons &amp; Chakraborti 2011, "Nonparametric
/// Statistical Inference", ch. 6: the median and exceedance tests).
/// </summary>
public static class OrderStatisticTests
{
    /// <summary>
    /// Two-sided p-value of the median test: <paramref name="above"/> of <paramref name="m"/> values lie above the median
    /// of a reference sample of odd size <paramref name="n"/> (its ((n + 1) / 2)-th value). The count is negative
    /// hypergeometric: P(K = k) = C(k + h − 1, k) · C(m − k + n − h, m − k) / C(m + n, m), h = (n + 1) / 2.
    /// The p-value is twice the smaller tail, at most 1.
    /// </summary>
    public static double MedianTest(int m, int n, int above)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(m, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (n % 2 == 0)
        {
            throw new ArgumentException("the reference sample's median is one of its values only for an odd size", nameof(n));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(above);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(above, m);
        var h = (n + 1) / 2;
        var total = SpecialFunctions.Binomial(m + n, m);
        double P(int k) => SpecialFunctions.Binomial(k + h - 1, k) * SpecialFunctions.Binomial(m - k + n - h, m - k) / total;
        double lower = 0, upper = 0;
        for (var k = 0; k <= m; k++)
        {
            lower += k <= above ? P(k) : 0;
            upper += k >= above ? P(k) : 0;
        }

        return Math.Min(1, 2 * Math.Min(lower, upper));
    }

    /// <summary>
    /// P-value of the exceedance test: <paramref name="outside"/> of <paramref name="m"/> values lie below the minimum
    /// or above the maximum of a reference sample of size <paramref name="n"/> (n ≥ 2). With l values below and u above,
    /// P(l, u) = C(m + n − l − u − 2, n − 2) / C(m + n, m); the p-value is P(l + u ≥ outside).
    /// </summary>
    public static double RangeTest(int m, int n, int outside)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(m, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(outside);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(outside, m);
        var total = SpecialFunctions.Binomial(m + n, m);
        var p = 0.0;
        for (var s = outside; s <= m; s++)
        {
            // s + 1 ways to split s values between the two ends.
            p += (s + 1) * SpecialFunctions.Binomial(m + n - s - 2, n - 2) / total;
        }

        return Math.Min(1, p);
    }
}
