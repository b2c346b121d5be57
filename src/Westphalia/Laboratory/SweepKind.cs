namespace Westphalia.Laboratory;

/// <summary>How a sweep chooses its design points.</summary>
public enum SweepKind
{
    /// <summary>Every combination of the factors' levels.</summary>
    FullFactorial,

    /// <summary>A stratified sample of the factors' ranges (<see cref="LatinHypercube"/>).</summary>
    LatinHypercube,

    /// <summary>Morris trajectories for a sensitivity analysis (<see cref="SensitivityFile"/>).</summary>
    Morris,

    /// <summary>Saltelli's scheme over a Sobol' sequence for a sensitivity analysis (<see cref="SensitivityFile"/>).</summary>
    Sobol,
}
