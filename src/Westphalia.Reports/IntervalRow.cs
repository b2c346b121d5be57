namespace Westphalia.Reports;

/// <summary>One row of an interval chart: a label, an estimate and its interval.</summary>
public sealed record IntervalRow(string Label, double Estimate, double Low, double High);
