using System.Globalization;

namespace Westphalia.Reports;

/// <summary>How reports write numbers: whole numbers from a thousand up with thousands separators, three significant figures below.</summary>
public static class Numbers
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Text(double value) =>
        double.IsNaN(value) ? "–"
        : Math.Abs(value) >= 1000 ? value.ToString("N0", Inv)
        : value == Math.Round(value) ? value.ToString("0", Inv)
        : value.ToString("G3", Inv);

    /// <summary>A difference with its sign.</summary>
    public static string Signed(double value) => value > 0 ? $"+{Text(value)}" : Text(value);

    /// <summary>An estimate and its interval: <c>0.812 [0.790, 0.834]</c>.</summary>
    public static string Interval(double mean, double low, double high) => $"{Text(mean)} [{Text(low)}, {Text(high)}]";

    /// <summary>An estimate over its interval, for a table cell: the interval on a second line.</summary>
    public static string IntervalCell(double mean, double low, double high) => $"{Text(mean)}\n[{Text(low)}, {Text(high)}]";

    /// <summary>A signed estimate over its interval, for a table cell.</summary>
    public static string SignedIntervalCell(double mean, double low, double high) => $"{Signed(mean)}\n[{Signed(low)}, {Signed(high)}]";

    /// <summary>A signed estimate and its interval.</summary>
    public static string SignedInterval(double mean, double low, double high) => $"{Signed(mean)} [{Signed(low)}, {Signed(high)}]";

    /// <summary>The q-quantile of sorted values, interpolated (Hyndman and Fan type 7).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Count - 1) * q;
        var i = (int)Math.Floor(h);
        return i + 1 < sorted.Count ? sorted[i] + ((h - i) * (sorted[i + 1] - sorted[i])) : sorted[i];
    }
}
