namespace Westphalia.Laboratory;

/// <summary>A calibration target: a figure of the runs, the published value it should meet, and the scale of a miss (its squared error is divided by the scale squared).</summary>
public sealed record CalibrationTarget(CalibrationMeasure Measure, double Published, double Scale, string Source);
