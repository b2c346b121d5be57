namespace Westphalia.Laboratory;

/// <summary>
/// One run of a comparison: its arm, its seed, the value of every outcome of the comparison, in order, and the series
/// and war sizes its report draws.
/// </summary>
public sealed record ComparisonRun(string Arm, ulong Seed, IReadOnlyList<double> Values, RunSeries? Series = null);
