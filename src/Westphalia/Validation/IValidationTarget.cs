namespace Westphalia.Validation;

/// <summary>A published figure the model is checked against (docs/VALIDATION.md).</summary>
public interface IValidationTarget
{
    /// <summary>The name used on the command line: <c>westphalia validate NAME</c>.</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>Runs the check; a target may report several figures, one result each.</summary>
    IReadOnlyList<ValidationResult> Run(int threads, CancellationToken cancellation);
}
