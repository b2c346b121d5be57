namespace Westphalia.Validation;

/// <summary>
/// The cumulative log–log slope of an event-size distribution as Cederman (2003) measures it: for every event of
/// size s at or above a cut-off, the point (log10 s, log10 P(S ≥ s)), and an ordinary least-squares line through
/// the points. Kept for comparison with the published tables; fit tails with the Clauset–Shalizi–Newman estimator.
/// </summary>
public static class CumulativeSlope
{
    public static (double Slope, double RSquared, int Count) Fit(IReadOnlyList<double> sizes, double minLog10)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var kept = sizes.Where(s => s > 0 && Math.Log10(s) >= minLog10).OrderByDescending(s => s).ToArray();
        var n = kept.Length;
        if (n < 3)
        {
            return (double.NaN, double.NaN, n);
        }

        // P(S ≥ s) with ties sharing the largest rank: the share of events at least this large.
        var xs = new double[n];
        var ys = new double[n];
        for (var i = 0; i < n; i++)
        {
            var rank = i + 1;
            while (rank < n && kept[rank] == kept[i])
            {
                rank++;
            }

            xs[i] = Math.Log10(kept[i]);
            ys[i] = Math.Log10(rank / (double)n);
        }

        double mx = xs.Average(), my = ys.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
            syy += (ys[i] - my) * (ys[i] - my);
        }

        var slope = sxx > 0 ? sxy / sxx : double.NaN;
        var r2 = sxx > 0 && syy > 0 ? sxy * sxy / (sxx * syy) : double.NaN;
        return (slope, r2, n);
    }
}
