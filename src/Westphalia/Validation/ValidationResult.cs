namespace Westphalia.Validation;

/// <summary>The outcome of one validation target: what the model gives beside what was published.</summary>
public sealed record ValidationResult(string Name, double Measured, string Published, bool Holds, string Detail);
