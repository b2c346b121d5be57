namespace Westphalia.Validation;

/// <summary>
/// What a target can show (docs/VALIDATION.md, "Two kinds of target"). A <see cref="Calibration"/> target is one a
/// parameter was set to meet, or one that returns a parameter or a rule's direct consequence: it checks that the
/// model still does what it was built to do, and shows nothing about the world. A <see cref="Validation"/> target is
/// one nothing was tuned to: it runs on seeds no calibration used.
/// </summary>
public enum TargetKind
{
    Calibration = 0,
    Validation = 1,
}
