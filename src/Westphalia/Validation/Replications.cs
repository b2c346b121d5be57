using System.Globalization;

namespace Westphalia.Validation;

/// <summary>Runs a measurement over several seeds and summarises it by its median and range.</summary>
public static class Replications
{
    /// <summary>Seeds used by validation targets: 1 to <paramref name="count"/>.</summary>
    public static IEnumerable<ulong> Seeds(int count) => Enumerable.Range(1, count).Select(i => (ulong)i);

    public static (double Median, double Min, double Max) Summarise(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        var median = n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
        return (median, sorted[0], sorted[^1]);
    }

    public static string Describe(IReadOnlyList<double> values, string format)
    {
        var (_, min, max) = Summarise(values);
        return string.Create(CultureInfo.InvariantCulture, $"median of {values.Count} seeds; range {min.ToString(format, CultureInfo.InvariantCulture)} to {max.ToString(format, CultureInfo.InvariantCulture)}");
    }
}
