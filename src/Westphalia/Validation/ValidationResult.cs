namespace Westphalia.Validation;

/// <summary>
/// One figure of a target: the measured value, the published one, whether it holds, a detail line, its kind and the
/// basis of that kind (for a calibration target, what was set to meet it; for a validation target, what it rests on).
/// </summary>
public sealed record ValidationResult(string Name, double Measured, string Published, bool Holds, string Detail)
{
    public TargetKind Kind => TargetClassification.Of(Name).Kind;

    public string Basis => TargetClassification.Of(Name).Basis;
}
