namespace Westphalia.Laboratory;

/// <summary>Percentile intervals of bootstrap replicates.</summary>
internal static class Percentiles
{
    /// <summary>The 2.5th and 97.5th percentiles of the values (sorted in place; NaN values skipped).</summary>
    public static (double Low, double High) Interval95(double[] values)
    {
        Array.Sort(values);
        var n = values.Length;
        while (n > 0 && double.IsNaN(values[n - 1]))
        {
            n--;
        }

        var first = 0;
        while (first < n && double.IsNaN(values[first]))
        {
            first++;
        }

        var count = n - first;
        double At(double q) => count == 0 ? double.NaN : values[first + Math.Clamp((int)Math.Floor(q * (count - 1)), 0, count - 1)];
        return (At(0.025), At(0.975));
    }
}
