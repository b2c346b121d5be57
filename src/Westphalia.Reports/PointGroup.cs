namespace Westphalia.Reports;

/// <summary>A group of points of a scatter chart, drawn in one colour.</summary>
public sealed record PointGroup(string Label, IReadOnlyList<double> X, IReadOnlyList<double> Y);
