namespace Westphalia.Laboratory;

/// <summary>One run of a comparison: its arm, its seed and the value of every outcome of <see cref="Outcomes.All"/>, in that order.</summary>
public sealed record ComparisonRun(string Arm, ulong Seed, IReadOnlyList<double> Values);
