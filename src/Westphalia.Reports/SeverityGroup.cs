namespace Westphalia.Reports;

/// <summary>The sizes of a set of wars (battle deaths, one value a war) for a severity chart, under one label.</summary>
public sealed record SeverityGroup(string Label, IReadOnlyList<double> Sizes);
