using Westphalia.Scenarios;

namespace Westphalia.Laboratory;

/// <summary>
/// A calibration (<see cref="CalibrationFile"/>): the scenario, its common changes, the calibration seeds (1 to
/// <see cref="Seeds"/>), the declared parameters with their ranges, the targets and the search's budget of evaluations.
/// </summary>
public sealed record CalibrationDesign(
    string ScenarioName,
    IReadOnlyList<string> Set,
    int Seeds,
    IReadOnlyList<SweepFactor> Parameters,
    IReadOnlyList<CalibrationTarget> Targets,
    int Evaluations)
{
    /// <summary>Seeds above this are kept for validation (<c>Validation.Replications.FirstValidationSeed</c>).</summary>
    public const int MaxSeed = 1000;

    /// <summary>The scenario of one evaluation on one seed: the common changes, then the parameters' values.</summary>
    public Scenario Scenario(IReadOnlyList<double> values, int seed) =>
        ScenarioLoader.Load(ScenarioName, [.. Set, .. Parameters.Select((p, i) => $"{p.Path}={Format(p, values[i])}"), $"seed={seed}"]);

    /// <summary>A parameter's value as <c>--set</c> takes it: whole numbers rounded, reals in round-trip form.</summary>
    public static string Format(SweepFactor parameter, double value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return parameter.Integer
            ? Math.Round(value).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    }
}
