namespace Westphalia.Reports;

/// <summary>
/// One line of a chart over time: its label, the times and values, and optionally a band around it (a confidence
/// interval, or the spread of states), drawn shaded.
/// </summary>
public sealed record ChartSeries(string Label, IReadOnlyList<double> X, IReadOnlyList<double> Y, IReadOnlyList<double>? Low = null, IReadOnlyList<double>? High = null);
