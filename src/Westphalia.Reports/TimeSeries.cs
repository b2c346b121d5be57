namespace Westphalia.Reports;

/// <summary>
/// Times of a series table (columns <c>year</c>, <c>month</c>, <c>tick</c>) as years on a chart's axis: the year itself
/// for yearly rows, the year and its months for monthly ones.
/// </summary>
public static class TimeSeries
{
    /// <summary>Each row's position on the time axis.</summary>
    public static double[] Times(CsvData table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var years = table.Numbers("year");
        var months = table.Numbers("month");
        var monthly = months.Any(m => m != 12);
        return [.. years.Select((y, i) => monthly ? y + ((months[i] - 1) / 12) : y)];
    }

    /// <summary>
    /// For each tick of <paramref name="ticks"/>, the 25th and 75th percentiles of <paramref name="column"/> over the
    /// living states of that tick in the states table: the middle half of states.
    /// </summary>
    public static (double[] Low, double[] High) MiddleHalf(CsvData states, string column, IReadOnlyList<double> ticks, Func<int, double>? value = null)
    {
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(ticks);
        var stateTicks = states.Numbers("tick");
        var alive = states.Numbers("alive");
        var values = column.Length > 0 ? states.Numbers(column) : null;
        var byTick = new Dictionary<double, List<double>>();
        for (var i = 0; i < stateTicks.Length; i++)
        {
            var v = value is not null ? value(i) : values![i];
            if (alive[i] != 1 || !double.IsFinite(v))
            {
                continue;
            }

            if (!byTick.TryGetValue(stateTicks[i], out var list))
            {
                byTick[stateTicks[i]] = list = [];
            }

            list.Add(v);
        }

        var low = new double[ticks.Count];
        var high = new double[ticks.Count];
        for (var t = 0; t < ticks.Count; t++)
        {
            if (byTick.TryGetValue(ticks[t], out var list))
            {
                list.Sort();
                low[t] = Numbers.Quantile(list, 0.25);
                high[t] = Numbers.Quantile(list, 0.75);
            }
            else
            {
                low[t] = high[t] = double.NaN;
            }
        }

        return (low, high);
    }

    /// <summary>
    /// A line of the mean over runs at each time, with the 95% confidence interval of that mean as its band (Student's t;
    /// the mean alone where there is one run), over the rows <paramref name="include"/> picks.
    /// </summary>
    public static ChartSeries MeanWithBand(string label, IReadOnlyList<double> time, IReadOnlyList<double> values, Func<int, bool> include)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(include);
        var byTime = new SortedDictionary<double, List<double>>();
        for (var k = 0; k < values.Count; k++)
        {
            if (include(k) && double.IsFinite(values[k]))
            {
                if (!byTime.TryGetValue(time[k], out var list))
                {
                    byTime[time[k]] = list = [];
                }

                list.Add(values[k]);
            }
        }

        var intervals = byTime.Select(t => (t.Key, I: Laboratory.Interval.Of(t.Value))).ToList();
        return new ChartSeries(label, [.. intervals.Select(t => t.Key)], [.. intervals.Select(t => t.I.Mean)],
            [.. intervals.Select(t => double.IsNaN(t.I.Low) ? t.I.Mean : t.I.Low)], [.. intervals.Select(t => double.IsNaN(t.I.High) ? t.I.Mean : t.I.High)]);
    }

    /// <summary>Whether a series stays at its first value, to a part in a billion: a chart of it would show nothing.</summary>
    public static bool Unchanging(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var finite = values.Where(double.IsFinite).ToList();
        return finite.Count == 0 || finite.Max() - finite.Min() <= 1e-9 * Math.Max(1, Math.Abs(finite[0]));
    }
}
