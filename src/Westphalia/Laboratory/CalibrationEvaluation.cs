namespace Westphalia.Laboratory;

/// <summary>One point the search evaluated: the parameters' values, each target's measure averaged over the calibration seeds, and the objective.</summary>
public sealed record CalibrationEvaluation(int Index, IReadOnlyList<double> Values, IReadOnlyList<double> Measures, double Objective);
