namespace Westphalia.Laboratory;

/// <summary>What a calibration found: every evaluation in order, the starting point (the scenario's own values) and the best point.</summary>
public sealed record CalibrationResult(CalibrationDesign Design, IReadOnlyList<CalibrationEvaluation> Evaluations, string Stop)
{
    public CalibrationEvaluation Start => Evaluations[0];

    /// <summary>The evaluation with the smallest objective (the first of equals).</summary>
    public CalibrationEvaluation Best => Evaluations.Aggregate((a, b) => b.Objective < a.Objective ? b : a);
}
