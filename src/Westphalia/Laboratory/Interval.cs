using MathNet.Numerics.Distributions;

namespace Westphalia.Laboratory;

/// <summary>The mean of a sample with its 95% confidence interval (Student's t, n − 1 degrees of freedom).</summary>
public sealed record Interval(int N, double Mean, double Low, double High)
{
    /// <summary>The confidence level of every interval.</summary>
    public const double Level = 0.95;

    public static Interval Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var n = values.Count;
        if (n == 0)
        {
            return new Interval(0, double.NaN, double.NaN, double.NaN);
        }

        var mean = values.Average();
        if (n == 1)
        {
            return new Interval(1, mean, double.NaN, double.NaN);
        }

        var variance = values.Sum(v => (v - mean) * (v - mean)) / (n - 1);
        var half = StudentT.InvCDF(0, 1, n - 1, 0.5 + (Level / 2)) * Math.Sqrt(variance / n);
        return new Interval(n, mean, mean - half, mean + half);
    }
}
